package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.parallax.model.ParallaxVersion;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command and its sub-commands. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    versionProvider = ParallaxCommand.Version.class,
    description = "Compare news reports claim by claim. Run with no command to open the workbench.",
    subcommands = {
      CommandLine.HelpCommand.class,
      IngestCommand.class,
      ListCommand.class,
      DeleteCommand.class,
      StatsCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      RelatedCommand.class,
      CompareCommand.class,
      SimilarityCommand.class,
      AnnotateCommand.class,
      AnnotationsCommand.class,
      CorrectCommand.class,
      CorrectionsCommand.class,
      CalibrateCommand.class,
      ScanCommand.class,
      EventsCommand.class,
      WatchCommand.class,
      IndexCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 the command ran but something failed, 2 bad usage.",
      "Workspace: --workspace DIR, else $PARALLAX_WORKSPACE, else the folder",
      "~/.parallax/workspace. Only ingest creates a workspace.",
      "Help on a command: parallax help COMMAND, or parallax COMMAND --help."
    })
public final class ParallaxCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and returns the exit code.
   *
   * @param args the arguments after {@code parallax}
   */
  public static int run(String... args) {
    CommandLine commandLine = commandLine();
    return commandLine.execute(args);
  }

  /**
   * Prints why Parallax cannot start, on standard error as the commands print their errors, and
   * returns the exit code 1; for the launcher, which has no terminal output of its own.
   *
   * @param reason what is wrong and what to do
   */
  public static int refuse(String reason) {
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    err.println("parallax: " + reason);
    return 1;
  }

  /** Returns the configured command line, with UTF-8 output and errors on standard error. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new ParallaxCommand());
    commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    commandLine.setExecutionExceptionHandler(new ErrorReporter());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    addHelpOptions(commandLine);
    return commandLine;
  }

  /**
   * Gives every sub-command {@code -h/--help} (and {@code -V/--version}), which picocli checks
   * before required parameters, so help works on a command however it is otherwise called.
   */
  private static void addHelpOptions(CommandLine commandLine) {
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
        sub.getCommandSpec().mixinStandardHelpOptions(true);
      }
      addHelpOptions(sub);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Supplies {@code --version} from the build's stamp. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Parallax " + ParallaxVersion.get()};
    }
  }
}
