package org.parallax.index.solr;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.parallax.index.EntityTerms;
import org.parallax.index.IndexedText;
import org.parallax.model.Article;
import org.parallax.model.SearchHit;

/**
 * Related reports on the cluster: Solr's MoreLikeThis over title and body (its distributed query
 * parser, so every shard's reports are candidates) plus the shared capitalised names, within a week
 * of a dated report, as the embedded index ranks them.
 *
 * <p>The embedded index divides each score by the article's score against itself, so 1 means "as
 * close as a copy". MoreLikeThis leaves the article itself out and does not hand back its query, so
 * here a score is relative to the best report found; {@code docs/scale.md} records the difference.
 */
final class SolrRelated {

  private static final Duration WINDOW = Duration.ofDays(7);
  private static final int MAX_QUERY_TERMS = 40;
  private static final int MAX_ENTITY_TERMS = 40;
  private static final double ENTITY_WEIGHT = 0.5;

  private SolrRelated() {}

  static SolrQuery request(Article article, int limit, boolean withSnippets) {
    StringBuilder query = new StringBuilder();
    query
        .append("_query_:\"{!mlt qf=title,body mintf=1 mindf=1 maxqt=")
        .append(MAX_QUERY_TERMS)
        .append(" v=$self}\"");
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
    SolrQuery request = new SolrQuery(query.toString());
    request.set("self", SolrDocuments.key(article.id().value(), article.version()));
    request.addFilterQuery(SolrDocuments.CURRENT_ONLY);
    request.addFilterQuery(
        "-" + SolrDocuments.ID + ":" + ClientUtils.escapeQueryChars(article.id().value()));
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
    request.setRows(Math.max(1, limit));
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

  static List<SearchHit> hits(QueryResponse response, boolean withSnippets) {
    List<SearchHit> hits = new ArrayList<>();
    Float best = response.getResults().getMaxScore();
    Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
    for (SolrDocument doc : response.getResults()) {
      Object score = doc.getFirstValue("score");
      double raw = score instanceof Number n ? n.doubleValue() : 0;
      double relative = best == null || best <= 0 ? 0 : raw / best;
      String snippet = withSnippets ? SolrSearch.snippet(highlights, doc) : "";
      hits.add(SolrSearch.hit(SolrDocuments.article(doc), relative, snippet));
    }
    return hits;
  }
}
