package org.parallax.index.solr;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;
import org.parallax.index.EntityTerms;
import org.parallax.index.IndexedText;
import org.parallax.model.Article;
import org.parallax.model.SearchHit;

/**
 * Related reports on the cluster: Solr's MoreLikeThis over title and body (its distributed query
 * parser, so every shard's reports are candidates) plus the shared capitalised names, within a week
 * of a dated report, as the embedded index ranks them.
 *
 * <p>As in the embedded index, each score is divided by the article's score against itself, so 1
 * means "as close as a copy" and events group on the same scale on both backends: the shard holding
 * the article names the terms MoreLikeThis picks, and one query of those terms scores the others
 * and the article alike.
 */
final class SolrRelated {

  private static final Duration WINDOW = Duration.ofDays(7);
  private static final int MAX_QUERY_TERMS = 40;
  private static final int MAX_ENTITY_TERMS = 40;
  private static final double ENTITY_WEIGHT = 0.5;

  /** Closeness in time: up to this much is added, half of it two days apart (the embedded's). */
  private static final double TIME_WEIGHT = 0.3;

  private static final Duration TIME_PIVOT = Duration.ofDays(2);

  /** The configset's MoreLikeThis handler, asked only for the terms it picks. */
  static final String TERMS_HANDLER = "/mlt";

  private SolrRelated() {}

  /**
   * Asks the shard holding the article ({@link #TERMS_HANDLER} routed by its story id) for the
   * words MoreLikeThis picks from it, with their weights: Solr's MoreLikeThis query parser would
   * leave the article out of its own query, so its score against itself, the scale of the embedded
   * scores, would be lost.
   */
  static SolrQuery termsRequest(Article article) {
    SolrQuery request =
        new SolrQuery(
            SolrDocuments.KEY
                + ":"
                + ClientUtils.escapeQueryChars(
                    SolrDocuments.key(article.id().value(), article.version())));
    request.set("_route_", article.id().value() + "!");
    request.set("mlt.fl", SolrDocuments.BODY);
    request.set("mlt.mintf", 1);
    // A word of this article alone matches no other report: it would only inflate its own score.
    request.set("mlt.mindf", 2);
    request.set("mlt.maxqt", MAX_QUERY_TERMS);
    request.set("mlt.boost", true);
    request.set("mlt.interestingTerms", "details");
    request.setRows(0);
    return request;
  }

