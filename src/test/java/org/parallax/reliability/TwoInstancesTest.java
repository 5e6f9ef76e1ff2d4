package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.workspace.IngestProgress;
import org.parallax.workspace.Workspace;
import org.parallax.workspace.WorkspaceLockedException;

/** A second process on the same workspace is told clearly, and nothing is corrupted. */
class TwoInstancesTest {

  @TempDir Path folder;

  @Test
  void secondInstanceIsToldAndWorkspaceStaysIntact() throws Exception {
    Path workspace = folder.resolve("ws");
    Path article = folder.resolve("a.txt");
    java.nio.file.Files.writeString(
        article, "Officials said the bridge will reopen on Friday after repairs.\n");
    try (Workspace first = Workspace.open(workspace)) {
      first.ingest(List.of(article), IngestProgress.NONE, () -> false);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process holder =
        new ProcessBuilder(
                java,
                "-Dparallax.logdir=" + workspace.resolve("logs"),
                "-cp",
                System.getProperty("java.class.path"),
                HoldWorkspaceChild.class.getName(),
                workspace.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("open 1");
      assertThatThrownBy(() -> Workspace.open(workspace))
          .isInstanceOf(WorkspaceLockedException.class)
          .hasMessageContaining(workspace.toString())
          .hasMessageContaining("in use by another Parallax");
    } finally {
      holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    try (Workspace reopened = Workspace.open(workspace)) {
      assertThat(reopened.size()).isEqualTo(1);
    }
  }
}
