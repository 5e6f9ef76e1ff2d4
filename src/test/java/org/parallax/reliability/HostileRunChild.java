package org.parallax.reliability;

import java.nio.file.Path;

/**
 * The separate JVM of the long hostile run, started with a modest {@code -Xmx} so the run proves
 * the readers and the workspace need bounded memory.
 */
public final class HostileRunChild {

  private HostileRunChild() {}

  /**
   * Runs the hostile corpus and prints its summary lines; exits 0 only when every input survived.
   *
   * @param args folder, seed, count, huge file MB, long line MB, whether to add the resource cases
   */
  public static void main(String[] args) throws Exception {
    HostileRun run =
        new HostileRun(
            Long.parseLong(args[1]),
            Integer.parseInt(args[2]),
            Integer.parseInt(args[3]),
            Integer.parseInt(args[4]),
            Boolean.parseBoolean(args[5]));
    int status;
    try {
      HostileRun.Outcome outcome = run.execute(Path.of(args[0]));
      outcome.summaryLines().forEach(System.out::println);
      outcome.problems().forEach(System.out::println);
      status = outcome.survived() ? 0 : 1;
    } catch (OutOfMemoryError e) {
      System.out.println("OutOfMemoryError: " + e.getMessage());
      status = 3;
    }
    System.out.flush();
    System.exit(status);
  }
}
