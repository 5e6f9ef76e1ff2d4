package org.parallax.index.lucene;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.index.ArticleIndex;
import org.parallax.index.ArticleIndexContract;

/** The index contract on the embedded Lucene index in a temporary folder. */
class LuceneArticleIndexContractTest extends ArticleIndexContract {

  @TempDir Path folder;

  @Override
  protected ArticleIndex openEmpty() throws Exception {
    return LuceneArticleIndex.open(folder.resolve("index"));
  }
}
