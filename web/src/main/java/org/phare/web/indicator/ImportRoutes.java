package org.phare.web.indicator;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phare.core.account.Actor;
import org.phare.core.diagnostic.Reference;
import org.phare.core.indicator.IndicatorDefinition;
import org.phare.core.message.Refusal;
import org.phare.core.territory.TerritoryId;
import org.phare.core.text.Numbers;
import org.phare.store.Progress;
import org.phare.store.account.AuditLog;
import org.phare.store.indicator.ContentSniffer;
import org.phare.store.indicator.ImportError;
import org.phare.store.indicator.ImportException;
import org.phare.store.indicator.ImportPreview;
import org.phare.store.indicator.IndicatorCatalogue;
import org.phare.store.indicator.IndicatorImportService;
import org.phare.store.indicator.IndicatorStore;
import org.phare.store.indicator.ReadOptions;
import org.phare.store.message.MessageCatalogue;
import org.phare.web.Links;
import org.phare.web.Pages;
import org.phare.web.RouteModule;
import org.phare.web.account.AccountRoutes;
import org.phare.web.account.Visitor;
import org.phare.web.i18n.Lang;
import org.phare.web.i18n.Messages;

/**
 * "Importer des données": editors and administrators upload an indicator CSV, see what it would
 * change, and confirm. The same service as the CLI reads it (format detected from the header by the
 * one detection function, every error of a refused file listed with its line, column and field) and
 * stores it all or nothing, with an audit entry in the same transaction; the in-memory values are
 * reloaded after commit, so the reports show the new values at once.
 *
 * <p>Sessions and the CSRF token of every POST (the multipart upload included) are checked by
 * {@link AccountRoutes}' filter, registered before this module, which also refuses bodies above its
 * limit with 413 before reading them.
 */
public final class ImportRoutes implements RouteModule {

  static final String PATH = "/donnees/importer";

  /** The largest file accepted, as the page states it. */
  public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

  static final int MAX_FILE_MB = 100;

  private final IndicatorImportService imports;
  private final IndicatorCatalogue catalogue;
  private final PendingUploads uploads;
  private final Pages pages = new Pages();

  /**
   * @param uploadDir the folder where uploads wait for confirmation (one per process)
   */
  public ImportRoutes(
      IndicatorImportService imports, IndicatorCatalogue catalogue, Path uploadDir) {
    this(imports, catalogue, uploadDir, Clock.systemUTC());
  }

  ImportRoutes(
      IndicatorImportService imports, IndicatorCatalogue catalogue, Path uploadDir, Clock clock) {
    this.imports = imports;
    this.catalogue = catalogue;
    this.uploads = new PendingUploads(uploadDir, clock);
  }

