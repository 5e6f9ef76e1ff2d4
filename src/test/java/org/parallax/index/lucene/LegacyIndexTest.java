package org.parallax.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.testing.Articles.article;

import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.index.ArticleIndexContract;
import org.parallax.syndication.pure.FingerprintTable;

/** An index written before the fingerprint field existed gains it on the first scan. */
class LegacyIndexTest {

  @TempDir Path temp;

  private void writeWithoutFingerprints(Path folder) throws Exception {
    try (FSDirectory directory = FSDirectory.open(folder);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(IndexSchema.analyzer()))) {
      for (String id : new String[] {"wire", "copy"}) {
        Document doc =
            IndexSchema.document(
                article(id, "Reuters", "t", "2026-03-03", ArticleIndexContract.WIRE),
                true,
                IndexSchema.facetsConfig());
        doc.removeFields(IndexSchema.FINGERPRINT);
        doc.removeFields(IndexSchema.FINGERPRINTED);
        writer.addDocument(doc);
      }
    }
  }

  @Test
  void addsTheMissingFingerprintsSoCandidatesAreFound() throws Exception {
    Path folder = temp.resolve("index");
    writeWithoutFingerprints(folder);
    try (LuceneArticleIndex index = LuceneArticleIndex.open(folder)) {
      assertThat(index.fingerprintTable(100).overlaps("wire", 3, 10)).isEmpty();

      assertThat(index.addMissingFingerprints()).isEqualTo(2);

      assertThat(index.fingerprintTable(100).overlaps("wire", 3, 10))
          .extracting(FingerprintTable.Overlap::other)
          .containsExactly("copy");
      assertThat(index.size()).isEqualTo(2);
    }
  }
}
