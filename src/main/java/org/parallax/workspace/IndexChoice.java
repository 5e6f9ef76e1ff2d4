package org.parallax.workspace;

import java.io.IOException;
import java.nio.file.Path;
import org.parallax.index.ArchiveCredentials;
import org.parallax.index.ArchiveStatus;
import org.parallax.index.ArticleIndex;
import org.parallax.index.lucene.LuceneArticleIndex;
import org.parallax.index.solr.SolrArticleIndex;
import org.parallax.index.solr.SolrCollections;
import org.parallax.index.solr.SolrLocation;

/**
 * Which library a workspace's articles live in: its own embedded index (the default) or a shared
 * archive on SolrCloud, as {@code --index} names it, or whichever the workspace's settings
 * remember. Originals, annotations and scan results stay in the workspace folder either way.
 *
 * <p>A workspace opened for writing with a named library remembers it in its settings ({@code
 * "index"}), so the next command and the window open the same archive without {@code --index}. The
 * archive's basic-auth credentials come from the environment ({@value
 * ArchiveCredentials#USER_VARIABLE}, {@value ArchiveCredentials#PASSWORD_VARIABLE}), else from the
 * workspace's settings file.
 *
 * @param solr the shared archive, or null for the embedded index
 * @param remembered true for "whichever the workspace's settings name" (then {@code solr} is null)
 */
public record IndexChoice(SolrLocation solr, boolean remembered) {

  /** The embedded index in the workspace folder. */
  public static final IndexChoice EMBEDDED = new IndexChoice(null, false);

  /** The library the workspace's settings remember; the embedded index when they name none. */
  public static final IndexChoice REMEMBERED = new IndexChoice(null, true);

  /** The value {@code --index} takes, and the settings hold, for the embedded index. */
  private static final String EMBEDDED_VALUE = "embedded";

  /**
   * Reads an {@code --index} value: {@code solr:URL[,URL]/COLLECTION}, or blank for the embedded
   * index.
   *
   * @throws IllegalArgumentException naming what is wrong with the value
   */
  public static IndexChoice parse(String value) {
    if (value == null || value.isBlank() || value.equals(EMBEDDED_VALUE)) {
      return EMBEDDED;
    }
    return new IndexChoice(SolrLocation.parse(value), false);
  }

  /** Returns true for the embedded index (not for a choice still to be read from settings). */
  public boolean isEmbedded() {
    return solr == null && !remembered;
  }

  /**
   * Returns the library this choice names for a workspace: itself, or for {@link #REMEMBERED} the
   * one its settings name (the embedded index when none, or when the value is no longer valid).
   */
  IndexChoice resolvedFor(WorkspaceSettings settings) {
    if (!remembered) {
      return this;
    }
    try {
      return parse(settings.index());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the workspace settings name a library Parallax cannot read (" + e.getMessage() + ")", e);
    }
  }

  /** Saves this library in the settings when they name another, so later opens find it. */
  void rememberIn(WorkspaceSettings settings) throws IOException {
    String value = isEmbedded() ? "" : toString();
    if (!remembered && !value.equals(settings.index())) {
      settings.setIndex(value);
    }
  }

  ArticleIndex open(Path root, WorkspaceSettings settings) throws IOException {
    return isEmbedded()
        ? LuceneArticleIndex.open(root.resolve("index"))
        : SolrArticleIndex.open(solr, credentials(settings));
  }

  /** Opens the library to read beside a writer; an embedded index must hold a commit already. */
  ArticleIndex openForReading(Path root, WorkspaceSettings settings) throws IOException {
    if (!isEmbedded()) {
      return SolrArticleIndex.open(solr, credentials(settings));
    }
    if (!LuceneArticleIndex.hasCommit(root.resolve("index"))) {
      throw new IOException(
          "the workspace " + root + " holds no article yet (add some with parallax ingest)");
    }
    return LuceneArticleIndex.openReadOnly(root.resolve("index"));
  }

  /**
   * Creates the shared archive's collection with Parallax's configset.
   *
   * @param workspace the workspace folder whose settings may hold the archive's credentials (it
   *     need not exist; then only the environment gives them)
   * @throws IllegalStateException for the embedded index, which needs no creating
   * @throws IOException when the cluster refuses or does not answer
   */
  public void createArchive(Path workspace, int shards, int replicas) throws IOException {
    SolrCollections.create(
        requireShared(), credentials(WorkspaceSettings.load(workspace)), shards, replicas);
  }

  /**
   * Returns the shared archive's live nodes, shards and counts.
   *
   * @param workspace the workspace folder whose settings may hold the archive's credentials
   * @throws IllegalStateException for the embedded index
   * @throws IOException when the cluster does not answer
   */
  public ArchiveStatus archiveStatus(Path workspace) throws IOException {
    return SolrCollections.status(requireShared(), credentials(WorkspaceSettings.load(workspace)));
  }

  /**
   * The one place an archive's credentials are read, for every command and the window: the
   * environment's, else those of the workspace's settings file.
   */
  private static ArchiveCredentials credentials(WorkspaceSettings settings) {
    return ArchiveCredentials.fromEnvironment(System.getenv(), settings.archiveCredentials());
  }

  private SolrLocation requireShared() {
    if (solr == null) {
      throw new IllegalStateException(
          "the embedded index needs no collection; name one with --index solr:URL/COLLECTION");
    }
    return solr;
  }

  @Override
  public String toString() {
    if (remembered) {
      return "the library the workspace settings name";
    }
    return isEmbedded() ? EMBEDDED_VALUE : solr.toString();
  }
}
