package org.parallax.cli;

import picocli.CommandLine.Command;

/** {@code parallax evaluate}: measures Parallax on public gold data (for developers). */
@Command(
    name = "evaluate",
    hidden = true,
    description = "Measure Parallax on the public gold data in ../shared/data.",
    subcommands = {EvaluateRelatedCommand.class})
final class EvaluateCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
