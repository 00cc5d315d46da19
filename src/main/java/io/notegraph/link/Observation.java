package io.notegraph.link;

import io.notegraph.parse.SourceRange;

/**
 * One place a person is named: a structural {@link io.notegraph.parse.NameRef} or a PERSON mention,
 * with what we know about where it stands.
 *
 * @param name the name taken apart
 * @param role what the place says about the person
 * @param meeting the document it stands in (one document, one meeting)
 * @param section the agenda section (1-based), or 0
 * @param range where it stands
 * @param certain false for a statistical model's guess, which may join a known person but never
 *     makes a new one
 * @param key the matching key of {@code name} ({@link PersonName#key()})
 */
record Observation(
    PersonName name,
    Role role,
    String meeting,
    int section,
    SourceRange range,
    boolean certain,
    String key) {
  /**
   * With {@code key} the matching key of {@code name}, computed once: the resolver asks for it
   * several times per observation, and recomputing it was a fifth of the link stage's CPU.
   */
  Observation(
      PersonName name, Role role, String meeting, int section, SourceRange range, boolean certain) {
    this(name, role, meeting, section, range, certain, name.key());
  }

  /** Where a name was seen; attendee lists weigh most in co-occurrence evidence. */
  enum Role {
    LISTED,
    /** Listed in a raw transcript's own attendee header: a second list of the same meeting. */
    HEADER,
    PRESENTER,
    SPEAKER,
    NOTE_TAKER,
    /**
     * Named in a place only people are named, but not shown at the meeting: an {@code @handle}, the
     * owners in parentheses after a title, a list beside a known person. Makes a person; does not
     * put them on the meeting's roster.
     */
    NAMED,
    MENTION;

    boolean structural() {
      return this != MENTION && this != NAMED;
    }
  }

  int line() {
    return range.line();
  }
}
