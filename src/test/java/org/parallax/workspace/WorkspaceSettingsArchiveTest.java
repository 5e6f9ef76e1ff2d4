package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.index.ArchiveCredentials;

/** The workspace settings remember the library and keep the archive credentials written by hand. */
class WorkspaceSettingsArchiveTest {

  @TempDir Path folder;

  @Test
  void savingOtherSettingsKeepsTheHandWrittenCredentialsAndTheLibrary() throws Exception {
    Files.writeString(
        folder.resolve(WorkspaceSettings.FILE_NAME),
        "{\"archiveUser\": \"desk\", \"archivePassword\": \"pw\"}",
        StandardCharsets.UTF_8);
    WorkspaceSettings settings = WorkspaceSettings.load(folder);

    settings.setIndex("solr:http://host:8983/solr/articles");
    settings.setAuthor("Ana");

    WorkspaceSettings reread = WorkspaceSettings.load(folder);
    assertThat(reread.index()).isEqualTo("solr:http://host:8983/solr/articles");
    assertThat(reread.archiveCredentials()).isEqualTo(new ArchiveCredentials("desk", "pw"));
    assertThat(reread.author()).isEqualTo("Ana");
  }

  @Test
  void aWorkspaceWithNoLibraryInItsSettingsOpensTheEmbeddedIndex() throws Exception {
    try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
      assertThat(workspace.library()).isEqualTo(IndexChoice.EMBEDDED);
      assertThat(workspace.whereArticlesLive()).isEqualTo("embedded index");
    }
    assertThat(WorkspaceSettings.load(folder.resolve("ws")).index()).isEmpty();
  }

  @Test
  void aLibraryTheSettingsCannotNameIsAClearError() throws Exception {
    Path ws = Files.createDirectories(folder.resolve("ws"));
    Files.writeString(
        ws.resolve(WorkspaceSettings.FILE_NAME),
        "{\"index\": \"solr:ftp://host/solr/articles\"}",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Workspace.open(ws).close())
        .hasMessageContaining("the workspace settings name a library")
        .hasMessageContaining("ftp://host/solr");
  }
}