  /** Returns the picked terms ({@code field:term}) and their weights, in the order given. */
  static Map<String, Float> terms(QueryResponse response) {
    Map<String, Float> terms = new LinkedHashMap<>();
    if (response.getResponse().get("interestingTerms") instanceof NamedList<?> list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.getVal(i) instanceof Number weight && list.getName(i).indexOf(':') > 0) {
          terms.put(list.getName(i), weight.floatValue());
        }
      }
    }
    return terms;
  }

  /**
   * Returns the related-reports request: the picked terms each weighted, or, when none came back,
   * Solr's MoreLikeThis query parser (scores then relative to the best report), plus the names. The
   * article itself is not filtered out of a query of picked terms: its own score is the scale.
   */
  static SolrQuery request(
      Article article, Map<String, Float> terms, int limit, boolean withSnippets) {
    SolrQuery request = new SolrQuery();
    StringBuilder query = new StringBuilder();
    if (terms.isEmpty()) {
      query
          .append("_query_:\"{!mlt qf=title,body mintf=1 mindf=1 maxqt=")
          .append(MAX_QUERY_TERMS)
          .append(" v=$self}\"");
      request.set("self", SolrDocuments.key(article.id().value(), article.version()));
      request.addFilterQuery(
          "-" + SolrDocuments.ID + ":" + ClientUtils.escapeQueryChars(article.id().value()));
    } else {
      int n = 0;
      for (Map.Entry<String, Float> term : terms.entrySet()) {
        int colon = term.getKey().indexOf(':');
        String field = term.getKey().substring(0, colon);
        request.set("t" + n, term.getKey().substring(colon + 1));
        // A term query on the indexed token as it is: the token was analysed already.
        query
            .append(n == 0 ? "" : " OR ")
            .append("_query_:\"{!term f=")
            .append(field)
            .append(" v=$t")
            .append(n)
            .append("}\"^")
            .append(term.getValue());
        n++;
      }
    }
    List<String> entities = new ArrayList<>();
    for (String entity : EntityTerms.of(IndexedText.named(article, IndexedText.body(article)))) {
      if (entities.size() == MAX_ENTITY_TERMS) {
        break;
      }
      entities.add(ClientUtils.escapeQueryChars(entity));
    }
    if (!entities.isEmpty()) {
      query
          .append(" OR (")
          .append(SolrDocuments.ENTITIES)
          .append(":(")
          .append(String.join(" OR ", entities))
          .append("))^")
          .append(ENTITY_WEIGHT);
    }
    // The evidence must match; closeness in time only adds to it, as in the embedded index.
    query.insert(0, "+(").append(")");
    if (article.published() != null) {
      query
          .append(" _query_:\"{!func}recip(abs(ms(")
          .append(article.published().approximateInstant())
          .append(",")
          .append(SolrDocuments.PUBLISHED)
          .append(")),1,")
          .append(TIME_PIVOT.toMillis())
          .append(",")
          .append(TIME_PIVOT.toMillis())
          .append(")\"^")
          .append(TIME_WEIGHT);
    }
    request.setQuery(query.toString());
    request.addFilterQuery(SolrDocuments.CURRENT_ONLY);
    if (article.published() != null) {
      Instant at = article.published().approximateInstant();
      request.addFilterQuery(
          "(*:* -"
              + SolrDocuments.PUBLISHED
              + ":[* TO *]) OR "
              + SolrDocuments.PUBLISHED
              + ":["
              + at.minus(WINDOW)
              + " TO "
              + at.plus(WINDOW)
              + "]");
    }
    // One more row: the article itself, when the query is of picked terms.
    request.setRows(Math.max(1, limit) + 1);
    request.setFields(SolrDocuments.ARTICLE, SolrDocuments.KEY, SolrDocuments.LEAD, "score");
    if (withSnippets) {
      SolrSearch.highlight(request);
      // The highlighter needs words to mark: the article's title words stand in for the terms
      // MoreLikeThis picked, which it does not hand back.
      request.set("hl.q", titleWords(article));
      request.set("hl.requireFieldMatch", false);
    }
    return request;
  }

  private static String titleWords(Article article) {
    List<String> words = new ArrayList<>();
    String title = article.title() == null ? "" : article.title();
    for (String word : title.split("\\s+")) {
      if (!word.isBlank()) {
        words.add(ClientUtils.escapeQueryChars(word));
      }
    }
    return words.isEmpty() ? "*:*" : SolrDocuments.BODY + ":(" + String.join(" OR ", words) + ")";
  }

  /**
   * Returns the reports found but the article itself, each score divided by the article's own (from
   * {@code selfScore} when the article is not among the rows) and at most 1; relative to the best
   * report when the query left the article out (no picked terms).
   */
  static List<SearchHit> hits(
      QueryResponse response,
      Article article,
      int limit,
      boolean withSnippets,
      DoubleSupplier selfScore) {
    Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
    List<SolrDocument> others = new ArrayList<>();
    double scale = 0;
    boolean selfQueried = true;
    for (SolrDocument doc : response.getResults()) {
      Article found = SolrDocuments.article(doc);
      if (found.id().equals(article.id())) {
        scale = score(doc);
      } else {
        others.add(doc);
      }
    }
    if (scale <= 0 && !others.isEmpty()) {
      scale = selfScore.getAsDouble();
      selfQueried = scale > 0;
    }
    if (!selfQueried) {
      Float best = response.getResults().getMaxScore();
      scale = best == null ? 0 : best;
    }
    List<SearchHit> hits = new ArrayList<>();
    for (SolrDocument doc : others.subList(0, Math.min(others.size(), Math.max(1, limit)))) {
      double relative = scale <= 0 ? 0 : Math.min(1.0, score(doc) / scale);
      String snippet = withSnippets ? SolrSearch.snippet(highlights, doc) : "";
      hits.add(SolrSearch.hit(SolrDocuments.article(doc), relative, snippet));
    }
    return hits;
  }

  /** Returns the request of the article's own score against a related-reports request. */
  static SolrQuery selfRequest(SolrQuery related, Article article) {
    SolrQuery self = related.getCopy();
    self.setHighlight(false);
    self.addFilterQuery(
        SolrDocuments.KEY
            + ":"
            + ClientUtils.escapeQueryChars(
                SolrDocuments.key(article.id().value(), article.version())));
    self.setRows(1);
    self.setFields("score");
    return self;
  }

  private static double score(SolrDocument doc) {
    return doc.getFirstValue("score") instanceof Number n ? n.doubleValue() : 0;
  }
}
