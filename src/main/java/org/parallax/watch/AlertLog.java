package org.parallax.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.workspace.JsonFiles;

/**
 * The alerts a workspace has raised and how far its new articles have been checked, kept in {@code
 * watch/alerts.json}.
 *
 * <p>Both change together in one atomic save, before anyone is told of an alert: a watcher killed
 * before the save checks the same articles again when it starts (and raises their alerts then); one
 * killed after it raises none of them twice. Not thread-safe: the watcher's one thread owns it.
 */
public final class AlertLog {

  /** The log inside the workspace folder. */
  static final Path FILE = Path.of("watch", "alerts.json");

  private final Path file;
  private final List<Alert> alerts;
  private final Set<String> keys = new HashSet<>();
  private Instant checkedThrough;

  private AlertLog(Path file, Saved saved) {
    this.file = file;
    this.alerts = new ArrayList<>(saved.alerts() == null ? List.of() : saved.alerts());
    alerts.forEach(alert -> keys.add(alert.key()));
    this.checkedThrough =
        saved.checkedThrough() == null ? null : Instant.parse(saved.checkedThrough());
  }

  /**
   * Reads the log of a workspace; a workspace never watched has an empty one, checked through no
   * time yet.
   *
   * @param workspaceFolder the workspace folder
   * @throws IOException when the log exists but cannot be read
   */
  public static AlertLog load(Path workspaceFolder) throws IOException {
    Path file = workspaceFolder.resolve(FILE);
    return new AlertLog(file, JsonFiles.read(file, Saved.class).orElse(new Saved(null, List.of())));
  }

  /** Returns every alert raised so far, oldest first. */
  public List<Alert> alerts() {
    return List.copyOf(alerts);
  }

  /**
   * Returns the time through which every stored article has been checked, or null before the first
   * watch.
   */
  Instant checkedThrough() {
    return checkedThrough;
  }

  /**
   * Keeps the alerts not raised before and moves the checked time forward, in one save.
   *
   * @param found alerts of the articles just checked, possibly raised before
   * @param checked the time through which articles are now checked
   * @return the alerts that are new, to tell once
   * @throws IOException when the log cannot be saved; nothing is then kept
   */
  List<Alert> record(List<Alert> found, Instant checked) throws IOException {
    List<Alert> fresh = new ArrayList<>();
    Set<String> seen = new HashSet<>(keys);
    for (Alert alert : found) {
      if (seen.add(alert.key())) {
        fresh.add(alert);
      }
    }
    Instant through =
        checkedThrough == null || checked.isAfter(checkedThrough) ? checked : checkedThrough;
    List<Alert> all = new ArrayList<>(alerts);
    all.addAll(fresh);
    JsonFiles.writeAtomically(file, new Saved(through.toString(), all));
    alerts.addAll(fresh);
    fresh.forEach(alert -> keys.add(alert.key()));
    checkedThrough = through;
    return fresh;
  }

  /** The file's content. */
  record Saved(String checkedThrough, List<Alert> alerts) {}
}
