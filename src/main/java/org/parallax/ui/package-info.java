/**
 * The JavaFX workbench window. The only package that imports JavaFX; each screen is a View and a
 * ViewModel, and ViewModels are testable without a running toolkit.
 */
package org.parallax.ui;
