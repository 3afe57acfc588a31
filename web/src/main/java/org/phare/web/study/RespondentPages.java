package org.phare.web.study;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phare.core.message.Refusal;
import org.phare.core.message.RefusalKind;
import org.phare.core.message.RefusedException;
import org.phare.core.study.Question;
import org.phare.core.study.Questionnaire;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.store.study.Questionnaires;
import org.phare.store.study.StudyStore;
import org.phare.web.Pages;
import org.phare.web.RouteModule;
import org.phare.web.account.ClientAddress;
import org.phare.web.account.Visitor;
import org.phare.web.i18n.FieldErrors;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;

/**
 * The respondent's side of a study: {@code /etude/{token}} opens a draft under the link and sends
 * to its resume address {@code /etude/{token}/{key}}, where the form is rendered from the
 * questionnaire's definition; "Enregistrer et reprendre plus tard" saves the draft, "Envoyer"
 * submits, and the acknowledgement page is shown only after the store committed the answer.
 *
 * <p>Respondents have no session: the {@code AccountRoutes} filter leaves the session token out for
 * {@code /etude/} and still refuses cross-site requests; the form carries the draft's nonce instead
 * (checked by the store), a honeypot field robots fill in, and submissions are counted per client
 * address in PostgreSQL ({@link #SUBMISSIONS_PER_HOUR}). Pages are never cached (the nonce).
 */
public final class RespondentPages implements RouteModule {

  /**
   * Submissions accepted per client address and hour: a town hall or a company answering from one
   * address stays well under it, a script filling the form in a loop does not.
   */
  static final int SUBMISSIONS_PER_HOUR = 120;

  /** Questionnaires opened per client address and hour (each one creates a draft row). */
  static final int OPENINGS_PER_HOUR = 600;

  /** The honeypot: hidden from people (and from assistive technologies), filled by robots. */
  static final String HONEYPOT = "site_web";

  /** Most communes offered in the commune list (a region has up to about 5,000). */
  static final int MAX_COMMUNE_CHOICES = 6000;

  private static final Pattern NAME_AND_CODE =
      Pattern.compile(".*\\(\\s*([0-9][0-9AB][0-9]{3})\\s*\\)\\s*");

  private final StudyStore studies;
  private final org.phare.core.territory.TerritoryReferential referential;
  private final ClientAddress clients;
  private final Pages pages = new Pages();

  public RespondentPages(
      StudyStore studies,
      org.phare.core.territory.TerritoryReferential referential,
      ClientAddress clients) {
    this.studies = studies;
    this.referential = referential;
    this.clients = clients;
  }

  @Override
  public void register(Javalin app) {
    app.get("/etude/{token}", page(this::open));
    app.get("/etude/{token}/merci", page(this::thanks));
    app.get("/etude/{token}/{key}", page(this::form));
    app.post("/etude/{token}/{key}", page(this::post));
  }

  private Handler page(Handler handler) {
    return ctx -> {
      ctx.header("Cache-Control", "no-store");
      // the link's token is in the address: never sent to another site
      ctx.header("Referrer-Policy", "no-referrer");
      try {
        handler.handle(ctx);
      } catch (RefusedException e) {
        pages.error(ctx, e);
      }
    };
  }

  private void error(Context ctx, int status, String message) {
    pages.error(ctx, status, message);
  }

  private static String local(Context ctx, String path) {
    return Pages.lang(ctx) == Lang.EN ? path + "?lang=en" : path;
  }

