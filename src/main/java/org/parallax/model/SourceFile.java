package org.parallax.model;

/**
 * Provenance of an article: the file it was read from.
 *
 * @param name the file's name as the user had it (no directories)
 * @param sha256 hex SHA-256 of the file's bytes
 * @param format the format it was read as, such as {@code text}, {@code html}, {@code nitf}
 */
public record SourceFile(String name, String sha256, String format) {}
