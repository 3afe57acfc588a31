package org.phare.web.ecosystem;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.phare.core.account.Actor;
import org.phare.core.ecosystem.Organisation;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.core.territory.TerritoryId;
import org.phare.store.ecosystem.EcosystemServices;
import org.phare.store.ecosystem.EcosystemStore;
import org.phare.store.ecosystem.EvaluationStore;
import org.phare.store.ecosystem.StaleVersionException;
import org.phare.web.Pages;
import org.phare.web.RouteModule;
import org.phare.web.account.AccountRoutes;
import org.phare.web.account.Visitor;
import org.phare.web.i18n.FieldErrors;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;

/**
 * What the registry's page modules share ({@link EcosystemPages}, {@link InitiativePages}, {@link
 * EvaluationPages}): refusals as HTML pages, the layout's parameters, who may edit, the territory a
 * list or form is about, the organisations a form offers as members or participants, and a record's
 * evaluation scores.
 *
 * <p>Sessions, anonymous reads and the CSRF token of every POST are checked by {@link
 * AccountRoutes}' filter, registered before any of these modules.
 */
abstract class RegistryPages implements RouteModule {

  /** Organisations offered as members or participants (those of the form's territory). */
  static final int MAX_MEMBER_CHOICES = 2000;

  final EcosystemServices services;
  final EcosystemStore registry;
  final Pages pages = new Pages();

  RegistryPages(EcosystemServices services) {
    this.services = services;
    this.registry = services.registry();
  }

