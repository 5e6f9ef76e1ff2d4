package org.parallax.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchiveCredentialsTest {

  private static final ArchiveCredentials FROM_SETTINGS = new ArchiveCredentials("desk", "pw1");

  @Test
  void theEnvironmentComesBeforeTheSettings() {
    ArchiveCredentials chosen =
        ArchiveCredentials.fromEnvironment(
            Map.of("PARALLAX_SOLR_USER", "ana", "PARALLAX_SOLR_PASSWORD", "pw2"), FROM_SETTINGS);

    assertThat(chosen).isEqualTo(new ArchiveCredentials("ana", "pw2"));
  }

  @Test
  void withoutAUserInTheEnvironmentTheSettingsGiveThem() {
    assertThat(
            ArchiveCredentials.fromEnvironment(
                Map.of("PARALLAX_SOLR_PASSWORD", "x"), FROM_SETTINGS))
        .isSameAs(FROM_SETTINGS);
  }

  @Test
  void itsTextNeverShowsThePassword() {
    assertThat(FROM_SETTINGS.toString()).contains("desk").doesNotContain("pw1");
    assertThat(ArchiveCredentials.NONE.isPresent()).isFalse();
  }
}
