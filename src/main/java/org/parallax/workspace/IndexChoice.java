package org.parallax.workspace;

import java.io.IOException;
import java.nio.file.Path;
import org.parallax.index.ArchiveStatus;
import org.parallax.index.ArticleIndex;
import org.parallax.index.lucene.LuceneArticleIndex;
import org.parallax.index.solr.SolrArticleIndex;
import org.parallax.index.solr.SolrCollections;
import org.parallax.index.solr.SolrLocation;

/**
 * Which library a workspace's articles live in: its own embedded index (the default) or a shared
 * archive on SolrCloud, as {@code --index} names it. Originals, annotations and scan results stay
 * in the workspace folder either way.
 *
 * @param solr the shared archive, or null for the embedded index
 */
public record IndexChoice(SolrLocation solr) {

  /** The embedded index in the workspace folder. */
  public static final IndexChoice EMBEDDED = new IndexChoice(null);

  /**
   * Reads an {@code --index} value: {@code solr:URL[,URL]/COLLECTION}, or blank for the embedded
   * index.
   *
   * @throws IllegalArgumentException naming what is wrong with the value
   */
  public static IndexChoice parse(String value) {
    if (value == null || value.isBlank() || value.equals("embedded")) {
      return EMBEDDED;
    }
    return new IndexChoice(SolrLocation.parse(value));
  }

  /** Returns true for the embedded index. */
  public boolean isEmbedded() {
    return solr == null;
  }

  ArticleIndex open(Path root) throws IOException {
    return isEmbedded()
        ? LuceneArticleIndex.open(root.resolve("index"))
        : SolrArticleIndex.open(solr);
  }

  /** Opens the library to read beside a writer; an embedded index must hold a commit already. */
  ArticleIndex openForReading(Path root) throws IOException {
    if (!isEmbedded()) {
      return SolrArticleIndex.open(solr);
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
   * @throws IllegalStateException for the embedded index, which needs no creating
   * @throws IOException when the cluster refuses or does not answer
   */
  public void createArchive(int shards, int replicas) throws IOException {
    SolrCollections.create(requireShared(), shards, replicas);
  }

  /**
   * Returns the shared archive's live nodes, shards and counts.
   *
   * @throws IllegalStateException for the embedded index
   * @throws IOException when the cluster does not answer
   */
  public ArchiveStatus archiveStatus() throws IOException {
    return SolrCollections.status(requireShared());
  }

  private SolrLocation requireShared() {
    if (isEmbedded()) {
      throw new IllegalStateException(
          "the embedded index needs no collection; name one with --index solr:URL/COLLECTION");
    }
    return solr;
  }

  @Override
  public String toString() {
    return isEmbedded() ? "embedded" : solr.toString();
  }
}