  private String clientIp(Context ctx) {
    return clients.resolve(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
  }

  private void open(Context ctx) {
    String token = ctx.pathParam("token");
    studies.link(token);
    if (!studies.withinRate("open", clientIp(ctx), OPENINGS_PER_HOUR)) {
      error(ctx, 429, Messages.text(Pages.lang(ctx), "study.submit.rate"));
      return;
    }
    StudyStore.Draft draft = studies.startDraft(token);
    ctx.redirect(local(ctx, "/etude/" + token + "/" + draft.key()), HttpStatus.SEE_OTHER);
  }

  private void thanks(Context ctx) {
    if (!studies.knows(ctx.pathParam("token"))) {
      throw RefusedException.notFound("study.link.unknown", "token");
    }
    Lang lang = Pages.lang(ctx);
    Map<String, Object> params = frame(ctx);
    params.put(
        "title",
        lang.pick("Merci, votre réponse est enregistrée", "Thank you, your answer is saved"));
    pages.html(ctx, "study-thanks.jte", params);
  }

  private void form(Context ctx) {
    String token = ctx.pathParam("token");
    StudyStore.Link link = studies.link(token);
    StudyStore.Draft draft = studies.draft(token, ctx.pathParam("key"));
    render(ctx, 200, link, draft, draft.answers(), Map.of(), ctx.queryParam("enregistre") != null);
  }

  private void post(Context ctx) {
    String token = ctx.pathParam("token");
    String key = ctx.pathParam("key");
    StudyStore.Link link = studies.link(token);
    StudyStore.Draft draft = studies.draft(token, key);
    String nonce = ctx.formParam("_nonce");
    Map<String, List<String>> answers = answers(ctx);
    String honeypot = ctx.formParam(HONEYPOT);
    if (honeypot != null && !honeypot.isBlank()) {
      error(ctx, 422, Messages.text(Pages.lang(ctx), "study.submit.honeypot"));
      return;
    }
    // progress is kept whatever happens next: a refused submission loses nothing
    studies.saveDraft(token, key, nonce, answers);
    if (!"submit".equals(ctx.formParam("action"))) {
      ctx.redirect(
          local(ctx, "/etude/" + token + "/" + key)
              + (Pages.lang(ctx) == Lang.EN ? "&" : "?")
              + "enregistre=1#saved",
          HttpStatus.SEE_OTHER);
      return;
    }
    if (!studies.withinRate("submit", clientIp(ctx), SUBMISSIONS_PER_HOUR)) {
      error(ctx, 429, Messages.text(Pages.lang(ctx), "study.submit.rate"));
      return;
    }
    try {
      studies.submit(token, key, nonce, answers);
    } catch (RefusedException e) {
      if (e.kind() != RefusalKind.REFUSED || !e.first().code().startsWith("study.answer.")) {
        throw e;
      }
      FieldErrors errors = new FieldErrors(Pages.lang(ctx));
      for (Refusal r : e.refusals()) {
        errors.add(r, FieldErrors.FORM);
      }
      render(ctx, 422, link, draft, answers, errors.asMap(), false);
      return;
    }
    ctx.redirect(local(ctx, "/etude/" + token + "/merci"), HttpStatus.SEE_OTHER);
  }

  /**
   * The form's answers: every field but the form's own, communes given as "Name (code)" reduced.
   */
  private static Map<String, List<String>> answers(Context ctx) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    ctx.formParamMap()
        .forEach(
            (field, values) -> {
              if (field.equals("_nonce")
                  || field.equals("action")
                  || field.equals(HONEYPOT)
                  || field.equals("lang")) {
                return;
              }
              List<String> kept = new ArrayList<>();
              for (String v : values) {
                Matcher m = field.equals("commune") ? NAME_AND_CODE.matcher(v) : null;
                kept.add(m != null && m.matches() ? m.group(1) : v);
              }
              answers.put(field, kept);
            });
    return answers;
  }

  private Map<String, Object> frame(Context ctx) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("lang", Pages.lang(ctx));
    params.put("langSwitch", Pages.otherLanguage(ctx));
    params.put("visitor", Visitor.ANONYMOUS);
    return params;
  }

  private void render(
      Context ctx,
      int status,
      StudyStore.Link link,
      StudyStore.Draft draft,
      Map<String, List<String>> values,
      Map<String, String> errors,
      boolean saved) {
    Lang lang = Pages.lang(ctx);
    Questionnaire questionnaire = Questionnaires.version(link.study().questionnaire());
    List<QuestionView> questions = new ArrayList<>();
    for (Question q : questionnaire.askedTo(link.actor().name())) {
      String condition = "";
      if (q.when().question() != null) {
        Question on = questionnaire.find(q.when().question()).orElseThrow();
        String answers =
            String.join(
                " / ",
                q.when().anyOf().stream()
                    .map(code -> on.choice(code).map(c -> lang.pick(c.labelFr(), c.labelEn())))
                    .flatMap(java.util.Optional::stream)
                    .toList());
        condition =
            lang.pick(
                "À remplir seulement si vous avez répondu « "
                    + answers
                    + " » à la question précédente.",
                "Only if you answered “" + answers + "” to the previous question.");
      }
      questions.add(new QuestionView(lang, q, values, errors, condition));
    }
    Territory area = studies.territory(link.study().territory());
    List<Territory> communes =
        area.level() == Level.COMMUNE
            ? List.of(area)
            : area.level() == Level.COUNTRY
                ? List.of()
                : referential.within(area.id(), Level.COMMUNE);
    Map<String, Object> params = frame(ctx);
    params.put("study", link.study());
    params.put("actor", link.actor());
    params.put("territoryName", area.name());
    params.put("questions", questions);
    params.put("errors", errors);
    params.put("communes", communes.size() > MAX_COMMUNE_CHOICES ? List.of() : communes);
    params.put("nonce", draft.nonce());
    params.put("saved", saved);
    String action = local(ctx, "/etude/" + link.token() + "/" + draft.key());
    params.put("action", action);
    params.put("resume", ctx.scheme() + "://" + ctx.host() + action);
    params.put("honeypot", HONEYPOT);
    ctx.status(status);
    pages.html(ctx, "study-form.jte", params);
  }
}
