package org.parallax.ingest;

/**
 * A file handed to the readers: its name, bytes, decoded text and hash.
 *
 * @param name the file's name as the user had it
 * @param bytes its content, never modified
 * @param text the content decoded as text (BOM removed); meaningless for binary formats
 * @param sha256 hex SHA-256 of the bytes
 */
record RawFile(String name, byte[] bytes, String text, String sha256) {

  /** Returns the first {@code limit} chars of the text, for format sniffing. */
  String head(int limit) {
    return text.length() <= limit ? text : text.substring(0, limit);
  }
}
