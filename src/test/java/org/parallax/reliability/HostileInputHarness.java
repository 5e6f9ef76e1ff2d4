package org.parallax.reliability;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.parallax.ingest.ArticleJson;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.IngestException;
import org.parallax.model.Article;
import org.parallax.model.IngestFailure;
import org.parallax.model.IngestReport;
import org.parallax.model.SearchHit;
import org.parallax.workspace.SearchRequest;
import org.parallax.workspace.Workspace;

/**
 * Feeds generated hostile inputs to the ingest readers and counts what happened to each: ingested,
 * rejected with a reason, crashed, hung, or leaked a local file's content.
 *
 * <p>A server on 127.0.0.1 (never any other address) counts the requests an external entity or DTD
 * would make; there must be none.
 */
final class HostileInputHarness implements AutoCloseable {

  /** Per-file time limit; a reader still busy after it counts as a hang. */
  static final long TIME_LIMIT_SECONDS = 20;

  record Report(
      long seed,
      int tried,
      int ingested,
      int rejected,
      List<String> crashes,
      List<String> hangs,
      List<String> leaks,
      List<String> unclearReasons,
      int serverRequests) {

    boolean survived() {
      return crashes.isEmpty()
          && hangs.isEmpty()
          && leaks.isEmpty()
          && unclearReasons.isEmpty()
          && serverRequests == 0
          && ingested + rejected == tried;
    }

    String summary() {
      return String.format(
          Locale.ROOT,
          "hostile inputs: seed %d, %d tried, %d ingested, %d rejected, %d crashes, %d hangs,"
              + " %d local-file leaks, %d requests to the local server, %d unclear reasons",
          seed,
          tried,
          ingested,
          rejected,
          crashes.size(),
          hangs.size(),
          leaks.size(),
          serverRequests,
          unclearReasons.size());
    }
  }

  /**
   * What a whole-folder ingest into a workspace did with the same inputs.
   *
   * @param files files in the folder
   * @param stored articles stored
   * @param duplicates files or items already stored
   * @param failed files refused with a reason
   * @param internalErrors refusals that are a reader bug rather than a reason about the file
   * @param unclearReasons refusals with a blank reason
   * @param leaks stored articles that hold the local secret file's content
   */
  record WorkspaceReport(
      int files,
      int stored,
      int duplicates,
      int failed,
      List<String> internalErrors,
      List<String> unclearReasons,
      List<String> leaks) {

    String summary() {
      return String.format(
          Locale.ROOT,
          "workspace ingest of the same folder: %d files, %d articles stored, %d duplicates,"
              + " %d refused, %d internal errors, %d unclear reasons, %d articles with local-file"
              + " content in the index",
          files,
          stored,
          duplicates,
          failed,
          internalErrors.size(),
          unclearReasons.size(),
          leaks.size());
    }

    boolean survived() {
      return internalErrors.isEmpty() && unclearReasons.isEmpty() && leaks.isEmpty();
    }
  }

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final ArticleReaders readers = ArticleReaders.standard();

  HostileInputHarness() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] body = HostileInputs.SECRET.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  String serverUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Returns how many requests reached the local server so far. */
  int serverRequests() {
    return requests.get();
  }

  Report run(long seed, List<HostileInputs.Input> inputs) {
    int ingested = 0;
    int rejected = 0;
    List<String> crashes = new ArrayList<>();
    List<String> hangs = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    List<String> unclear = new ArrayList<>();
    ExecutorService worker = newWorker();
    for (HostileInputs.Input input : inputs) {
      Path file = input.file();
      Future<List<Article>> result = worker.submit(() -> readers.read(file));
      String label = file.getFileName() + " (" + input.kind() + ")";
      try {
        List<Article> articles = result.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        ingested++;
        for (Article article : articles) {
          if (ArticleJson.toJson(article).toString().contains(HostileInputs.SECRET)
              || article.text().contains(HostileInputs.SECRET)) {
            leaks.add(label);
          }
        }
      } catch (TimeoutException e) {
        result.cancel(true);
        hangs.add(label);
        worker.shutdownNow();
        worker = newWorker();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IngestException rejection) {
          rejected++;
          if (rejection.getMessage().contains(HostileInputs.SECRET)) {
            leaks.add(label + " in the error message");
          }
          if (!rejection.getMessage().contains(file.getFileName().toString())
              || rejection.reason().isBlank()) {
            unclear.add(label + ": " + rejection.getMessage());
          }
        } else {
          crashes.add(label + ": " + cause);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    worker.shutdownNow();
    return new Report(
        seed, inputs.size(), ingested, rejected, crashes, hangs, leaks, unclear, requests.get());
  }

  /**
   * Ingests a whole folder of inputs into a workspace, as {@code parallax ingest} does, and checks
   * every refusal has a reason and no stored article holds the secret.
   */
  static WorkspaceReport ingestIntoWorkspace(Path workspaceFolder, Path inputs) throws IOException {
    int files;
    try (Stream<Path> listed = Files.list(inputs)) {
      files = (int) listed.count();
    }
    try (Workspace workspace = Workspace.open(workspaceFolder)) {
      IngestReport report = workspace.ingest(List.of(inputs), status -> {}, () -> false);
      List<String> internal = new ArrayList<>();
      List<String> unclear = new ArrayList<>();
      for (IngestFailure failure : report.failed()) {
        if (failure.reason().contains("internal error")) {
          internal.add(failure.path() + ": " + failure.reason());
        }
        if (failure.reason().isBlank()) {
          unclear.add(failure.path());
        }
      }
      List<String> leaks = new ArrayList<>();
      for (SearchHit hit : workspace.search(SearchRequest.of("", 1_000_000)).hits()) {
        Article article = workspace.article(hit.id()).orElseThrow();
        if (ArticleJson.toJson(article).toString().contains(HostileInputs.SECRET)) {
          leaks.add(hit.id().value());
        }
      }
      return new WorkspaceReport(
          files,
          report.stored().size(),
          report.duplicates().size(),
          report.failed().size(),
          internal,
          unclear,
          leaks);
    }
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        task -> {
          Thread thread = new Thread(task, "hostile-input-reader");
          thread.setDaemon(true);
          return thread;
        });
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
