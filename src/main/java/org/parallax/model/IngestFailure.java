package org.parallax.model;

/**
 * A file that could not be ingested, and why.
 *
 * @param path the file as the user named it
 * @param reason what was wrong and, where possible, what to do, in words a person can act on
 */
public record IngestFailure(String path, String reason) {}