  /** Wraps a page handler: unknown records, refused rights and bad parameters as HTML pages. */
  Handler page(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (RefusedException e) {
        error(ctx, e);
      }
    };
  }

  /** A refusal as the site's error page. */
  void error(Context ctx, RefusedException refusal) {
    pages.error(ctx, refusal);
  }

  /** Parameters every page template takes. */
  static Map<String, Object> frame(Context ctx) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("lang", Pages.lang(ctx));
    params.put("langSwitch", Pages.otherLanguage(ctx));
    params.put("visitor", Visitor.of(ctx));
    return params;
  }

  /**
   * The parameters every registry form template takes besides its own: the record's id (0 when
   * new), the form as typed, errors by field, after a conflict the message and the stored record
   * (else "" and null), where the form posts and where "Annuler" leads.
   */
  static Map<String, Object> formFrame(
      Context ctx,
      long id,
      Object form,
      Map<String, String> errors,
      String conflict,
      Object current,
      String action,
      String cancel) {
    Map<String, Object> params = frame(ctx);
    params.put("id", id);
    params.put("form", form);
    params.put("errors", errors);
    params.put("conflict", conflict);
    params.put("current", Optional.ofNullable(current));
    params.put("action", local(ctx, action));
    params.put("cancel", local(ctx, cancel));
    return params;
  }

  static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw RefusedException.notFound("web.id.invalid", "id", "value", ctx.pathParam("id"));
    }
  }

  /** A local URL in the request's language. */
  static String local(Context ctx, String path) {
    if (Pages.lang(ctx) != Lang.EN) {
      return path;
    }
    return path + (path.contains("?") ? "&" : "?") + "lang=en";
  }

  /**
   * The signed-in actor allowed to change data, or null once the answer is given: anonymous
   * visitors are sent to the sign-in page, viewers get 403.
   */
  Actor editor(Context ctx) {
    Optional<Actor> actor = AccountRoutes.actor(ctx);
    if (actor.isEmpty()) {
      ctx.redirect(AccountRoutes.signInLink(Pages.lang(ctx), ctx.path()), HttpStatus.SEE_OTHER);
      return null;
    }
    if (!Visitor.of(ctx).mayEdit()) {
      error(ctx, RefusedException.forbidden("registry.forbidden.read-only", ""));
      return null;
    }
    return actor.get();
  }

  boolean canEdit(Context ctx, Territory where) {
    return AccountRoutes.actor(ctx).map(a -> a.permissions().canEdit(where)).orElse(false);
  }

  /**
   * The territory a list or a new form is about: the {@code territoire} parameter, else the first
   * territory of an editor, else France.
   */
  TerritoryId territoryParam(Context ctx) {
    String text = ctx.queryParam("territoire");
    if (text != null && !text.isBlank()) {
      TerritoryId id = TerritoryId.parse(text.trim());
      return registry.territory(id).id();
    }
    return AccountRoutes.actor(ctx)
        .map(a -> a.permissions().territories())
        .filter(list -> !list.isEmpty())
        .map(list -> list.get(0))
        .orElse(TerritoryId.FRANCE);
  }

  String territoryName(TerritoryId id, Lang lang) {
    return id.level() == Level.COUNTRY ? "France" : lang.place(registry.territory(id));
  }

  /**
   * The territory whose organisations a member or participant list offers: the one typed in the
   * form, if valid, else the page's.
   */
  TerritoryId typedTerritory(Context ctx, String typed) {
    try {
      if (typed.contains(":")) {
        return registry.territory(TerritoryId.parse(typed.strip())).id();
      }
    } catch (RefusedException e) {
      // shown next to the territory field; offer the default territory's organisations meanwhile
    }
    return territoryParam(ctx);
  }

  /**
   * Puts the organisations a form offers as members or participants ({@code choices}, {@code
   * choicesTruncated}, {@code choicesTerritory}): those of the territory (its département for a
   * commune), at most {@link #MAX_MEMBER_CHOICES}, plus the ones already chosen or stored, which
   * stay offered even when they lie outside.
   */
  void putChoices(
      Map<String, Object> params,
      Lang lang,
      TerritoryId choicesIn,
      Collection<String> chosen,
      Collection<Long> stored) {
    TerritoryId within =
        choicesIn.level() == Level.COMMUNE
            ? registry.territory(choicesIn).ancestor(Level.DEPARTEMENT).orElse(choicesIn)
            : choicesIn;
    List<Organisation> choices =
        new ArrayList<>(registry.organisations(within, null, null, MAX_MEMBER_CHOICES + 1, 0));
    boolean truncated = choices.size() > MAX_MEMBER_CHOICES;
    if (truncated) {
      choices = new ArrayList<>(choices.subList(0, MAX_MEMBER_CHOICES));
    }
    Set<Long> missing = new LinkedHashSet<>(stored);
    for (String member : chosen) {
      try {
        missing.add(Long.parseLong(member));
      } catch (NumberFormatException e) {
        // refused by the form check, nothing to offer
      }
    }
    choices.forEach(o -> missing.remove(o.id()));
    choices.addAll(registry.organisations(missing).values());
    params.put("choices", choices);
    params.put("choicesTruncated", truncated);
    params.put("choicesTerritory", territoryName(within, lang));
  }

  /**
   * Puts a record's evaluation scores per impact ({@code impacts}) and whether an evaluation was
   * just saved ({@code evaluated}).
   */
  void putEvaluations(
      Context ctx, Map<String, Object> params, EvaluationStore.Subject subject, long subjectId) {
    params.put(
        "impacts",
        new ImpactScoresView(
            Pages.lang(ctx), services.evaluations().impactScores(subject, subjectId)));
    params.put("evaluated", ctx.queryParam("evalue") != null);
  }

  /**
   * One kind of registry form (organisation, partnership, initiative) for {@link #save}: how to
   * turn it into a record, store it and show it again.
   *
   * @param <F> the form as the user typed it
   * @param <R> the record it describes
   */
  interface Editing<F, R> {
    /** The record the form describes, or null with the reasons put in {@code errors}. */
    R check(FieldErrors errors);

    /** Stores the record: created when new, else updated; the store checks rights and version. */
    R store(Actor actor, R record);

    /**
     * Shows the form again with an HTTP status, errors by field, and after a conflict the message
     * and the record as stored (else "" and null).
     */
    void show(int status, F form, Map<String, String> errors, String conflict, R current);

    /** The typed form set to the stored record's version, to be saved again after a conflict. */
    F atVersion(R current);

    /** The page of a saved record. */
    String page(R saved);

    /**
     * Answers a store refusal particular to this kind of record (say, possible duplicates); false
     * for any other.
     */
    default boolean answered(RefusedException refusal) {
      return false;
    }
  }

  /**
   * The save flow every registry form shares: the editor's rights, the version the form was read
   * at, the checks; then a concurrent change (409, the stored values shown and nothing
   * overwritten), a refusal of rights (403, on the territory field) or of content (the status of
   * its kind, its reasons next to their fields) shows the form again with the input kept; success
   * redirects to the record's page (POST/redirect/GET).
   *
   * @param id 0 to create
   * @param territoryField the field that says where the record is, for a refusal of rights
   */
  <F, R> void save(
      Context ctx,
      long id,
      F form,
      int version,
      FieldErrors errors,
      String territoryField,
      Editing<F, R> editing) {
    Actor actor = editor(ctx);
    if (actor == null) {
      return;
    }
    requireVersion(errors, id, version);
    R record = editing.check(errors);
    if (record == null || !errors.isEmpty()) {
      editing.show(422, form, errors.asMap(), "", null);
      return;
    }
    R saved;
    try {
      saved = editing.store(actor, record);
    } catch (StaleVersionException e) {
      @SuppressWarnings("unchecked")
      R current = (R) e.current();
      String conflict = Messages.render(e.first(), Pages.lang(ctx));
      editing.show(409, editing.atVersion(current), Map.of(), conflict, current);
      return;
    } catch (RefusedException e) {
      if (editing.answered(e)) {
        return;
      }
      if (e.kind() == RefusalKind.FORBIDDEN) {
        // Rights are about where the record is: said next to the field that places it.
        Refusal reason = e.first();
        errors.add(new Refusal(reason.code(), territoryField, reason.args()), territoryField);
        editing.show(403, form, errors.asMap(), "", null);
        return;
      }
      errors.reject(e, FieldErrors.FORM);
      editing.show(Messages.status(e.kind()), form, errors.asMap(), "", null);
      return;
    }
    ctx.redirect(local(ctx, editing.page(saved) + "?enregistre=1"), HttpStatus.SEE_OTHER);
  }

  /**
   * An edit form must carry the version it was read at (hidden field): without it, a save could
   * silently overwrite someone else's change.
   */
  static void requireVersion(FieldErrors errors, long id, int version) {
    if (id != 0 && version < 1) {
      errors.add(FieldErrors.FORM, "registry.version.missing");
    }
  }

  static int intParam(Context ctx, String name) {
    try {
      String value = ctx.queryParam(name);
      return value == null ? 1 : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
