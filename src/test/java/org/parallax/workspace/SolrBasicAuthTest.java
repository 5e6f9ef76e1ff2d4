package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.LocalSolrCloud;
import org.parallax.testing.SeedFiles;

/**
 * A shared archive behind HTTP basic authentication (Solr's BasicAuthPlugin, every request blocked
 * without credentials): the workspace's settings file gives them; without them the error says what
 * to set, and no message carries the password.
 */
@Tag("cluster")
class SolrBasicAuthTest {

  private static final String USER = "analyst";
  private static final String PASSWORD = "s3cret-Pass";

  private static LocalSolrCloud cloud;
  private static IndexChoice archive;

  @TempDir Path temp;

  @BeforeAll
  static void startCluster() throws Exception {
    cloud = LocalSolrCloud.startWithBasicAuth(2, USER, PASSWORD);
    archive = IndexChoice.parse(cloud.indexOption(cloud.newCollection(2, 1)));
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cloud != null) {
      cloud.close();
    }
  }

  @Test
  void credentialsInTheSettingsFileOpenTheArchive() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("ws"));
    Files.writeString(
        folder.resolve(WorkspaceSettings.FILE_NAME),
        "{\"archiveUser\": \"" + USER + "\", \"archivePassword\": \"" + PASSWORD + "\"}",
        StandardCharsets.UTF_8);

    try (Workspace workspace = Workspace.open(folder, archive)) {
      workspace.ingest(List.of(SeedFiles.reuters()), IngestProgress.NONE, () -> false);
      assertThat(workspace.search(SearchRequest.of("Mali", 10)).total()).isEqualTo(1);
    }
    // Remembering the archive kept the credentials an administrator wrote by hand.
    WorkspaceSettings settings = WorkspaceSettings.load(folder);
    assertThat(settings.index()).isEqualTo(archive.toString());
    assertThat(settings.archiveCredentials().user()).isEqualTo(USER);
    try (Workspace reopened = Workspace.openForReading(folder)) {
      assertThat(reopened.library()).isEqualTo(archive);
      assertThat(reopened.search(SearchRequest.of("Mali", 10)).total()).isEqualTo(1);
    }
  }

  @Test
  void statusAndCreateReadTheCredentialsWhereEveryCommandDoes() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("ws"));
    Files.writeString(
        folder.resolve(WorkspaceSettings.FILE_NAME),
        "{\"archiveUser\": \"" + USER + "\", \"archivePassword\": \"" + PASSWORD + "\"}",
        StandardCharsets.UTF_8);
    IndexChoice another = IndexChoice.parse(cloud.indexOption("more_articles"));
    String collection = archive.solr().collection();

    another.createArchive(folder, 1, 1);

    assertThat(another.archiveStatus(folder).liveNodes()).hasSize(2);
    assertThat(archive.archiveStatus(folder).collection()).isEqualTo(collection);
    assertThatThrownBy(() -> archive.archiveStatus(temp.resolve("no-settings")))
        .hasMessageContaining("needs a user name and password")
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void withoutCredentialsTheErrorSaysWhatToSet() {
    assertThatThrownBy(() -> Workspace.open(temp.resolve("ws"), archive).close())
        .hasMessageContaining("needs a user name and password")
        .hasMessageContaining("PARALLAX_SOLR_USER")
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void aWrongPasswordIsRefusedWithoutRepeatingIt() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("ws"));
    Files.writeString(
        folder.resolve(WorkspaceSettings.FILE_NAME),
        "{\"archiveUser\": \"" + USER + "\", \"archivePassword\": \"wrong-guess\"}",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Workspace.open(folder, archive).close())
        .hasMessageContaining("needs a user name and password")
        .hasMessageNotContaining("wrong-guess");
  }
}
