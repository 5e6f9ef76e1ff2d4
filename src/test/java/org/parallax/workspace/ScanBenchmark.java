package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.ArticleReaders;
import org.parallax.model.Article;

/**
 * Measures the syndication scan's precision, recall and run time on a recombined corpus with
 * injected rewrites of known source.
 *
 * <p>Background articles are 3 to 6 random paragraphs of the Europarl English lines and ECB+
 * sentences ({@link LibraryBenchmark#paragraphs()}). Because the same paragraphs recur across
 * articles, every background article gets word noise (a third of its longer words swapped for
 * random corpus words), so two background articles share no long runs of words and the only true
 * derivations are the injected ones. One article in {@value #SOURCE_EVERY} becomes a wire source
 * (outlet Reuters, AP or AFP) and gets a derived report a day later, made by one of five rules: a
 * copy, a light edit, synonym substitution, clause and paragraph reordering, or dropped and added
 * sentences; half of them name the wire (credit).
 *
 * <p>Run: {@code mvn -o test -Dexcluded.groups= -Dgroups=benchmark -Dtest=ScanBenchmark
 * -Dscan.articles=100000}.
 */
@Tag("benchmark")
class ScanBenchmark {

  private static final int SOURCE_EVERY = 50;
  private static final double WORD_NOISE = 0.33;
  private static final List<String> WIRES = List.of("Reuters", "AP", "AFP");
  private static final List<String> OUTLETS =
      List.of("Guardian", "Le Monde", "Diplomat.so", "Politico", "Euractiv", "NZZ", "La Stampa");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
  private static final Map<String, String> SYNONYMS = synonyms();
  private static final List<String> RULES =
      List.of("copy", "light-edit", "synonyms", "reorder", "drop-add");

  @TempDir Path temp;

