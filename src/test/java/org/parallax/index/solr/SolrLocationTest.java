package org.parallax.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolrLocationTest {

  @Test
  void readsSeveralNodesAndTheCollection() {
    SolrLocation location =
        SolrLocation.parse("solr:http://a:8983/solr,https://b.example:8983/solr/articles");

    assertThat(location.nodeUrls())
        .containsExactly("http://a:8983/solr", "https://b.example:8983/solr");
    assertThat(location.collection()).isEqualTo("articles");
    assertThat(location)
        .hasToString("solr:http://a:8983/solr,https://b.example:8983/solr/articles");
  }

  @Test
  void refusesAValueWithoutACollection() {
    assertThatThrownBy(() -> SolrLocation.parse("solr:http://a:8983/solr/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names no collection");
  }

  @Test
  void refusesSomethingOtherThanAWebUrl() {
    assertThatThrownBy(() -> SolrLocation.parse("solr:zk1:2181/articles"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'zk1:2181'");
  }

  @Test
  void refusesCredentialsInTheUrl() {
    assertThatThrownBy(() -> SolrLocation.parse("solr:http://ana:secret@a:8983/solr/articles"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credentials")
        .hasMessageNotContaining("secret@");
  }

  @Test
  void tellsACollectionFromAFolder() {
    assertThat(List.of("solr:http://a/solr/x", "/home/ana/index", ""))
        .extracting(SolrLocation::isSolr)
        .containsExactly(true, false, false);
  }
}
