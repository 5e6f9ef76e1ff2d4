package org.parallax.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the {@code parallax} command line with its output captured.
 *
 * @param exitCode the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(String... args) {
    CommandLine commandLine = ParallaxCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CommandRun(exitCode, out.toString(), err.toString());
  }

  /** Runs the command line with {@code --workspace workspace} added after {@code args}. */
  static CommandRun in(java.nio.file.Path workspace, String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--workspace";
    all[args.length + 1] = workspace.toString();
    return of(all);
  }
}
