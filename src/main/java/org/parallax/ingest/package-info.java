/**
 * Readers that turn files of every supported format into {@link org.parallax.model.Article}s.
 *
 * <p>One reader per format; the format is detected from the content, not only the extension. A
 * reader never stores anything: it returns articles or throws an error naming the file and the
 * problem. Untrusted XML is parsed with DTDs and external entities off.
 */
package org.parallax.ingest;
