/** Annotations on articles, stored as W3C Web Annotation JSON-LD in the workspace. */
package org.parallax.annotate;
