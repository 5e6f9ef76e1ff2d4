package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLocationTest {

  @TempDir Path temp;

  private static Path homeLogs() {
    return Path.of(System.getProperty("user.home"), ".parallax", "logs");
  }

  @Test
  void anExistingWorkspaceKeepsItsOwnLog() throws IOException {
    Path workspace = temp.resolve("ws");
    Files.createDirectories(workspace.resolve("index"));

    assertThat(WorkspaceLocation.logFolderFor(workspace, false))
        .isEqualTo(workspace.resolve("logs"));
  }

  @Test
  void aMistypedWorkspaceLogsInTheHomeFolderSoNothingIsCreatedThere() {
    assertThat(WorkspaceLocation.logFolderFor(temp.resolve("typo"), false)).isEqualTo(homeLogs());
  }

  @Test
  void anIngestLogsInTheWorkspaceItWillCreate() {
    Path fresh = temp.resolve("fresh");

    assertThat(WorkspaceLocation.logFolderFor(fresh, true)).isEqualTo(fresh.resolve("logs"));
  }

  @Test
  void aWorkspaceUnderAFileCannotHoldTheLog() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.txt"), "x");

    assertThat(WorkspaceLocation.logFolderFor(file.resolve("ws"), true)).isEqualTo(homeLogs());
    assertThat(WorkspaceLocation.logFolderFor(file, true)).isEqualTo(homeLogs());
  }
}
