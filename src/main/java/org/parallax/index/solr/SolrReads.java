package org.parallax.index.solr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.parallax.index.IndexedText;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.syndication.pure.FingerprintTable;

/**
 * The archive-wide reads (the scan's fingerprint table, the events' ids, the texts statistics
 * read): each streams its documents page by page with a cursor, never one giant response.
 */
final class SolrReads {

  /** Rows per page of a streamed read. */
  private static final int PAGE = 500;

  private final Function<SolrQuery, QueryResponse> search;

  SolrReads(Function<SolrQuery, QueryResponse> search) {
    this.search = search;
  }

  FingerprintTable fingerprintTable(int maxReportsPerPrint) {
    SolrQuery query = currentQuery(SolrDocuments.ID, SolrDocuments.FINGERPRINT);
    List<String> ids = new ArrayList<>();
    Map<String, List<Integer>> carriersOf = new HashMap<>();
    stream(
        query,
        doc -> {
          int report = ids.size();
          ids.add((String) doc.getFirstValue(SolrDocuments.ID));
          var prints = doc.getFieldValues(SolrDocuments.FINGERPRINT);
          if (prints != null) {
            for (Object print : prints) {
              carriersOf.computeIfAbsent((String) print, k -> new ArrayList<>()).add(report);
            }
          }
        });
    FingerprintTable.Builder table = FingerprintTable.builder(ids, maxReportsPerPrint);
    for (List<Integer> carriers : carriersOf.values()) {
      table.add(carriers.stream().mapToInt(Integer::intValue).toArray(), carriers.size());
    }
    return table.build();
  }

  void forEachCurrentText(Consumer<String> visitor) {
    stream(
        currentQuery(SolrDocuments.ARTICLE),
        doc -> {
          Article article = SolrDocuments.article(doc);
          visitor.accept(IndexedText.named(article, IndexedText.body(article)));
        });
  }

  List<ArticleId> currentIds(Instant since) {
    SolrQuery query = currentQuery(SolrDocuments.ID);
    if (since != null) {
      query.addFilterQuery(SolrDocuments.PUBLISHED + ":[" + since + " TO *]");
    }
    List<ArticleId> ids = new ArrayList<>();
    stream(query, doc -> ids.add(new ArticleId((String) doc.getFirstValue(SolrDocuments.ID))));
    ids.sort(Comparator.comparing(ArticleId::value));
    return ids;
  }

  List<Article> currentArticles() {
    List<Article> articles = new ArrayList<>();
    stream(currentQuery(SolrDocuments.ARTICLE), doc -> articles.add(SolrDocuments.article(doc)));
    articles.sort(Comparator.comparing(a -> a.id().value()));
    return articles;
  }

  Set<String> sourceHashes() {
    Set<String> hashes = new HashSet<>();
    SolrQuery all = new SolrQuery("*:*");
    all.setFields(SolrDocuments.ARTICLE);
    stream(
        all,
        doc -> {
          Article article = SolrDocuments.article(doc);
          if (article.source() != null && article.source().sha256() != null) {
            hashes.add(article.source().sha256());
          }
        });
    return hashes;
  }

  /** Reads every match page by page with a cursor, in key order. */
  void stream(SolrQuery query, Consumer<SolrDocument> visitor) {
    query.setRows(PAGE);
    query.setSort(SolrDocuments.KEY, SolrQuery.ORDER.asc);
    String cursor = "*";
    while (true) {
      query.set("cursorMark", cursor);
      QueryResponse response = search.apply(query);
      response.getResults().forEach(visitor);
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return;
      }
      cursor = next;
    }
  }

  private static SolrQuery currentQuery(String... fields) {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery(SolrDocuments.CURRENT_ONLY);
    query.setFields(fields);
    return query;
  }
}
