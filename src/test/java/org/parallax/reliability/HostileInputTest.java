package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile input is ingested or rejected with a reason: no crash, no hang, no local file's
 * content in any article, no request to a server. The short run is part of {@code mvn verify}; the
 * long run (10,000 inputs and a 200 MB file) is tagged {@code long}.
 */
class HostileInputTest {

  /** Replay a failing run with {@code -Dparallax.seed=N}. */
  private static final long SEED = Long.getLong("parallax.seed", 20261122L);

  @TempDir Path folder;

  @Test
  void shortRunSurvivesEveryHostileInput() throws IOException {
    HostileInputHarness.Report report = run(SEED, 320, 0);
    assertSurvived(report);
  }

  @Test
  @Tag("long")
  void longRunSurvivesTenThousandHostileInputs() throws IOException {
    HostileInputHarness.Report report = run(SEED, 10_000, 200);
    assertSurvived(report);
  }

  private HostileInputHarness.Report run(long seed, int count, int hugeMegabytes)
      throws IOException {
    try (HostileInputHarness harness = new HostileInputHarness()) {
      HostileInputs generator = new HostileInputs(folder, seed, harness.serverUrl());
      List<HostileInputs.Input> inputs = new ArrayList<>(generator.generate(count));
      inputs.add(generator.huge(hugeMegabytes > 0 ? hugeMegabytes : 60));
      HostileInputHarness.Report report = harness.run(seed, inputs);
      System.err.println(report.summary());
      return report;
    }
  }

  private static void assertSurvived(HostileInputHarness.Report report) {
    assertThat(report.crashes()).as(report.summary()).isEmpty();
    assertThat(report.hangs()).as(report.summary()).isEmpty();
    assertThat(report.leaks()).as(report.summary()).isEmpty();
    assertThat(report.serverRequests()).as(report.summary()).isZero();
    assertThat(report.unclearReasons()).as(report.summary()).isEmpty();
    assertThat(report.ingested() + report.rejected()).isEqualTo(report.tried());
  }
}
