package org.parallax.ingest;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.parallax.model.BlockKind;

/**
 * Finds the main text of an HTML page or fragment with jsoup and collects its blocks: paragraphs,
 * h2-h4 sub-headings and figure captions, with navigation and boilerplate dropped.
 */
final class HtmlBlocks {

  private static final String BOILERPLATE_TAGS =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, button, svg,"
          + " select, input, [role=navigation], [role=banner], [role=contentinfo],"
          + " [role=complementary], [hidden], [aria-hidden=true]";
  private static final Pattern BOILERPLATE_CLASS =
      Pattern.compile(
          "(?i).*\\b(share|sharing|social|related|recommend|newsletter|promo|advert|ad-|ads"
              + "|comments?|breadcrumbs?|subscribe|paywall|cookie|popular|most-read|tags)\\b.*");
  private static final double LINK_LIST_SHARE = 0.6;
  private static final Set<String> INLINE =
      Set.of(
          "a", "b", "strong", "i", "em", "span", "br", "abbr", "cite", "q", "small", "sub", "sup");

  private HtmlBlocks() {}

  /** Removes navigation, widgets and link lists from the element, in place. */
  static void dropBoilerplate(Element root) {
    root.select(BOILERPLATE_TAGS).remove();
    for (Element element : root.select("[class], [id]")) {
      String names = element.className() + " " + element.id();
      if (BOILERPLATE_CLASS.matcher(names).matches()
          && element.parent() != null
          && !holdsArticle(element)) {
        element.remove();
      }
    }
    for (Element list : root.select("ul, ol")) {
      int all = list.text().length();
      int linked = list.select("a").text().length();
      if (all > 0 && linked >= LINK_LIST_SHARE * all) {
        list.remove();
      }
    }
  }

  private static boolean holdsArticle(Element element) {
    return element.is("article, [itemprop=articleBody]")
        || element.selectFirst("article, [itemprop=articleBody]") != null;
  }

  /**
   * Returns the element holding the article text: {@code [itemprop=articleBody]} (or the {@code
   * <article>} around it), else the {@code <article>} with the most paragraph text, else the
   * element whose own paragraphs hold the most text.
   */
  static Element mainContainer(Element root) {
    Element marked = root.selectFirst("[itemprop=articleBody]");
    if (marked != null) {
      // the enclosing <article> also holds the lead photo's caption
      Element article = marked.closest("article");
      return article != null ? article : marked;
    }
    Elements articles = root.select("article");
    if (!articles.isEmpty()) {
      return articles.stream().max(Comparator.comparingInt(HtmlBlocks::paragraphText)).get();
    }
    Element densest = root;
    int best = 0;
    for (Element candidate : root.select("div, section, main, td")) {
      int own = 0;
      for (Element child : candidate.children()) {
        if (child.tagName().equals("p")) {
          own += child.text().length();
        }
      }
      if (own > best) {
        best = own;
        densest = candidate;
      }
    }
    return densest;
  }

  private static int paragraphText(Element element) {
    return element.select("p").text().length();
  }

  /**
   * Adds the blocks under {@code container} in reading order.
   *
   * <p>Walks the tree with an explicit stack rather than recursion, so hostile pages nested tens of
   * thousands of elements deep cannot overflow the thread's stack.
   */
  static void collect(Element container, BlockText out) {
    Deque<Iterator<Element>> pending = new ArrayDeque<>();
    pending.push(container.children().iterator());
    while (!pending.isEmpty()) {
      Iterator<Element> siblings = pending.peek();
      if (!siblings.hasNext()) {
        pending.pop();
        continue;
      }
      Element child = siblings.next();
      switch (child.tagName()) {
        case "p", "li", "pre" -> out.add(BlockKind.BODY, child.text());
        case "h2", "h3", "h4", "h5", "h6" -> out.add(BlockKind.HEADING, child.text());
        case "figcaption" -> out.add(BlockKind.CAPTION, child.text());
        case "h1", "img", "picture", "video", "audio", "table", "time" -> {
          // the title is metadata; media carry no text; tables are not prose
        }
        default -> {
          if (child.children().isEmpty() || holdsOnlyInlineText(child)) {
            out.add(BlockKind.BODY, child.text());
          } else {
            pending.push(child.children().iterator());
          }
        }
      }
    }
  }

  /** Returns true for a container of running text without paragraphs, such as text with br. */
  private static boolean holdsOnlyInlineText(Element element) {
    return element.hasText()
        && !element.ownText().isBlank()
        && element.children().stream().allMatch(c -> INLINE.contains(c.tagName()));
  }

  /** Adds the blocks of an HTML fragment, such as a feed item's content. */
  static void collectFragment(String html, BlockText out) {
    Element body = Jsoup.parseBodyFragment(html).body();
    dropBoilerplate(body);
    if (body.select("p, h2, h3, h4, figcaption, li").isEmpty()) {
      out.addPlainParagraphs(body.wholeText().isBlank() ? body.text() : body.wholeText());
    } else {
      collect(body, out);
    }
  }
}
