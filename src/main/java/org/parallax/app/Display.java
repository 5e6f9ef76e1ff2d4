package org.parallax.app;

import java.util.Locale;
import java.util.Map;

/** Tells whether a window can be shown, before JavaFX tries and fails with a stack trace. */
final class Display {

  /** What a person is told when there is none. */
  static final String NONE = "no display: set DISPLAY or use the command line (parallax --help)";

  private Display() {}

  /**
   * Returns true when this process can open a window: always on Windows and macOS, on other systems
   * when an X11 or Wayland display is named, or when JavaFX is told to draw without one (Monocle,
   * as headless tests do).
   *
   * @param osName the {@code os.name} system property
   * @param environment the process environment
   * @param glassPlatform the {@code glass.platform} system property, or null
   */
  static boolean available(String osName, Map<String, String> environment, String glassPlatform) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows") || os.startsWith("mac")) {
      return true;
    }
    if ("monocle".equalsIgnoreCase(glassPlatform)) {
      return true;
    }
    return isSet(environment.get("DISPLAY")) || isSet(environment.get("WAYLAND_DISPLAY"));
  }

  /** Returns whether this process can open a window. */
  static boolean available() {
    return available(
        System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
