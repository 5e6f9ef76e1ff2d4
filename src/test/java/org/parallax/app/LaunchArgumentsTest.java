package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The window takes --workspace and --index; anything else names a command. */
class LaunchArgumentsTest {

  @Test
  void theWindowOpensWithAWorkspaceAndAnArchive() {
    String[] args = {"--workspace", "/tmp/ws", "--index=solr:http://h:8983/solr/articles"};
    assertThat(LaunchArguments.opensWindow(args)).isTrue();
    assertThat(LaunchArguments.workspaceOption(args)).isEqualTo("/tmp/ws");
    assertThat(LaunchArguments.indexOption(args)).isEqualTo("solr:http://h:8983/solr/articles");
  }

  @Test
  void aCommandWithAnIndexIsNoWindow() {
    String[] args = {"search", "Mali", "--index", "solr:http://h:8983/solr/articles"};
    assertThat(LaunchArguments.opensWindow(args)).isFalse();
    assertThat(LaunchArguments.indexOption(args)).isEqualTo("solr:http://h:8983/solr/articles");
  }

  @Test
  void withoutIndexTheWorkspaceRemembersItsOwn() {
    assertThat(LaunchArguments.indexOption(new String[] {"--workspace", "/tmp/ws"})).isNull();
  }
}
