package org.parallax.ingest;

import java.util.List;
import org.parallax.model.Article;

/** Reads one file format; {@link ArticleReaders} asks each in turn whether it recognises a file. */
interface FormatReader {

  /** Returns the format's name as recorded in {@link org.parallax.model.SourceFile#format()}. */
  String format();

  /**
   * Returns true for a binary format, asked before text checks refuse binary data; text formats are
   * asked only about files that are text.
   */
  default boolean readsBinary() {
    return false;
  }

  /** Returns true when the content (not only the name) looks like this format. */
  boolean recognises(RawFile file);

  /** Reads the file as one or more articles, or explains why it cannot. */
  List<Article> read(RawFile file) throws IngestException;
}
