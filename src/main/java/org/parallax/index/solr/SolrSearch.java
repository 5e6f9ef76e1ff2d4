package org.parallax.index.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.parallax.index.PublishedRange;
import org.parallax.index.lucene.StandardQuerySyntax;
import org.parallax.model.Article;
import org.parallax.model.FacetCount;
import org.parallax.model.LibraryOrder;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;

/**
 * Builds the requests of a search (query, outlet and date filters, facets, highlighted snippets,
 * sort) and reads their answers into the model's results, as the embedded search does.
 */
final class SolrSearch {

  /** The facet names the window and the command line know, the embedded index's dimensions. */
  static final String OUTLET_DIMENSION = "outlet";

  static final String DATE_DIMENSION = "published";
  static final String TAG_DIMENSION = "annotation tag";

  private static final int OUTLET_FACET_VALUES = 50;
  private static final int PLAIN_SNIPPET_CHARS = 240;
  private static final int SNIPPET_CHARS = 240;

  private SolrSearch() {}

  /** Returns the request of a search; the caller adds the rows and the order. */
  static SolrQuery request(String query, List<String> outlets, List<String> dates) {
    // eDisMax would search for the words of a query it cannot read: refuse it as the embedded
    // index does. Dates in a range become the instants Solr's date field reads.
    StandardQuerySyntax.check(query);
    SolrQuery request = new SolrQuery(isBlank(query) ? "*:*" : PublishedRange.toInstants(query));
    if (!isBlank(query)) {
      // eDisMax reads the standard Lucene syntax over several fields with the embedded boosts.
      request.set("defType", "edismax");
      request.set("qf", "title^2 body byline outlet");
      request.set("q.op", "AND");
    }
    request.addFilterQuery(SolrDocuments.CURRENT_ONLY);
    if (!outlets.isEmpty()) {
      request.addFilterQuery(anyOf(SolrDocuments.OUTLET_FACET, outlets, false));
    }
    if (!dates.isEmpty()) {
      // A month or a year is a prefix of the days it holds.
      request.addFilterQuery(anyOf(SolrDocuments.DATE_FACET, dates, true));
    }
    request.setFacet(true);
    request.setFacetMinCount(1);
    request.addFacetField(SolrDocuments.OUTLET_FACET, SolrDocuments.DATE_FACET);
    request.addFacetField(SolrDocuments.TAG_FACET);
    request.set("f." + SolrDocuments.OUTLET_FACET + ".facet.limit", OUTLET_FACET_VALUES);
    request.set("f." + SolrDocuments.TAG_FACET + ".facet.limit", OUTLET_FACET_VALUES);
    request.set("f." + SolrDocuments.DATE_FACET + ".facet.limit", -1);
    request.setFields(SolrDocuments.ARTICLE, "score");
    return request;
  }

  /** Asks for the body's best passage with the matched words in {@code <b>}, escaped for HTML. */
  static void highlight(SolrQuery request) {
    request.setHighlight(true);
    request.set("hl.method", "unified");
    request.set("hl.fl", SolrDocuments.BODY);
    request.set("hl.encoder", "html");
    request.set("hl.fragsize", SNIPPET_CHARS);
    request.setHighlightSimplePre("<b>");
    request.setHighlightSimplePost("</b>");
    request.setFields(SolrDocuments.ARTICLE, SolrDocuments.KEY, SolrDocuments.LEAD, "score");
  }

  static void order(SolrQuery request, LibraryOrder order, boolean blankQuery) {
    SolrQuery.ORDER direction = order.descending() ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc;
    switch (order.column()) {
      case RELEVANCE -> {
        if (blankQuery) {
          request.addSort(SolrDocuments.KEY, SolrQuery.ORDER.asc);
        }
      }
      case TITLE -> request.addSort(SolrDocuments.SORT_TITLE, direction);
      case OUTLET -> request.addSort(SolrDocuments.SORT_OUTLET, direction);
      case PUBLISHED -> request.addSort(SolrDocuments.PUBLISHED, direction);
      case BYLINE -> request.addSort(SolrDocuments.SORT_BYLINE, direction);
      case WORDS -> request.addSort(SolrDocuments.WORDS, direction);
      case VERSIONS -> request.addSort(SolrDocuments.VERSION, direction);
    }
  }

  static SearchResults results(QueryResponse response, boolean withSnippets) {
    List<SearchHit> hits = new ArrayList<>();
    Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
    for (SolrDocument doc : response.getResults()) {
      Article article = SolrDocuments.article(doc);
      String snippet = "";
      if (withSnippets) {
        snippet = snippet(highlights, doc);
      }
      Object score = doc.getFirstValue("score");
      hits.add(hit(article, score instanceof Number n ? n.doubleValue() : 0, snippet));
    }
    return new SearchResults(response.getResults().getNumFound(), hits, facets(response));
  }

  static SearchHit hit(Article article, double score, String snippet) {
    return new SearchHit(
        article.id(),
        article.outlet(),
        article.title(),
        article.published(),
        score,
        snippet,
        article.source() == null ? null : article.source().name(),
        SearchHit.Details.of(article));
  }

  /** Returns the highlighted passage of a hit, else the opening of its body, escaped. */
  static String snippet(Map<String, Map<String, List<String>>> highlights, SolrDocument doc) {
    if (highlights != null) {
      Map<String, List<String>> fields = highlights.get((String) doc.getFirstValue("version_key"));
      List<String> passages = fields == null ? null : fields.get(SolrDocuments.BODY);
      if (passages != null && !passages.isEmpty()) {
        return passages.get(0).strip();
      }
    }
    return plain((String) doc.getFirstValue(SolrDocuments.LEAD));
  }

  private static String plain(String lead) {
    if (lead == null) {
      return "";
    }
    String flat = lead.replaceAll("\\s+", " ").strip();
    if (flat.length() > PLAIN_SNIPPET_CHARS) {
      int cut = flat.lastIndexOf(' ', PLAIN_SNIPPET_CHARS);
      flat = flat.substring(0, cut > 0 ? cut : PLAIN_SNIPPET_CHARS) + " …";
    }
    return flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static Map<String, List<FacetCount>> facets(QueryResponse response) {
    Map<String, List<FacetCount>> facets = new HashMap<>();
    facets.put(OUTLET_DIMENSION, counts(response.getFacetField(SolrDocuments.OUTLET_FACET)));
    List<FacetCount> days =
        new ArrayList<>(counts(response.getFacetField(SolrDocuments.DATE_FACET)));
    days.sort(Comparator.comparing(FacetCount::value).reversed());
    facets.put(DATE_DIMENSION, List.copyOf(days));
    facets.put(TAG_DIMENSION, counts(response.getFacetField(SolrDocuments.TAG_FACET)));
    return facets;
  }

  private static List<FacetCount> counts(FacetField field) {
    if (field == null || field.getValues() == null) {
      return List.of();
    }
    return field.getValues().stream()
        .filter(value -> value.getCount() > 0)
        .map(value -> new FacetCount(value.getName(), value.getCount()))
        .toList();
  }

  private static String anyOf(String field, List<String> values, boolean prefix) {
    List<String> terms = new ArrayList<>();
    for (String value : values) {
      terms.add(ClientUtils.escapeQueryChars(value) + (prefix ? "*" : ""));
    }
    return field + ":(" + String.join(" OR ", terms) + ")";
  }

  static boolean isBlank(String query) {
    return query == null || query.isBlank();
  }
}
