package io.notegraph.viz;

/**
 * The kinds of edge the view shows; {@link #TALKS_ABOUT} is derived, the rest are in the graph.
 * Immutable.
 */
public enum EdgeKind {
  /** person -> meeting ({@code schema:attendee}). */
  ATTENDED("attended"),
  /** person -> talk ({@code schema:performer}). */
  PRESENTED("presented"),
  /** talk -> meeting ({@code schema:superEvent}). */
  PART_OF("part-of"),
  /** talk -> project ({@code schema:about}). */
  ABOUT("about"),
  /** person -> organization ({@code schema:affiliation}). */
  AFFILIATION("affiliation"),
  /**
   * person, project or organization -> meeting whose notes mention it ({@code schema:mentions}).
   */
  MENTIONED_IN("mentioned-in"),
  /** person -> project: the person presented talks about the project; weight = number of talks. */
  TALKS_ABOUT("talks-about");

  private final String key;

  EdgeKind(String key) {
    this.key = key;
  }

  /** Lower-case name used in JSON, CSS classes and export labels. */
  public String key() {
    return key;
  }

  /** Whether the edge is derived from other edges (shown only in the person-project view). */
  public boolean derived() {
    return this == TALKS_ABOUT;
  }
}
