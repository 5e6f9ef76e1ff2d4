package org.parallax.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.IngestReport;
import org.parallax.workspace.Workspace;

/**
 * Feeds polled from a local HTTP server in this JVM (never the network): conditional requests,
 * back-off after failures, and each item stored once.
 */
class FeedWatchTest {

  private static final String ETAG = "\"v1\"";
  private static final String MODIFIED = "Tue, 10 Mar 2026 09:00:00 GMT";
  private static final String RSS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\"><channel><title>Coast Wire</title>"
          + "<item><title>Port of Abidjan reopens after strike</title>"
          + "<link>https://coastwire.example/port-reopens</link>"
          + "<pubDate>Thu, 12 Mar 2026 08:00:00 GMT</pubDate>"
          + "<description>ABIDJAN - The port of Abidjan reopened to container ships on Thursday"
          + " after a two-day strike by dock workers ended, the port authority said.</description>"
          + "</item>"
          + "<item><title>Cocoa arrivals rise</title>"
          + "<link>https://coastwire.example/cocoa-arrivals</link>"
          + "<pubDate>Thu, 12 Mar 2026 09:00:00 GMT</pubDate>"
          + "<description>ABIDJAN - Cocoa arrivals at the ports of Ivory Coast rose in the week to"
          + " Sunday, exporters estimated.</description>"
          + "</item></channel></rss>";

  @TempDir Path temp;

  private HttpServer server;
  private final List<String> conditions = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/feed.xml", this::answer);
    server.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "parallax-test-http")));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
    String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
    conditions.add(etag + " | " + since);
    if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      exchange.sendResponseHeaders(503, -1);
    } else if (ETAG.equals(etag)) {
      exchange.sendResponseHeaders(304, -1);
    } else {
      byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("ETag", ETAG);
      exchange.getResponseHeaders().add("Last-Modified", MODIFIED);
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  private URI feed() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml");
  }

  private FeedWatch watch(Path workspace) throws IOException {
    return new FeedWatch(
        List.of(feed()), Duration.ofMinutes(5), HttpClient.newHttpClient(), workspace);
  }

  @Test
  void asksAgainWithTheValidatorsOfTheLastAnswerAndGetsNothingWhenUnchanged() throws Exception {
    FeedWatch feeds = watch(temp);
    Instant start = Instant.parse("2026-03-12T10:00:00Z");
    assertThat(feeds.poll(start)).singleElement().satisfies(f -> assertThat(f.body()).isNotEmpty());
    assertThat(feeds.poll(start.plusSeconds(60))).as("not due yet").isEmpty();
    assertThat(feeds.poll(start.plus(Duration.ofMinutes(5)))).as("304").isEmpty();
    assertThat(conditions).containsExactly("null | null", ETAG + " | " + MODIFIED);
  }

  @Test
  void aRestartedWatchStillAsksConditionally() throws Exception {
    Instant start = Instant.parse("2026-03-12T10:00:00Z");
    assertThat(watch(temp).poll(start)).hasSize(1);
    assertThat(watch(temp).poll(start.plusSeconds(1))).isEmpty();
    assertThat(conditions).containsExactly("null | null", ETAG + " | " + MODIFIED);
  }

  @Test
  void backsOffTwiceAsLongAfterEachFailureInARow() throws Exception {
    failuresLeft.set(2);
    FeedWatch feeds = watch(temp);
    Instant start = Instant.parse("2026-03-12T10:00:00Z");
    assertThat(feeds.poll(start)).isEmpty();
    // After one failure: ten minutes, not five.
    assertThat(feeds.poll(start.plus(Duration.ofMinutes(9)))).isEmpty();
    assertThat(conditions).hasSize(1);
    assertThat(feeds.poll(start.plus(Duration.ofMinutes(10)))).isEmpty();
    assertThat(conditions).hasSize(2);
    // After two: twenty minutes; then the feed answers and the interval is five minutes again.
    Instant second = start.plus(Duration.ofMinutes(10));
    assertThat(feeds.poll(second.plus(Duration.ofMinutes(19)))).isEmpty();
    assertThat(conditions).hasSize(2);
    assertThat(feeds.poll(second.plus(Duration.ofMinutes(20)))).hasSize(1);
    assertThat(conditions).hasSize(3);
  }

  @Test
  void theBackOffNeverExceedsAnHourNorFallsBelowTheInterval() {
    assertThat(FeedWatch.delayAfter(Duration.ofMinutes(5), 0)).isEqualTo(Duration.ofMinutes(5));
    assertThat(FeedWatch.delayAfter(Duration.ofMinutes(5), 3)).isEqualTo(Duration.ofMinutes(40));
    assertThat(FeedWatch.delayAfter(Duration.ofMinutes(5), 30)).isEqualTo(Duration.ofHours(1));
    assertThat(FeedWatch.delayAfter(Duration.ofHours(2), 4)).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void eachItemIsStoredOnceHoweverOftenTheFeedIsFetched() throws Exception {
    try (Workspace workspace = Workspace.open(temp.resolve("workspace"))) {
      FeedWatch feeds = watch(workspace.folder());
      byte[] body = feeds.poll(Instant.parse("2026-03-12T10:00:00Z")).get(0).body();
      IngestReport first = workspace.ingestBytes(feed().toString(), body);
      IngestReport again = workspace.ingestBytes(feed().toString(), body);
      assertThat(first.stored()).hasSize(2);
      assertThat(again.stored()).isEmpty();
      assertThat(workspace.size()).isEqualTo(2);
    }
  }
}
