package org.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.model.Article;

/**
 * Reads saved HTML article pages: the main text through {@link HtmlBlocks}, metadata from JSON-LD
 * {@code NewsArticle}, Open Graph and {@code article:*} meta tags, the canonical link and the
 * page's own markup, in that order of trust.
 */
final class HtmlReader implements FormatReader {

  private static final Pattern HTML_START =
      Pattern.compile(
          "\\A\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "BackgroundNewsArticle",
          "OpinionNewsArticle",
          "ReviewNewsArticle",
          "BlogPosting",
          "LiveBlogPosting");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String format() {
    return "html";
  }

  @Override
  public boolean recognises(RawFile file) {
    return HTML_START.matcher(file.head(8_192)).lookingAt();
  }

  @Override
  public List<Article> read(RawFile file) throws IngestException {
    Document page = Jsoup.parse(file.text());
    JsonNode ld = newsArticle(page);
    ArticleDraft draft = new ArticleDraft();
    draft.title = first(text(ld, "headline"), meta(page, "og:title"), h1(page), page.title());
    draft.url =
        first(
            page.select("link[rel=canonical]").attr("href"),
            meta(page, "og:url"),
            text(ld, "url"),
            mainEntity(ld));
    draft.outlet =
        first(
            text(ld.path("publisher"), "name"),
            meta(page, "og:site_name"),
            meta(page, "application-name"));
    draft.byline = first(authors(ld), meta(page, "author"), meta(page, "byl"), bylineElement(page));
    draft.published =
        NewsDates.parse(
                first(
                    text(ld, "datePublished"),
                    meta(page, "article:published_time"),
                    meta(page, "date"),
                    meta(page, "pubdate"),
                    page.select("article time[datetime]").attr("datetime")))
            .orElse(null);
    draft.dateline = text(ld, "dateline");
    draft.language = first(page.select("html").attr("lang"), text(ld, "inLanguage"));
    draft.title = withoutSiteName(draft.title, draft.outlet);
    if (draft.byline != null) {
      draft.byline = draft.byline.replaceFirst("(?i)^by\\s+", "");
    }

    Element body = page.body();
    HtmlBlocks.dropBoilerplate(body);
    BlockText blocks = new BlockText();
    HtmlBlocks.collect(HtmlBlocks.mainContainer(body), blocks);
    if (!blocks.hasBody()) {
      throw new IngestException(
          file.name(), "no article text found in the HTML page (is it a saved article page?)");
    }
    String text = blocks.text();
    return List.of(draft.build(text, draft.splitDateline(text, blocks.blocks()), file, format()));
  }

  /** Returns the first JSON-LD object typed as a news article, or a missing node. */
  private static JsonNode newsArticle(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = findArticle(JSON.readTree(script.data()));
        if (found != null) {
          return found;
        }
      } catch (JsonProcessingException malformed) {
        // a broken JSON-LD block is common on real pages; the meta tags still serve
      }
    }
    return JSON.missingNode();
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        JsonNode found = findArticle(element);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode type = node.path("@type");
    for (JsonNode each : type.isArray() ? type : List.of(type)) {
      if (ARTICLE_TYPES.contains(each.asText())) {
        return node;
      }
    }
    return node.has("@graph") ? findArticle(node.get("@graph")) : null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isArray()) {
      value = value.path(0);
    }
    return value.isValueNode() ? value.asText() : null;
  }

  private static String mainEntity(JsonNode ld) {
    JsonNode entity = ld.path("mainEntityOfPage");
    return entity.isValueNode() ? entity.asText() : text(entity, "@id");
  }

  private static String authors(JsonNode ld) {
    JsonNode author = ld.path("author");
    List<String> names = new ArrayList<>();
    for (JsonNode each : author.isArray() ? author : List.of(author)) {
      String name = each.isValueNode() ? each.asText() : text(each, "name");
      if (name != null && !name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String meta(Document page, String name) {
    Element tag =
        page.selectFirst(
            "meta[property=\""
                + name
                + "\"], meta[name=\""
                + name
                + "\"], meta[itemprop=\""
                + name
                + "\"]");
    return tag == null ? null : tag.attr("content");
  }

  private static String h1(Document page) {
    Element h1 = page.selectFirst("article h1, h1");
    return h1 == null ? null : h1.text();
  }

  private static String bylineElement(Document page) {
    Element byline = page.selectFirst("[rel=author], .byline, [itemprop=author]");
    return byline == null ? null : byline.text();
  }

  /** Drops a trailing "| Site" or "- Site" that page titles carry. */
  private static String withoutSiteName(String title, String outlet) {
    if (title == null || outlet == null) {
      return title;
    }
    for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ")) {
      if (title.endsWith(separator + outlet)) {
        return title.substring(0, title.length() - separator.length() - outlet.length());
      }
    }
    return title;
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