  @Test
  void measuresScanPrecisionRecallAndTime() throws Exception {
    int size = Integer.getInteger("scan.articles", 100_000);
    long seed = Long.getLong("benchmark.seed", System.nanoTime());
    System.out.println(
        "ScanBenchmark seed " + seed + " (replay with -Dbenchmark.seed=" + seed + ")");
    Random random = new Random(seed);
    List<String> paragraphs = LibraryBenchmark.paragraphs();
    List<String> vocabulary = vocabulary(paragraphs);
    ArticleReaders readers = ArticleReaders.standard();
    LocalDate firstDay = LocalDate.of(2025, 1, 1);
    Set<String> truth = new HashSet<>();
    Map<String, String> ruleOf = new HashMap<>();
    long ingestNanos = 0;
    try (Workspace workspace = Workspace.open(temp.resolve("ws"))) {
      List<Article> batch = new ArrayList<>();
      int n = 0;
      while (n < size) {
        List<String> body = new ArrayList<>();
        int count = 3 + random.nextInt(4);
        for (int p = 0; p < count; p++) {
          body.add(noisy(paragraphs.get(random.nextInt(paragraphs.size())), vocabulary, random));
        }
        LocalDate day = firstDay.plusDays(random.nextInt(730));
        String id = "bench-" + n;
        boolean source = n % SOURCE_EVERY == 0 && n + 1 < size;
        String outlet =
            source
                ? WIRES.get(random.nextInt(WIRES.size()))
                : OUTLETS.get(random.nextInt(OUTLETS.size()));
        batch.add(article(readers, id, outlet, day, body));
        n++;
        if (source) {
          String rule = RULES.get((n / SOURCE_EVERY) % RULES.size());
          boolean credit = random.nextBoolean();
          List<String> rewritten = rewrite(rule, body, paragraphs, random);
          if (credit) {
            rewritten.set(0, "(" + outlet + ") - " + rewritten.get(0));
          }
          String derivedId = "bench-" + n;
          batch.add(
              article(
                  readers,
                  derivedId,
                  OUTLETS.get(random.nextInt(OUTLETS.size())),
                  day.plusDays(1),
                  rewritten));
          truth.add(id + ">" + derivedId);
          ruleOf.put(id + ">" + derivedId, rule + (credit ? "+credit" : ""));
          n++;
        }
        if (batch.size() >= 2_000 || n >= size) {
          long begin = System.nanoTime();
          workspace.ingestArticles(batch);
          ingestNanos += System.nanoTime() - begin;
          batch.clear();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "corpus: %d articles, %d injected rewrites, ingest %.1f s%n",
          workspace.size(),
          truth.size(),
          ingestNanos / 1e9);
      LexicalComparer comparer = LexicalComparer.standard();
      long begin = System.nanoTime();
      ScanResults results =
          new SyndicationScan(workspace, comparer)
              .run(
                  null,
                  (stage, done, total, pairs) -> {
                    if (done % 10_000 == 0 || done == total) {
                      System.out.printf(
                          Locale.ROOT,
                          "scan %s: %d/%d after %.0f s, %d pairs%n",
                          stage,
                          done,
                          total,
                          (System.nanoTime() - begin) / 1e9,
                          pairs);
                    }
                  });
      double seconds = (System.nanoTime() - begin) / 1e9;
      report(results, truth, ruleOf, seconds);
      assertThat(results.articles()).isEqualTo(size);
    }
  }

  private static void report(
      ScanResults results, Set<String> truth, Map<String, String> ruleOf, double seconds) {
    int correct = 0;
    int undirected = 0;
    int creditRight = 0;
    Map<String, Integer> foundByRule = new HashMap<>();
    for (ScanPair pair : results.pairs()) {
      String forward = pair.source().id() + ">" + pair.derived().id();
      String backward = pair.derived().id() + ">" + pair.source().id();
      if (truth.contains(forward) && ScanPair.DERIVED.equals(pair.verdict())) {
        correct++;
        String rule = ruleOf.get(forward);
        foundByRule.merge(rule.replace("+credit", ""), 1, Integer::sum);
        if (Boolean.valueOf(rule.endsWith("+credit")).equals(pair.credited())) {
          creditRight++;
        }
      }
      if (truth.contains(forward) || truth.contains(backward)) {
        undirected++;
      } else {
        System.out.printf(
            Locale.ROOT,
            "false pair: %s <- %s (coverage %.2f)%n",
            pair.derived().id(),
            pair.source().id(),
            pair.coverage().derivedBySource());
      }
    }
    Map<String, Integer> totalByRule = new HashMap<>();
    ruleOf.values().forEach(r -> totalByRule.merge(r.replace("+credit", ""), 1, Integer::sum));
    System.out.printf(
        Locale.ROOT,
        "scan: %d articles, %d candidate pairs, %d compared, %d pairs listed in %.1f s"
            + " (%.0f articles/s)%n",
        results.articles(),
        results.candidatePairs(),
        results.comparedPairs(),
        results.pairs().size(),
        seconds,
        results.articles() / seconds);
    System.out.printf(
        Locale.ROOT,
        "directed: precision %.3f recall %.3f; undirected: precision %.3f recall %.3f;"
            + " credit right %d of %d%n",
        results.pairs().isEmpty() ? 0 : (double) correct / results.pairs().size(),
        (double) correct / truth.size(),
        results.pairs().isEmpty() ? 0 : (double) undirected / results.pairs().size(),
        (double) undirected / truth.size(),
        creditRight,
        correct);
    for (String rule : RULES) {
      System.out.printf(
          Locale.ROOT,
          "  %-10s recall %d/%d%n",
          rule,
          foundByRule.getOrDefault(rule, 0),
          totalByRule.getOrDefault(rule, 0));
    }
  }

  private static List<String> rewrite(
      String rule, List<String> body, List<String> paragraphs, Random random) {
    List<String> out = new ArrayList<>();
    switch (rule) {
      case "copy" -> out.addAll(body);
      case "light-edit" -> {
        for (String paragraph : body.subList(0, body.size() - 1)) {
          out.add(substitute(paragraph, 0.05, random));
        }
      }
      case "synonyms" -> body.forEach(p -> out.add(substitute(p, 0.6, random)));
      case "reorder" -> {
        for (String paragraph : body) {
          List<String> sentences = new ArrayList<>();
          for (String sentence : SENTENCE_END.split(paragraph)) {
            sentences.add(swapClauses(sentence));
          }
          out.add(String.join(" ", sentences));
        }
        if (out.size() > 2) {
          String second = out.remove(1);
          out.add(second);
        }
      }
      default -> {
        for (String paragraph : body) {
          List<String> kept = new ArrayList<>();
          for (String sentence : SENTENCE_END.split(paragraph)) {
            if (random.nextInt(3) != 0) {
              kept.add(sentence);
            }
          }
          if (!kept.isEmpty()) {
            out.add(String.join(" ", kept));
          }
        }
        out.add(paragraphs.get(random.nextInt(paragraphs.size())));
      }
    }
    if (out.isEmpty()) {
      out.addAll(body);
    }
    return out;
  }

  /** Moves the clause after the first comma to the front: "A, B." becomes "B, A." */
  private static String swapClauses(String sentence) {
    int comma = sentence.indexOf(", ");
    if (comma < 10 || comma > sentence.length() - 12) {
      return sentence;
    }
    String first = sentence.substring(0, comma);
    String rest = sentence.substring(comma + 2).replaceAll("[.!?]$", "");
    return Character.toUpperCase(rest.charAt(0))
        + rest.substring(1)
        + ", "
        + Character.toLowerCase(first.charAt(0))
        + first.substring(1)
        + ".";
  }

  /** Replaces words that have a listed synonym, each with probability {@code share}. */
  private static String substitute(String text, double share, Random random) {
    Matcher matcher = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String word = matcher.group();
      String synonym = SYNONYMS.get(word.toLowerCase(Locale.ROOT));
      String replacement = synonym != null && random.nextDouble() < share ? synonym : word;
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String noisy(String paragraph, List<String> vocabulary, Random random) {
    Matcher matcher = WORD.matcher(paragraph);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String replacement =
          random.nextDouble() < WORD_NOISE
              ? vocabulary.get(random.nextInt(vocabulary.size()))
              : matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static Article article(
      ArticleReaders readers, String id, String outlet, LocalDate day, List<String> body)
      throws Exception {
    String text = String.join("\n\n", body);
    Article read = readers.read(id + ".txt", text.getBytes(StandardCharsets.UTF_8)).get(0);
    return LibraryBenchmark.withMetadata(read, id, outlet, null, day.toString());
  }

  private static List<String> vocabulary(List<String> paragraphs) {
    Set<String> words = new HashSet<>();
    for (String paragraph : paragraphs) {
      Matcher matcher = WORD.matcher(paragraph);
      while (matcher.find()) {
        words.add(matcher.group().toLowerCase(Locale.ROOT));
      }
    }
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(null);
    return sorted;
  }

  private static Map<String, String> synonyms() {
    String[] pairs = {
      "important",
      "significant",
      "countries",
      "nations",
      "must",
      "should",
      "however",
      "nevertheless",
      "people",
      "citizens",
      "government",
      "administration",
      "said",
      "stated",
      "believe",
      "think",
      "also",
      "moreover",
      "support",
      "back",
      "problem",
      "issue",
      "problems",
      "issues",
      "because",
      "since",
      "very",
      "highly",
      "many",
      "numerous",
      "large",
      "major",
      "help",
      "assist",
      "show",
      "demonstrate",
      "agreement",
      "deal",
      "killed",
      "slain",
      "police",
      "officers",
      "attack",
      "assault",
      "president",
      "leader",
      "announced",
      "declared",
      "report",
      "account",
      "week",
      "weekend",
      "first",
      "initial",
      "would",
      "could",
      "want",
      "wish",
      "need",
      "require",
      "proposal",
      "plan",
      "question",
      "matter",
      "clear",
      "evident",
      "new",
      "fresh",
      "make",
      "create",
      "work",
      "labour",
      "policy",
      "strategy",
      "region",
      "area"
    };
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
