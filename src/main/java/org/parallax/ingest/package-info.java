/**
 * Readers that turn files of every supported format into {@link org.parallax.model.Article}s.
 *
 * <p>{@link org.parallax.ingest.ArticleReaders} is the entry point: it refuses empty, oversized and
 * binary files, detects the format from the content (not only the extension) and hands the file to
 * one reader per format: plain text, HTML pages, RSS/Atom feeds, IPTC NITF, IPTC NewsML-G2, JSON /
 * JSON Lines and PDF ({@code docs/formats.md} describes each). A reader never stores anything: it
 * returns articles or throws an {@link org.parallax.ingest.IngestException} naming the file and the
 * problem in words a person can act on. Untrusted XML is parsed with DTDs and external entities off
 * and entity expansion bounded. Readers hold no state, so one instance may serve many threads.
 */
package org.parallax.ingest;
