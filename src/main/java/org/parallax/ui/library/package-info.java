/**
 * The library feature: search with facets, import and paste, and the article and related-reports
 * tabs. Its actions fill the File and Edit menus and take dropped files.
 */
package org.parallax.ui.library;
