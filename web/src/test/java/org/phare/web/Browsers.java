package org.phare.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one way browser tests drive a real browser: Debian's chromium (never a downloaded one)
 * through Playwright, French pages at a chosen width, sign-in through the sign-in form, full-page
 * screenshots in {@code target/screenshots} (looked at by whoever changes a page).
 */
public final class Browsers implements AutoCloseable {

  /** Where screenshots go, relative to the module. */
  public static final Path SHOTS = Paths.get("target", "screenshots");

  /** Phone width of the checks at small screens. */
  public static final int PHONE = 390;

  private final Playwright playwright;
  private final Browser browser;

  private Browsers(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Starts Debian's chromium, headless, without network side traffic. */
  public static Browsers launch() {
    try {
      Files.createDirectories(SHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Playwright playwright = Playwright.create();
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
    return new Browsers(playwright, browser);
  }

  /** A page in a new browser context (own cookies), French, {@code width} × 900, downloads on. */
  public Page page(int width) {
    return browser
        .newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, 900)
                .setLocale("fr-FR")
                .setAcceptDownloads(true))
        .newPage();
  }

  /**
   * A new page signed in through the sign-in form, back on {@code returnPath} once signed in.
   *
   * @param base the application's address, {@code http://127.0.0.1:port}
   */
  public Page signIn(String base, String login, String password, int width, String returnPath) {
    Page page = page(width);
    page.navigate(
        base
            + "/connexion?retour="
            + java.net.URLEncoder.encode(returnPath, java.nio.charset.StandardCharsets.UTF_8));
    page.fill("#login", login);
    page.fill("#password", password);
    page.click("form.form button[type=submit]");
    page.waitForURL(signedInUrl(returnPath));
    return page;
  }

  private static Predicate<String> signedInUrl(String returnPath) {
    String path =
        returnPath.contains("?") ? returnPath.substring(0, returnPath.indexOf('?')) : returnPath;
    return url -> !url.contains("/connexion") && url.contains(path);
  }

  /** A full-page screenshot {@code target/screenshots/<name>.png}. */
  public static Path shot(Page page, String name) {
    Path file = SHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  /** The console errors the page logs from now on (a page that logs one is broken). */
  public static List<String> consoleErrors(Page page) {
    List<String> errors = new ArrayList<>();
    page.onConsoleMessage(
        m -> {
          if ("error".equals(m.type())) {
            errors.add(m.text());
          }
        });
    return errors;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
