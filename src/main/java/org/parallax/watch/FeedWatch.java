package org.parallax.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.workspace.JsonFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS/Atom feeds on a schedule and hands over a feed's content only when it changed.
 *
 * <p>Each request is conditional: it sends back the {@code ETag} and {@code Last-Modified} the
 * feed's last answer carried, so an unchanged feed answers 304 with no body. A feed that fails (no
 * answer, an error status) is asked again after a delay that doubles with each failure in a row, up
 * to {@link #MOST_BACKOFF}, so a broken feed is not hammered; the first success resets it. What
 * each feed answered last is kept in {@code watch/feeds.json}, so a restarted watcher still asks
 * conditionally. Not thread-safe: the watcher's one thread owns it.
 */
final class FeedWatch {

  /** The longest wait after failures in a row, however many. */
  static final Duration MOST_BACKOFF = Duration.ofHours(1);

  /** The state file inside the workspace folder. */
  static final Path FILE = Path.of("watch", "feeds.json");

  private static final Logger LOG = LoggerFactory.getLogger(FeedWatch.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client;
  private final Duration every;
  private final Path stateFile;
  private final Map<String, FeedState> feeds = new LinkedHashMap<>();

  /**
   * Polls feeds with a client.
   *
   * @param addresses the feeds' addresses
   * @param every how often to ask a feed that answers
   * @param client the HTTP client
   * @param workspaceFolder where the feeds' state is kept
   * @throws IOException when the saved state exists but cannot be read
   */
  FeedWatch(List<URI> addresses, Duration every, HttpClient client, Path workspaceFolder)
      throws IOException {
    this.client = client;
    this.every = every;
    this.stateFile = workspaceFolder.resolve(FILE);
    Saved saved = JsonFiles.read(stateFile, Saved.class).orElse(new Saved(Map.of()));
    for (URI address : addresses) {
      FeedState known = saved.feeds() == null ? null : saved.feeds().get(address.toString());
      // A restart asks every feed at once; only the validators carry over.
      feeds.put(
          address.toString(),
          known == null
              ? new FeedState(null, null, 0, null)
              : new FeedState(known.etag(), known.lastModified(), 0, null));
    }
  }

  /** Adds a feed to those polled, asked at the next poll; one already polled is not added twice. */
  void add(URI address) {
    feeds.putIfAbsent(address.toString(), new FeedState(null, null, 0, null));
  }

  /** Returns the feeds polled, as given. */
  List<String> addresses() {
    return List.copyOf(feeds.keySet());
  }

  /**
   * Asks every feed that is due and returns the content of those that changed.
   *
   * @param now the time of this poll
   * @throws InterruptedException when the watcher is stopped during a request
   */
  List<Fetched> poll(Instant now) throws InterruptedException {
    List<Fetched> changed = new ArrayList<>();
    boolean asked = false;
    for (Map.Entry<String, FeedState> feed : feeds.entrySet()) {
      FeedState state = feed.getValue();
      if (state.nextPoll() != null && now.isBefore(Instant.parse(state.nextPoll()))) {
        continue;
      }
      asked = true;
      fetch(feed.getKey(), state, now).ifPresent(changed::add);
    }
    if (asked) {
      save();
    }
    return changed;
  }

  private Optional<Fetched> fetch(String address, FeedState state, Instant now)
      throws InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(address))
            .timeout(TIMEOUT)
            .header("Accept", "application/rss+xml, application/atom+xml, application/xml, */*");
    if (state.etag() != null) {
      request.header("If-None-Match", state.etag());
    }
    if (state.lastModified() != null) {
      request.header("If-Modified-Since", state.lastModified());
    }
    try {
      HttpResponse<byte[]> response =
          client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      int status = response.statusCode();
      if (status == 304) {
        LOG.debug("feed {} unchanged", address);
        feeds.put(address, state.answered(state.etag(), state.lastModified(), next(now, 0)));
        return Optional.empty();
      }
      if (status / 100 != 2) {
        failed(address, state, now, "the server answered HTTP " + status);
        return Optional.empty();
      }
      String etag = response.headers().firstValue("ETag").orElse(null);
      String modified = response.headers().firstValue("Last-Modified").orElse(null);
      feeds.put(address, state.answered(etag, modified, next(now, 0)));
      return Optional.of(new Fetched(address, response.body()));
    } catch (IOException | IllegalArgumentException e) {
      failed(address, state, now, e.getMessage() == null ? e.toString() : e.getMessage());
      return Optional.empty();
    }
  }

  private void failed(String address, FeedState state, Instant now, String reason) {
    int failures = state.failures() + 1;
    String retry = next(now, failures);
    LOG.warn(
        "feed {} failed ({}) {} time(s) in a row; asking again at {}",
        address,
        reason,
        failures,
        retry);
    feeds.put(
        address, new FeedState(state.etag(), state.lastModified(), failures, retry.toString()));
  }

  private String next(Instant now, int failures) {
    return now.plus(delayAfter(every, failures)).toString();
  }

  /**
   * Returns how long to wait before asking a feed again: the polling interval after a success, then
   * twice as long after each failure in a row, never more than {@link #MOST_BACKOFF} (nor less than
   * the interval).
   *
   * @param every the polling interval
   * @param failures failures in a row, 0 after a success
   */
  static Duration delayAfter(Duration every, int failures) {
    Duration delay = every;
    for (int i = 0; i < failures && delay.compareTo(MOST_BACKOFF) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    Duration most = every.compareTo(MOST_BACKOFF) > 0 ? every : MOST_BACKOFF;
    return delay.compareTo(most) > 0 ? most : delay;
  }

  private void save() {
    try {
      JsonFiles.writeAtomically(stateFile, new Saved(feeds));
    } catch (IOException e) {
      // Only the validators are lost: the next start fetches every feed in full once.
      LOG.warn("cannot save the feeds' state in {}: {}", stateFile, e.getMessage());
    }
  }

  /**
   * A feed's content that changed since it was last fetched.
   *
   * @param address the feed's address
   * @param body the feed document as received
   */
  record Fetched(String address, byte[] body) {}

  /**
   * What a feed answered last and when to ask it again.
   *
   * @param etag its last {@code ETag}, or null
   * @param lastModified its last {@code Last-Modified}, or null
   * @param failures failures in a row
   * @param nextPoll when to ask again (ISO-8601 instant), null for at once
   */
  record FeedState(String etag, String lastModified, int failures, String nextPoll) {
    FeedState answered(String newEtag, String newModified, String next) {
      return new FeedState(newEtag, newModified, 0, next);
    }
  }

  /** The state file's content. */
  record Saved(Map<String, FeedState> feeds) {}
}
