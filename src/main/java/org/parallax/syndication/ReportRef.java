package org.parallax.syndication;

import org.parallax.model.Article;

/**
 * An article as scan and event results name it.
 *
 * @param id the story id
 * @param outlet its outlet, null when unknown
 * @param title its title, null when unknown
 * @param published ISO-8601 publication time or date, null when unknown
 * @param headline what to call it in a list: its title, or for an untitled report the opening of
 *     its text (see {@link EventGrouping#headline}); null in results saved before it existed
 */
public record ReportRef(String id, String outlet, String title, String published, String headline) {

  /** Returns the reference of an article. */
  public static ReportRef of(Article article) {
    return new ReportRef(
        article.id().value(),
        article.outlet(),
        article.title(),
        article.published() == null ? null : article.published().toIso(),
        EventGrouping.headline(article));
  }

  /** Returns the headline, else the title, else null. */
  public String displayName() {
    return headline != null ? headline : title;
  }
}
