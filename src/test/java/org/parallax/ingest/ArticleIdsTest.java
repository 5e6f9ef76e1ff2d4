package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleId;
import org.parallax.model.Published;

class ArticleIdsTest {

  private static final Published MARCH_9 = Published.parseIso("2026-03-09");

  @Test
  void normalisesSchemeHostTrackingParametersFragmentAndTrailingSlash() {
    assertThat(
            ArticleIds.normaliseUrl(
                "HTTPS://WWW.Example.com:443/world/story/?utm_source=x&b=2&a=1#top"))
        .isEqualTo("example.com/world/story?a=1&b=2");
  }

  @Test
  void givesTheSameIdToTheSameUrlWhateverTheTextOrTitle() {
    ArticleId first =
        ArticleIds.of(
            "https://example.com/a?utm_medium=rss", null, "X", "Old title", MARCH_9, "old text");
    ArticleId second =
        ArticleIds.of("http://www.example.com/a/", "guid-2", "X", "New title", null, "new text");
    assertThat(first).isEqualTo(second);
  }

  @Test
  void usesTheGuidWhenThereIsNoUrl() {
    assertThat(ArticleIds.of(null, "urn:newsml:x:1", "X", "One", MARCH_9, "a"))
        .isEqualTo(ArticleIds.of(null, "urn:newsml:x:1", "Y", "Two", null, "b"));
  }

  @Test
  void usesOutletTitleAndDateWhenThereIsNeitherUrlNorGuid() {
    ArticleId updated =
        ArticleIds.of(
            null, null, "Reuters", "Mali deal", Published.parseIso("2026-03-09T18:00Z"), "v2");
    assertThat(ArticleIds.of(null, null, "Reuters", "Mali  Deal", MARCH_9, "v1"))
        .isEqualTo(updated);
  }

  @Test
  void usesTheOpeningWordsOfTheBodyWhenThereIsNoTitle() {
    String body =
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
            + " fifteen sixteen seventeen eighteen nineteen twenty";
    assertThat(
            ArticleIds.of(null, null, "Reuters", null, MARCH_9, body + " and a later correction"))
        .isEqualTo(ArticleIds.of(null, null, "Reuters", null, MARCH_9, body + " as first sent"))
        .isNotEqualTo(ArticleIds.of(null, null, "AFP", null, MARCH_9, body));
  }

  @Test
  void makesShortIdsSafeInFileNames() {
    assertThat(ArticleIds.of("https://example.com/a", null, null, null, null, "").value())
        .matches("[0-9a-f]{16}");
  }
}
