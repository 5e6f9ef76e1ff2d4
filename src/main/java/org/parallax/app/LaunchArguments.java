package org.parallax.app;

import java.util.List;

/**
 * Reads the few facts the launcher needs from the arguments before the command line parses them.
 */
final class LaunchArguments {

  private LaunchArguments() {}

  /** Returns the value of {@code --workspace} (or {@code --workspace=DIR}), or null. */
  static String workspaceOption(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--workspace") && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--workspace=")) {
        return args[i].substring("--workspace=".length());
      }
    }
    return null;
  }

  /** Returns true when the arguments name no command, so the window should open. */
  static boolean opensWindow(String[] args) {
    List<String> rest = new java.util.ArrayList<>(List.of(args));
    int at = rest.indexOf("--workspace");
    if (at >= 0) {
      rest.subList(at, Math.min(at + 2, rest.size())).clear();
    }
    rest.removeIf(a -> a.startsWith("--workspace="));
    return rest.isEmpty();
  }

  /** Returns true when the command creates a missing workspace ({@code ingest}). */
  static boolean createsWorkspace(String[] args) {
    return args.length > 0 && args[0].equals("ingest");
  }
}
