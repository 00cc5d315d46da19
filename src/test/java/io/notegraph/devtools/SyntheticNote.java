package io.notegraph.devtools;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated note and what its structure is meant to say, so tests can compare the parser's
 * reading with the generator's intent.
 *
 * @param name file name ({@code YYYY-MM-DD.md}, the meeting date)
 * @param text the Markdown
 * @param style which of the two corpus styles it imitates
 * @param sectionTitles agenda section titles in order, as the parser should read them
 * @param presenters presenter names per section, as written (aliases included)
 * @param declaredAttendees the declared attendee count, or null when the note declares none
 */
public record SyntheticNote(
    String name,
    String text,
    Style style,
    List<String> sectionTitles,
    List<List<String>> presenters,
    Integer declaredAttendees) {
  public SyntheticNote {
    sectionTitles = List.copyOf(sectionTitles);
    presenters = presenters.stream().map(List::copyOf).toList();
  }

  /** UTF-8 size in bytes. */
  public int bytes() {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The two note styles of the Podman corpus. */
  public enum Style {
    /** "Podman Community Meeting": {@code ## Title / ### Presenter / #### (m:ss in the video)}. */
    COMMUNITY,
    /** "Cabal": inline attendees, {@code ### Title (m:ss in the video) - Presenter}. */
    CABAL
  }
}