  /** Uploads wait in a new folder of {@code java.io.tmpdir}. */
  public static ImportRoutes inTemporaryFolder(
      IndicatorImportService imports, IndicatorCatalogue catalogue) {
    try {
      return new ImportRoutes(imports, catalogue, Files.createTempDirectory("phare-import-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for uploads", e);
    }
  }

  @Override
  public void register(Javalin app) {
    app.get(PATH, this::form);
    app.post(PATH, this::upload);
    app.post(PATH + "/confirmer", this::confirm);
    app.post(PATH + "/annuler", this::cancel);
    app.get(PATH + "/termine/{id}", this::done);
  }

  // ------------------------------------------------------------------ pages

  private void form(Context ctx) {
    if (editor(ctx) == null) {
      return;
    }
    showForm(ctx, 200, "", List.of(), 0, "");
  }

  private void upload(Context ctx) {
    Actor actor = editor(ctx);
    if (actor == null) {
      return;
    }
    Lang lang = Pages.lang(ctx);
    UploadedFile upload = ctx.uploadedFile("fichier");
    if (upload == null || upload.filename() == null || upload.filename().isBlank()) {
      showForm(
          ctx, 400, message(lang, Refusal.of("import.file.missing", "fichier")), List.of(), 0, "");
      return;
    }
    String fileName = displayName(upload.filename());
    String id = uploads.newId();
    Optional<Path> saved;
    try {
      saved = uploads.save(id, upload.content(), MAX_FILE_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the upload", e);
    }
    if (saved.isEmpty()) {
      showForm(ctx, 413, tooLarge(lang), List.of(), 0, fileName);
      return;
    }
    Path file = saved.get();
    try {
      Charset charset = ContentSniffer.sniff(file);
      ImportPreview preview = imports.preview(file, null, new ReadOptions(charset, null));
      uploads.keep(
          id,
          new PendingUploads.Pending(
              session(ctx), file, fileName, charset, preview, uploads.now()));
      showPreview(ctx, id, fileName, charset, preview);
    } catch (ImportException e) {
      PendingUploads.delete(file);
      refused(ctx, fileName, e);
    } catch (RuntimeException e) {
      PendingUploads.delete(file);
      throw e;
    }
  }

  private void confirm(Context ctx) {
    Actor actor = editor(ctx);
    if (actor == null) {
      return;
    }
    Lang lang = Pages.lang(ctx);
    String id = ctx.formParam("upload");
    Optional<PendingUploads.Pending> found = uploads.pending(id, session(ctx));
    if (found.isEmpty()) {
      showForm(ctx, 410, Messages.text(lang, "import.page.no-longer-pending"), List.of(), 0, "");
      return;
    }
    PendingUploads.Pending pending = found.get();
    IndicatorStore.ImportResult result;
    try {
      result =
          imports.importFile(
              pending.file(),
              pending.fileName(),
              pending.preview().format(),
              new ReadOptions(pending.charset(), null),
              Progress.NONE,
              (handle, importId, r) ->
                  AuditLog.record(
                      handle,
                      actor,
                      "import",
                      "indicator_import",
                      importId == 0 ? null : importId,
                      null,
                      audit(r, pending.preview())));
    } catch (ImportException e) {
      uploads.discard(id);
      refused(ctx, pending.fileName(), e);
      return;
    }
    uploads.discard(id);
    String doneId = uploads.newId();
    uploads.done(
        doneId,
        new PendingUploads.Done(
            session(ctx), pending.fileName(), pending.preview(), result, uploads.now()));
    ctx.redirect(local(lang, PATH + "/termine/" + doneId), HttpStatus.SEE_OTHER);
  }

  private void cancel(Context ctx) {
    if (editor(ctx) == null) {
      return;
    }
    String id = ctx.formParam("upload");
    if (uploads.pending(id, session(ctx)).isPresent()) {
      uploads.discard(id);
    }
    ctx.redirect(local(Pages.lang(ctx), PATH), HttpStatus.SEE_OTHER);
  }

  private void done(Context ctx) {
    if (editor(ctx) == null) {
      return;
    }
    Lang lang = Pages.lang(ctx);
    Optional<PendingUploads.Done> found = uploads.done(ctx.pathParam("id"), session(ctx));
    if (found.isEmpty()) {
      pages.error(ctx, 404, Messages.text(lang, "import.page.summary-expired"));
      return;
    }
    PendingUploads.Done done = found.get();
    Map<String, Object> params = frame(ctx);
    Numbers numbers = lang.numbers();
    params.put("fileName", done.fileName());
    params.put("format", done.result().format());
    params.put("rows", numbers.integer(done.result().rows()));
    params.put("inserted", numbers.integer(done.result().inserted()));
    params.put("updated", numbers.integer(done.result().updated()));
    params.put("unchanged", numbers.integer(done.result().unchanged()));
    params.put("indicators", indicators(done.preview(), lang));
    params.put("reports", reports(done.preview(), lang));
    params.put("again", local(lang, PATH));
    pages.html(ctx, "indicator-import-done.jte", params);
  }

  // ------------------------------------------------------------------ rendering

  /** One row of the error table. */
  public record ErrorRow(String line, String column, String field, String message) {}

  /** An indicator of the file, with its French (or English) label. */
  public record IndicatorRow(String code, String label) {}

  /** A link to the report (and its CSV) of a territory the file has values for. */
  public record ReportLink(String name, String page, String csv) {}

  private void showForm(
      Context ctx, int status, String message, List<ErrorRow> errors, long total, String fileName) {
    Lang lang = Pages.lang(ctx);
    Map<String, Object> params = frame(ctx);
    params.put("action", local(lang, PATH));
    params.put("maxMb", MAX_FILE_MB);
    params.put("message", message);
    params.put("errors", errors);
    params.put("total", lang.numbers().integer(total));
    params.put("totalCount", total);
    params.put("fileName", fileName);
    ctx.status(status);
    pages.html(ctx, "indicator-import.jte", params);
  }

  private void refused(Context ctx, String fileName, ImportException e) {
    Lang lang = Pages.lang(ctx);
    Numbers numbers = lang.numbers();
    List<ErrorRow> rows = new ArrayList<>();
    for (ImportError error : e.errors()) {
      rows.add(
          new ErrorRow(
              error.line() == 0 ? "—" : numbers.integer(error.line()),
              error.column() == 0 ? "—" : numbers.integer(error.column()),
              error.field(),
              message(lang, error.refusal())));
    }
    String summary =
        Messages.text(lang, "import.page.refused", "file", fileName, "count", e.total());
    showForm(ctx, 422, summary, rows, e.total(), fileName);
  }

  private void showPreview(
      Context ctx, String id, String fileName, Charset charset, ImportPreview preview) {
    Lang lang = Pages.lang(ctx);
    Numbers numbers = lang.numbers();
    Map<String, Object> params = frame(ctx);
    params.put("upload", id);
    params.put("fileName", fileName);
    params.put("format", preview.format());
    params.put("encoding", charset.name().equals("UTF-8") ? "UTF-8" : "Latin-1 (Windows-1252)");
    params.put("rows", numbers.integer(preview.rows()));
    params.put("indicators", indicators(preview, lang));
    params.put(
        "levels",
        String.join(
            ", ",
            preview.levels().stream().map(l -> lang.pick(l.labelFr(), l.labelEn())).toList()));
    params.put("vintages", String.join(", ", preview.vintages()));
    params.put("territories", numbers.integer(preview.territoryCount()));
    params.put("inserted", numbers.integer(preview.inserted()));
    params.put("updated", numbers.integer(preview.updated()));
    params.put("unchanged", numbers.integer(preview.unchanged()));
    params.put("changesNothing", preview.changesNothing());
    params.put("warnings", preview.warnings());
    params.put("confirm", local(lang, PATH + "/confirmer"));
    params.put("cancel", local(lang, PATH + "/annuler"));
    pages.html(ctx, "indicator-import-preview.jte", params);
  }

  private List<IndicatorRow> indicators(ImportPreview preview, Lang lang) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (String code : preview.indicators()) {
      Optional<IndicatorDefinition> definition = catalogue.find(code);
      rows.add(
          new IndicatorRow(
              code, definition.map(d -> lang.pick(d.labelFr(), d.labelEn())).orElse(code)));
    }
    return rows;
  }

  private List<ReportLink> reports(ImportPreview preview, Lang lang) {
    Links links = new Links(lang);
    List<ReportLink> reports = new ArrayList<>();
    for (TerritoryId id : preview.territories()) {
      String name = id.level() == org.phare.core.territory.Level.COUNTRY ? "France" : null;
      reports.add(
          new ReportLink(
              name != null
                  ? name
                  : lang.pick(id.level().labelFr(), id.level().labelEn()) + " " + id.code(),
              links.territory(id, Reference.NATIONAL),
              links.csv(id, Reference.NATIONAL)));
    }
    return reports;
  }

  private static Map<String, Object> audit(
      IndicatorStore.ImportResult result, ImportPreview preview) {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("file", result.file());
    after.put("format", result.format());
    after.put("rows", result.rows());
    after.put("inserted", result.inserted());
    after.put("updated", result.updated());
    after.put("unchanged", result.unchanged());
    after.put("indicators", preview.indicators());
    after.put("vintages", preview.vintages());
    return after;
  }

  private String tooLarge(Lang lang) {
    return message(lang, Refusal.of("import.file.too-large", "fichier", "maxMb", MAX_FILE_MB));
  }

  private static String message(Lang lang, Refusal refusal) {
    return MessageCatalogue.get()
        .render(refusal, lang == Lang.EN ? MessageCatalogue.ENGLISH : MessageCatalogue.FRENCH);
  }

  /**
   * The name a browser gave the file, for display and the import log only (never a path here): its
   * last segment, without control characters, at most 200 characters.
   */
  static String displayName(String given) {
    String name = given.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints().filter(c -> c >= 0x20 && c != 0x7F).forEach(clean::appendCodePoint);
    String result = clean.toString().strip();
    if (result.length() > 200) {
      result = result.substring(0, 200);
    }
    return result.isEmpty() ? "fichier.csv" : result;
  }

  // ------------------------------------------------------------------ rights

  /**
   * The signed-in editor or administrator, or null once answered: anonymous visitors go to the
   * sign-in page, viewers get 403.
   */
  private Actor editor(Context ctx) {
    Optional<Actor> actor = AccountRoutes.actor(ctx);
    Lang lang = Pages.lang(ctx);
    if (actor.isEmpty()) {
      ctx.redirect(AccountRoutes.signInLink(lang, PATH), HttpStatus.SEE_OTHER);
      return null;
    }
    if (!Visitor.of(ctx).mayEdit()) {
      pages.error(ctx, 403, Messages.text(lang, "import.page.read-only"));
      return null;
    }
    return actor.get();
  }

  /** The session an upload belongs to: its CSRF token, random and secret to the session. */
  private static String session(Context ctx) {
    return Visitor.of(ctx).csrfToken();
  }

  private static Map<String, Object> frame(Context ctx) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("lang", Pages.lang(ctx));
    params.put("langSwitch", Pages.otherLanguage(ctx));
    params.put("visitor", Visitor.of(ctx));
    return params;
  }

  private static String local(Lang lang, String path) {
    return lang == Lang.EN ? path + (path.contains("?") ? "&" : "?") + "lang=en" : path;
  }
}
