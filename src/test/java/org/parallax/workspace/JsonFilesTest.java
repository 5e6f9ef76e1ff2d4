package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.syndication.ScanResults;
import org.parallax.syndication.SyndicationScan;

class JsonFilesTest {

  @TempDir Path folder;

  @Test
  void aDamagedResultsFileIsNamedWithWhatToDo() throws IOException {
    Path file = folder.resolve("scan").resolve("results.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"scannedAt\": \"2026-11-22T10:00:00Z\", \"pairs\": [");

    assertThatThrownBy(() -> SyndicationScan.load(folder))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is damaged")
        .hasMessageContaining("run the scan or grouping again");
  }

  @Test
  void savedResultsReadBackEqual() throws IOException {
    ScanResults results =
        new ScanResults("2026-11-22T10:00:00Z", null, 3, 1, 1, 12, List.of(), false, 0, 0);
    Path file = folder.resolve("results.json");

    JsonFiles.writeAtomically(file, results);

    assertThat(JsonFiles.read(file, ScanResults.class)).contains(results);
    try (var left = Files.list(folder)) {
      assertThat(left).containsExactly(file);
    }
  }

  @Test
  void savingRemovesThePartialFileAnInterruptedSaveLeft() throws IOException {
    Path file = folder.resolve("results.json");
    Path leftover = folder.resolve("results.json123.partial");
    Files.writeString(leftover, "{");

    JsonFiles.writeAtomically(file, List.of("one"));

    assertThat(leftover).doesNotExist();
    assertThat(file).exists();
  }
}
