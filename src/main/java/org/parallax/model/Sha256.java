package org.parallax.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The lower-case hex SHA-256 that names a file's bytes ({@link SourceFile#sha256()}), an article
 * version's text ({@link Article#contentHash()}) and the workspace's saved files.
 */
public final class Sha256 {

  private Sha256() {}

  /** Returns the hex SHA-256 of {@code bytes}. */
  public static String of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      // The Java platform requires SHA-256 of every implementation.
      throw new IllegalStateException("this Java runtime has no SHA-256", e);
    }
  }

  /** Returns the hex SHA-256 of {@code text} encoded as UTF-8. */
  public static String of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }
}
