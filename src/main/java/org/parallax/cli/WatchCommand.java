package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parallax.model.Article;
import org.parallax.model.IngestFailure;
import org.parallax.model.IngestReport;
import org.parallax.syndication.SyndicationScan;
import org.parallax.watch.Alert;
import org.parallax.watch.FeedAddress;
import org.parallax.watch.WatchListener;
import org.parallax.watch.WatchOptions;
import org.parallax.watch.Watcher;
import org.parallax.workspace.LexicalComparer;
import org.parallax.workspace.Workspace;
import org.parallax.workspace.WorkspaceSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax watch DIR... [--feed URL...]}: ingests what arrives and alerts on copies. */
@Command(
    name = "watch",
    description = {
      "Watch folders and feeds: ingest what arrives and alert on every new derivation.",
      "A file is read once it has stopped changing; each new article is checked against the"
          + " library with the scan's evidence, and each report found derived from another (or"
          + " another derived from it) is told once, on standard output. Folders and feeds are"
          + " remembered in the workspace: run with none to resume them. Runs until stopped"
          + " (Ctrl+C)."
    })
final class WatchCommand implements Callable<Integer> {

  /** One alert a line: compact, unlike the other commands' indented JSON. */
  private static final ObjectMapper JSON_LINES = new ObjectMapper();

  @Spec CommandSpec spec;
  @Mixin WorkspaceOption workspaceOption;

  @Parameters(arity = "0..*", paramLabel = "DIR", description = "Folders to watch.")
  List<Path> folders = new ArrayList<>();

  @Option(
      names = "--feed",
      paramLabel = "URL",
      description = "An RSS or Atom feed to poll (repeatable).")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--json", description = "Print each alert as one line of JSON.")
  boolean json;

  @Option(
      names = "--every",
      paramLabel = "SECONDS",
      description = "Poll each feed this often (default: ${DEFAULT-VALUE}).",
      defaultValue = "300")
  long everySeconds;

  @Option(
      names = "--settle",
      paramLabel = "MILLIS",
      description =
          "Read a file once it has not changed for this long, so a file still being copied is"
              + " not read half (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000")
  long settleMillis;

  @Option(
      names = "--no-embeddings",
      description = "Check with the lexical engine only (starts faster; see scan).")
  boolean noEmbeddings;

  @Override
  public Integer call() throws Exception {
    List<Path> newFolders = checkedFolders();
    List<String> newFeeds = checkedFeeds();
    if (everySeconds < 1 || settleMillis < 0) {
      throw new ParameterException(
          spec.commandLine(), "--every needs 1 second or more and --settle 0 ms or more");
    }
    if (newFolders.isEmpty() && newFeeds.isEmpty() && !Workspace.exists(workspaceOption.folder())) {
      throw nothingToWatch();
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Workspace workspace = workspaceOption.openOrCreate(err);
    try {
      WorkspaceSettings settings = workspace.annotations().settings();
      settings.addWatched(newFolders.stream().map(Path::toString).toList(), newFeeds);
      if (settings.watchedFolders().isEmpty() && settings.watchedFeeds().isEmpty()) {
        throw nothingToWatch();
      }
      err.println("watch: loading the language models");
      SyndicationScan scan =
          noEmbeddings
              ? new SyndicationScan(workspace, LexicalComparer.standard())
              : SyndicationScan.standard(workspace);
      WatchOptions options =
          new WatchOptions(
              settings.watchedFolders().stream().map(Path::of).toList(),
              settings.watchedFeeds().stream().map(URI::create).toList(),
              Duration.ofMillis(settleMillis),
              Duration.ofSeconds(everySeconds));
      Watcher watcher = new Watcher(workspace, scan, options, new Printer(out, err, json));
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    watcher.close();
                    workspace.close();
                    stopped.countDown();
                  },
                  "parallax-watch-stop"));
      watcher.start();
      for (String folder : settings.watchedFolders()) {
        err.println("watch: watching the folder " + folder);
      }
      for (String feed : settings.watchedFeeds()) {
        err.printf(Locale.ROOT, "watch: polling the feed %s every %d s%n", feed, everySeconds);
      }
      err.println("watch: press Ctrl+C to stop");
      stopped.await();
      return 0;
    } catch (RuntimeException | Error e) {
      workspace.close();
      throw e;
    }
  }

  private ParameterException nothingToWatch() {
    return new ParameterException(
        spec.commandLine(),
        "nothing to watch: name a folder or a --feed (the workspace remembers none yet)");
  }

  private List<Path> checkedFolders() {
    List<Path> absolute = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new ParameterException(
            spec.commandLine(),
            folder + ": " + (Files.exists(folder) ? "not a folder" : "no such folder"));
      }
      absolute.add(folder.toAbsolutePath().normalize());
    }
    return absolute;
  }

  private List<String> checkedFeeds() {
    for (String feed : feeds) {
      try {
        FeedAddress.parse(feed);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    return List.copyOf(feeds);
  }

  /** Prints alerts on standard output and what arrived on standard error. */
  private static final class Printer implements WatchListener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    Printer(PrintWriter out, PrintWriter err, boolean json) {
      this.out = out;
      this.err = err;
      this.json = json;
    }

    @Override
    public void alert(Alert alert) {
      if (json) {
        try {
          out.println(JSON_LINES.writeValueAsString(alert));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("an alert always serialises", e);
        }
      } else {
        out.printf(
            Locale.ROOT,
            "%s  %s <- %s  %s, confidence %.2f%n",
            alert.raisedAt(),
            ScanCommand.outletAndDate(alert.derived()),
            ScanCommand.outletAndDate(alert.source()),
            alert.credited() == null
                ? "credit unknown"
                : alert.credited() ? "credited" : "NOT credited",
            alert.confidence());
        out.printf(
            Locale.ROOT,
            "    derived: %s  %s%n",
            alert.derived().id(),
            ScanCommand.title(alert.derived()));
        out.printf(
            Locale.ROOT,
            "    source:  %s  %s%n",
            alert.source().id(),
            ScanCommand.title(alert.source()));
      }
      out.flush();
    }

    @Override
    public void ingested(String from, IngestReport report) {
      err.printf(
          Locale.ROOT,
          "watch: %s: %d article(s) stored, %d already stored, %d failed%n",
          from,
          report.stored().size(),
          report.duplicates().size(),
          report.failed().size());
      for (Article article : report.stored()) {
        err.printf(
            Locale.ROOT,
            "  stored %s from %s%n",
            article.id().value(),
            article.source() == null ? from : article.source().name());
      }
      for (IngestFailure failure : report.failed()) {
        err.printf(Locale.ROOT, "  FAILED %s: %s%n", failure.path(), failure.reason());
      }
      err.flush();
    }

    @Override
    public void failed(String problem) {
      err.println("watch: " + problem);
      err.flush();
    }
  }
}
