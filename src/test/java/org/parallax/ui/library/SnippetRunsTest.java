package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetRunsTest {

  @Test
  void splitsMatchedWordsIntoBoldRuns() {
    assertThat(SnippetRuns.parse("US nears <b>drone</b> deal"))
        .containsExactly(
            new SnippetRuns.Run("US nears ", false),
            new SnippetRuns.Run("drone", true),
            new SnippetRuns.Run(" deal", false));
  }

  @Test
  void unescapesEverythingElseAsPlainText() {
    assertThat(SnippetRuns.parse("a &lt;i&gt; &amp; &quot;b&quot;"))
        .containsExactly(new SnippetRuns.Run("a <i> & \"b\"", false));
  }

  @Test
  void decodesNumericEntities() {
    assertThat(SnippetRuns.parse("REUTERS&#x2f;Amadou &#39;K&#39;"))
        .containsExactly(new SnippetRuns.Run("REUTERS/Amadou 'K'", false));
  }
}
