package org.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax evaluate}: measures Parallax on public gold data (for developers). */
@Command(
    name = "evaluate",
    hidden = true,
    description = "Measure Parallax on the public gold data in ../shared/data.",
    subcommands = {EvaluateRelatedCommand.class, EvaluateEventsCommand.class})
final class EvaluateCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
