package io.notegraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Running notes call people by short forms the attendee list never writes: initials ("AFG", "FZB"
 * for a hyphenated given name) and the last word of a name written surname first ("Minh" for Tran
 * Minh). Each names the one person at the meeting it fits, and makes no person of its own.
 */
class ShortFormsOfNamesTest {
  private static final String NOTE =
      """
      # Gadget SIG — meeting notes

      ## 2031-03-05

      ### Attendees

      - [x] Amaru Felipe Guzmán (Brightwell)
      - [x] Fadila-Zahra Bouzid (Arbor Cloud)
      - [x] Tran Minh
      - [x] Seo Ji-ho

      ### Agenda

      1. [AFG] Sampling defaults for the 2.0 line
      2. [FZB] Flaky exporter tests
      3. Shader cache rework — Minh
      4. Offline mode — Ji-ho

      ### Notes

      - **Action:** AFG to open the tracking issue.
      - **Action:** FZB + AFG to write the missing tests.
      """;

  @Test
  void initialsAndALastGivenNameResolveToThePeopleTheyShortenAndNoOneElse() {
    assertThat(
            FictionalNoteLinker.people(FictionalNoteLinker.link("gadget-sig/2031-03-05.md", NOTE)))
        .containsExactly(
            "person/amaru-felipe-guzman",
            "person/fadila-zahra-bouzid",
            "person/seo-ji-ho",
            "person/tran-minh");
  }
}
