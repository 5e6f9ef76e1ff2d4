package org.parallax.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of Parallax that is running, as the build stamped it. */
public final class ParallaxVersion {

  private static final String VERSION = load();

  private ParallaxVersion() {}

  /** Returns the version, such as {@code 0.1.0-SNAPSHOT}. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in =
        ParallaxVersion.class.getResourceAsStream("/parallax-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the version resource", e);
    }
  }
}
