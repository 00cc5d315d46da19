package io.notegraph.diag;

/** How serious a reported problem is. {@code --strict} promotes warnings to errors. */
public enum Severity {
  /** Information worth a look (a name left unresolved); shown with --verbose, never fatal. */
  NOTE,
  /** Worth telling the user; the fact was still extracted (perhaps repaired or guessed). */
  WARNING,
  /** The input (or part of it) could not be used; the user must act. */
  ERROR
}
