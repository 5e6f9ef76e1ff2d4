package org.parallax.syndication;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.LibraryOrder;
import org.parallax.model.SearchHit;
import org.parallax.syndication.pure.Link;
import org.parallax.workspace.JsonFiles;
import org.parallax.workspace.Workspace;

/**
 * The links a grouping clustered, saved beside its events ({@code events/links.json}) so that new
 * articles can join the events later without linking every article again.
 *
 * <p>It names the articles it linked with the version of each then current: an article whose
 * version differs now was replaced since. It carries the {@code groupedAt} of the events it was
 * saved with; a base whose time differs from the saved events' (a crash between the two saves) is
 * not used. Links are packed (index of the linking article, index of the linked one, weight as a
 * float: the related-reports score is a ratio of two floats, so nothing is lost) because a
 * 100,000-article workspace holds some two million of them.
 *
 * @param groupedAt the {@link EventResults#groupedAt} of the events saved with it
 * @param threshold the average link the grouping merged at
 * @param fullArticles the articles of the last grouping that linked every article
 * @param changedSinceFull the articles added, replaced or deleted since that grouping
 * @param ids the articles linked, by story id
 * @param versions each article's version when linked, in the order of {@code ids}
 * @param links the packed links
 */
public record EventLinkBase(
    String groupedAt,
    double threshold,
    int fullArticles,
    int changedSinceFull,
    List<String> ids,
    int[] versions,
    byte[] links) {

  /** Where the base is saved, inside the workspace folder. */
  static final Path SAVED = Path.of("events", "links.json");

  private static final int LINK_BYTES = Integer.BYTES * 2 + Float.BYTES;

  /** Copies the arrays so the record stays immutable. */
  public EventLinkBase {
    ids = List.copyOf(ids);
    versions = versions.clone();
    links = links.clone();
  }

  /** Returns the saved base of a workspace folder, if a grouping saved one. */
  static Optional<EventLinkBase> load(Path workspaceFolder) throws IOException {
    return JsonFiles.read(workspaceFolder.resolve(SAVED), EventLinkBase.class);
  }

  /**
   * Saves the base of a grouping that linked every article.
   *
   * @param workspace the workspace grouped
   * @param links the links it clustered
   * @param results the events saved with them
   * @throws IOException when the base cannot be saved
   */
  static void saveFull(Workspace workspace, List<Link> links, EventResults results)
      throws IOException {
    save(workspace.folder(), links, results, currentVersions(workspace), results.articles(), 0);
  }

  /**
   * Saves a base, replacing the file at once.
   *
   * @param workspaceFolder the workspace folder
   * @param links every link of the grouping
   * @param results the events saved with them
   * @param versions the version of every article linked, by story id
   * @param fullArticles the articles of the last grouping that linked every article
   * @param changedSinceFull the articles added, replaced or deleted since that grouping
   */
  static void save(
      Path workspaceFolder,
      List<Link> links,
      EventResults results,
      Map<String, Integer> versions,
      int fullArticles,
      int changedSinceFull)
      throws IOException {
    List<String> ids = new ArrayList<>(versions.keySet());
    ids.sort(null);
    Map<String, Integer> index = new HashMap<>();
    int[] numbers = new int[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
      numbers[i] = versions.get(ids.get(i));
    }
    ByteBuffer packed = ByteBuffer.allocate(links.size() * LINK_BYTES);
    for (Link link : links) {
      Integer from = index.get(link.a());
      Integer to = index.get(link.b());
      if (from != null && to != null) {
        packed.putInt(from).putInt(to).putFloat((float) link.weight());
      }
    }
    byte[] bytes = Arrays.copyOf(packed.array(), packed.position());
    JsonFiles.writeAtomically(
        workspaceFolder.resolve(SAVED),
        new EventLinkBase(
            results.groupedAt(),
            results.threshold(),
            fullArticles,
            changedSinceFull,
            ids,
            numbers,
            bytes));
  }

  /** Returns the version of every current article, by story id, from the library's rows. */
  static Map<String, Integer> currentVersions(Workspace workspace) {
    int all = (int) Math.min(Integer.MAX_VALUE - 1, workspace.index().size()) + 1;
    Map<String, Integer> versions = new LinkedHashMap<>();
    for (SearchHit row :
        workspace.index().browse("", List.of(), List.of(), LibraryOrder.RELEVANCE, all).hits()) {
      versions.put(row.id().value(), row.details().versions());
    }
    return versions;
  }

  /** Returns the version of every article linked, by story id. */
  Map<String, Integer> versionsById() {
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byId.put(ids.get(i), versions[i]);
    }
    return byId;
  }

  /** Unpacks the links. */
  List<Link> linkList() {
    ByteBuffer packed = ByteBuffer.wrap(links);
    List<Link> unpacked = new ArrayList<>(links.length / LINK_BYTES);
    while (packed.remaining() >= LINK_BYTES) {
      String from = ids.get(packed.getInt());
      String to = ids.get(packed.getInt());
      unpacked.add(new Link(from, to, packed.getFloat()));
    }
    return unpacked;
  }
}
