/**
 * The picocli command line. Standard output carries only a command's result; logs and progress go
 * to standard error. Exit codes: 0 success, 1 the command ran but something failed, 2 bad usage.
 */
package org.parallax.cli;
