package org.phare.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.phare.core.diagnostic.Reference;
import org.phare.core.indicator.Domain;
import org.phare.core.territory.Level;
import org.phare.core.territory.Territory;
import org.phare.store.version.DataKind;
import org.phare.store.version.DataVersions;
import org.phare.web.WebFixture;

/**
 * The caches of the application as {@code serve} assembles it, on the real open data: bounded
 * whatever the URLs asked, and revalidated by ETag against the data versions.
 */
class CachesOnTheRunningAppTest {

  final WebFixture fixture = WebFixture.get();
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixture.url(path)));
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void ten_thousand_distinct_dashboard_urls_leave_every_cache_within_its_maximum()
      throws Exception {
    List<String> urls = new ArrayList<>();
    List<String> regions =
        fixture.data.referential().all(Level.REGION).stream().map(Territory::code).toList();
    // every distinct dashboard state of the régions and départements (more than the page cache
    // keeps), then the same states under other URLs (parameters the dashboard ignores)
    for (String lang : List.of("fr", "en")) {
      for (Domain domain : Domain.values()) {
        for (Reference reference : Reference.values()) {
          String base = "domaine=" + domain.name() + "&ref=" + reference.code() + "&lang=" + lang;
          urls.add("/?niveau=region&" + base);
          urls.add("/?niveau=departement&" + base);
          for (String region : regions) {
            urls.add("/?niveau=departement&dans=region:" + region + "&" + base);
          }
        }
      }
    }
    int states = urls.size();
    for (int i = 0; urls.size() < 10_000; i++) {
      urls.add(urls.get(i % states) + "&vu=" + i);
    }
    assertThat(urls).doesNotHaveDuplicates().hasSize(10_000);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (String url : urls) {
        answers.add(pool.submit(() -> get(url, null).statusCode()));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertThat(answers.get(i).get()).as(urls.get(i)).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    List<VersionedCache<?>> all = fixture.application.caches().all();
    assertThat(all).isNotEmpty();
    for (VersionedCache<?> cache : all) {
      assertThat(cache.size()).as(cache.name()).isLessThanOrEqualTo(cache.maximum());
    }
    VersionedCache<?> pages =
        all.stream().filter(c -> c.name().equals("dashboard-pages")).findFirst().orElseThrow();
    assertThat(states).isGreaterThan(pages.maximum());
    assertThat(pages.size()).as("the page cache filled up to its bound").isEqualTo(pages.maximum());
  }

  @Test
  void a_page_is_revalidated_by_etag_until_the_indicators_change() throws Exception {
    String path = "/territoire/departement/18";
    HttpResponse<String> first = get(path, null);
    assertThat(first.statusCode()).isEqualTo(200);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
    assertThat(get(path, etag).statusCode()).isEqualTo(304);

    // a new version of the indicator values (as an import commits): the watcher reloads them
    long before = fixture.services.diagnostics().version();
    fixture
        .services
        .database()
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE data_version SET version = version + 1 WHERE kind = ?",
                    DataKind.INDICATORS.key()));
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (fixture.services.diagnostics().version() == before && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(fixture.services.diagnostics().version())
        .isEqualTo(DataVersions.read(fixture.services.database().jdbi()).of(DataKind.INDICATORS));
    HttpResponse<String> after = get(path, etag);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
  }
}
