package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkupDepthTest {

  @Test
  void countsNestingOfOrdinaryPage() {
    String page =
        "<html><head><meta charset=utf-8><title>T</title></head><body><div><article><p>One<br>"
            + "<p>Two<img src=x></article></div></body></html>";
    assertThat(MarkupDepth.estimate(page)).isEqualTo(4);
  }

  @Test
  void refusesPageNestedTensOfThousandsDeep() {
    String page =
        "<!doctype html><html><body>" + "<div>".repeat(30_000) + "text" + "</div>".repeat(30_000);
    assertThatThrownBy(
            () ->
                ArticleReaders.standard().read("deep.html", page.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("deep.html")
        .hasMessageContaining("levels deep");
  }
}
