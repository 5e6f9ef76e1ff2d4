package org.parallax.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.syndication.SyndicationScan;
import org.parallax.testing.SeedFiles;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.Workspace;

/**
 * Two feeds served from this JVM, Reuters' and Diplomat.so's, each with its seed report as its item
 * (a feed's title is its items' outlet): the watcher stores both and raises the same alert a folder
 * would.
 */
class FeedAlertTest {

  @TempDir Path temp;

  @Test
  void aFeedsItemsAreStoredAndCheckedLikeFiles() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve(
        server,
        "/reuters.xml",
        rss("Reuters", "Mon, 09 Mar 2026 10:00:00 GMT", SeedFiles.reuters()));
    serve(
        server,
        "/diplomat.xml",
        rss("Diplomat.so", "Tue, 10 Mar 2026 09:02:00 GMT", SeedFiles.diplomat()));
    server.setExecutor(
        Executors.newSingleThreadExecutor(task -> new Thread(task, "parallax-test-feed")));
    server.start();
    BlockingQueue<Alert> alerts = new LinkedBlockingQueue<>();
    try (Workspace workspace = Workspace.open(temp.resolve("workspace"))) {
      String host = "http://127.0.0.1:" + server.getAddress().getPort();
      WatchOptions options =
          new WatchOptions(
              List.of(),
              List.of(URI.create(host + "/reuters.xml"), URI.create(host + "/diplomat.xml")),
              Duration.ZERO,
              Duration.ofMinutes(5));
      try (Watcher watcher =
          new Watcher(
              workspace,
              new SyndicationScan(workspace, LexicalComparer.standard()),
              options,
              alerts::add)) {
        watcher.start();
        Alert alert = alerts.poll(180, TimeUnit.SECONDS);
        assertThat(alert).isNotNull();
        assertThat(alert.derived().outlet()).isEqualTo("Diplomat.so");
        assertThat(alert.source().outlet()).isEqualTo("Reuters");
      }
      assertThat(workspace.size()).isEqualTo(2);
    } finally {
      server.stop(0);
    }
  }

  private static void serve(HttpServer server, String path, String rss) {
    byte[] body = rss.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
  }

  /** An outlet's feed holding one seed report as its item. */
  private static String rss(String outlet, String date, Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>"
        + outlet
        + "</title><item><title>Mali overflights</title><link>https://"
        + outlet.toLowerCase(java.util.Locale.ROOT)
        + ".example/mali</link><pubDate>"
        + date
        + "</pubDate><description><![CDATA["
        + text.replace("\n", "<br/>")
        + "]]></description></item></channel></rss>";
  }
}
