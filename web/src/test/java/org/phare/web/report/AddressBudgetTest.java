package org.phare.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.phare.core.testing.SharedData;
import org.phare.web.PhareApplication;
import org.phare.web.WebFixture;
import org.phare.web.WebServer;
import org.phare.web.map.GeoAtlas;

/**
 * Issue 19, point 9: anonymous visitors get {@link AddressBudget#PER_MINUTE} uncached PDF
 * renderings a minute per address (token bucket), then a French 429 with {@code Retry-After};
 * cached PDFs and signed-in users are not counted; the map of addresses is bounded.
 */
class AddressBudgetTest {

  static final long SECOND = 1_000_000_000L;

  @Test
  void six_renderings_at_once_then_one_every_ten_seconds() {
    AtomicLong now = new AtomicLong(0);
    AddressBudget budget = new AddressBudget(6, 100, now::get);
    for (int i = 0; i < 6; i++) {
      assertThat(budget.take("198.51.100.7")).as("rendering %d", i + 1).isZero();
    }
    // the 7th: the bucket is empty and refills one token per 60 s / 6 = 10 s
    assertThat(budget.take("198.51.100.7")).isEqualTo(Duration.ofSeconds(10));
    // refused attempts take nothing: 4 s later, 6 s are still missing
    now.addAndGet(4 * SECOND);
    assertThat(budget.take("198.51.100.7")).isEqualTo(Duration.ofSeconds(6));
    now.addAndGet(6 * SECOND);
    assertThat(budget.take("198.51.100.7")).isZero();
    assertThat(budget.take("198.51.100.7")).isEqualTo(Duration.ofSeconds(10));
    // another address has its own budget
    assertThat(budget.take("2001:db8::1")).isZero();
    // after a quiet minute the bucket is full again, never more than full
    now.addAndGet(600 * SECOND);
    for (int i = 0; i < 6; i++) {
      assertThat(budget.take("198.51.100.7")).isZero();
    }
    assertThat(budget.take("198.51.100.7")).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void the_addresses_remembered_are_bounded_least_recently_seen_forgotten_first() {
    AtomicLong now = new AtomicLong(0);
    AddressBudget budget = new AddressBudget(1, 1000, now::get);
    assertThat(budget.take("203.0.113.1")).isZero();
    for (int i = 0; i < 5000; i++) {
      budget.take("10.0." + (i / 256) + "." + (i % 256));
      if (i % 500 == 0) {
        // seen again: stays remembered, so stays spent
        assertThat(budget.take("203.0.113.1")).isEqualTo(Duration.ofSeconds(60));
      }
    }
    assertThat(budget.addresses()).isEqualTo(1000);
    assertThat(budget.take("203.0.113.1")).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void over_its_budget_an_anonymous_address_gets_a_french_429_cached_and_signed_in_pdfs_still_come()
      throws Exception {
    WebFixture fixture = WebFixture.get();
    fixture.resetEcosystem(); // accounts to sign in with
    String before = System.getProperty(AddressBudget.PROPERTY);
    WebServer server;
    System.setProperty(AddressBudget.PROPERTY, "1");
    try {
      // a second server over the same data, with a budget of 1 rendering a minute (a second
      // rendering within the minute is refused even on a slow machine)
      server =
          PhareApplication.of(
                  fixture.services.database(),
                  fixture.data.referential(),
                  fixture.data,
                  GeoAtlas.load(SharedData.path("geo")))
              .start("127.0.0.1", 0);
    } finally {
      if (before == null) {
        System.clearProperty(AddressBudget.PROPERTY);
      } else {
        System.setProperty(AddressBudget.PROPERTY, before);
      }
    }
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      String pdf = "/territoire/departement/18/rapport.pdf";
      assertThat(get(http, base + pdf, null).statusCode()).isEqualTo(200);
      HttpResponse<String> refused = get(http, base + pdf + "?ref=peers", null);
      assertThat(refused.statusCode()).isEqualTo(429);
      long retry = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
      // one token a minute, less the time the first rendering took (seconds on a busy
      // machine); the exact arithmetic is checked with a clock above
      assertThat(retry).isBetween(1L, 60L);
      assertThat(refused.headers().firstValue("Cache-Control")).contains("no-store");
      assertThat(refused.body())
          .contains("Trop de demandes")
          .contains(
              "Trop de nouveaux rapports PDF demandés depuis votre adresse : au plus 1 par minute"
                  + " sans connexion. Réessayez dans "
                  + retry
                  + (retry == 1 ? " seconde ;" : " secondes ;"));
      // X-Forwarded-For from an untrusted peer changes nothing (PHARE_TRUSTED_PROXIES unset)
      assertThat(
              get(http, base + pdf + "?ref=peers", null, "X-Forwarded-For", "198.51.100.9")
                  .statusCode())
          .isEqualTo(429);
      // a PDF already rendered costs nothing and still comes
      assertThat(get(http, base + pdf, null).statusCode()).isEqualTo(200);
      // signed-in users are not limited
      HttpResponse<String> login =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/login"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"login\":\"admin\",\"password\":\"" + WebFixture.PASSWORD + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(200);
      String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      assertThat(get(http, base + pdf + "?ref=peers", cookie).statusCode()).isEqualTo(200);
      assertThat(get(http, base + pdf + "?ref=peers&lang=en", cookie).statusCode()).isEqualTo(200);
    } finally {
      server.stop();
    }
  }

  static HttpResponse<String> get(HttpClient http, String url, String cookie, String... headers)
      throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
    if (cookie != null) {
      builder.header("Cookie", cookie);
    }
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }
}
