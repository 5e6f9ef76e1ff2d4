package org.parallax.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.model.Article;
import org.parallax.model.SearchHit;
import org.parallax.workspace.Workspace;

/**
 * Measures related reports on ECB+: every document is a query, the documents of the same topic and
 * sub-topic (the same real event) are the relevant answers, and those of the same topic but the
 * other sub-topic (a similar but different event) are hard negatives.
 */
public final class RelatedReportsEvaluation {

  /** How deep each ranking is read for average precision. */
  static final int DEPTH = 100;

  private static final int TOP = 5;

  private RelatedReportsEvaluation() {}

  /**
   * The figures of one run.
   *
   * @param documents documents indexed
   * @param queries documents used as queries (those with at least one relevant answer)
   * @param precisionAt5 mean share of relevant reports among the first five
   * @param meanAveragePrecision mean over queries of average precision (to depth {@value DEPTH})
   * @param hardNegativeShareAt5 mean share of the first five that are hard negatives
   * @param queriesWithHardNegativeAt5 share of queries with at least one hard negative in the first
   *     five
   * @param medianMillis median time of one related-reports query
   */
  public record Result(
      int documents,
      int queries,
      double precisionAt5,
      double meanAveragePrecision,
      double hardNegativeShareAt5,
      double queriesWithHardNegativeAt5,
      double medianMillis) {}

  /**
   * Indexes the documents in a fresh workspace and ranks related reports for each.
   *
   * @param documents the ECB+ documents
   * @param scratch an empty folder for the temporary workspace
   * @throws IOException when the workspace cannot be created
   */
  public static Result run(List<EcbPlusDocument> documents, Path scratch) throws IOException {
    Map<String, EcbPlusDocument> byId =
        documents.stream().collect(Collectors.toMap(EcbPlusDocument::name, Function.identity()));
    try (Workspace workspace = Workspace.open(scratch)) {
      List<Article> articles = documents.stream().map(EcbPlusDocument::article).toList();
      workspace.ingestArticles(articles);
      int queries = 0;
      double precision = 0;
      double averagePrecision = 0;
      double hardNegatives = 0;
      int withHardNegative = 0;
      long[] nanos = new long[documents.size()];
      int timed = 0;
      for (EcbPlusDocument query : documents) {
        long relevantTotal =
            documents.stream().filter(d -> d != query && d.sameEventAs(query)).count();
        long start = System.nanoTime();
        List<SearchHit> hits = workspace.related(query.article().id(), DEPTH);
        nanos[timed++] = System.nanoTime() - start;
        if (relevantTotal == 0) {
          continue;
        }
        queries++;
        int relevantSeen = 0;
        double precisionSum = 0;
        int hardInTop = 0;
        int relevantInTop = 0;
        for (int rank = 1; rank <= hits.size(); rank++) {
          EcbPlusDocument hit = byId.get(hits.get(rank - 1).id().value());
          boolean relevant = hit.sameEventAs(query);
          if (relevant) {
            relevantSeen++;
            precisionSum += (double) relevantSeen / rank;
          }
          if (rank <= TOP) {
            relevantInTop += relevant ? 1 : 0;
            hardInTop += hit.hardNegativeFor(query) ? 1 : 0;
          }
        }
        precision += relevantInTop / (double) TOP;
        averagePrecision += precisionSum / relevantTotal;
        hardNegatives += hardInTop / (double) TOP;
        withHardNegative += hardInTop > 0 ? 1 : 0;
      }
      Arrays.sort(nanos, 0, timed);
      double median = timed == 0 ? 0 : nanos[timed / 2] / 1e6;
      return new Result(
          documents.size(),
          queries,
          precision / queries,
          averagePrecision / queries,
          hardNegatives / queries,
          withHardNegative / (double) queries,
          median);
    }
  }
}
