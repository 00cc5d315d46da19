package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
  private static final String NOTE =
      """
      ---
      title: "Sprocket WG sync"
      date: 2031-07-01
      tags: [sprocket, wg]
      attendees:
        - Ines Haddad
        - Antoine du Hamel
        - kvoss
      ---

      ## Roadmap
      """;

  @Test
  void yamlValuesAreReadAsText() {
    FrontMatter fm = FrontMatter.of(NOTE);
    assertThat(fm.values())
        .containsEntry("title", "Sprocket WG sync")
        .containsEntry("date", "2031-07-01")
        .containsEntry("tags", "sprocket, wg")
        .containsEntry("attendees", "Ines Haddad, Antoine du Hamel, kvoss");
    assertThat(fm.maskedText().lines().count()).isEqualTo(NOTE.lines().count());
    assertThat(fm.maskedText()).doesNotContain("title");
  }

  @Test
  void titleDateAndAttendeesComeFromTheFrontMatter() {
    MeetingNote n = Notes.parse("sync.md", NOTE, new Diagnostics());
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2031, 7, 1));
    assertThat(n.series()).isEqualTo("Sprocket WG sync Meeting");
    assertThat(Notes.names(n.attendees()))
        .containsExactly("Ines Haddad", "Antoine du Hamel", "kvoss");
    assertThat(n.attendees().get(1).range().line()).isEqualTo(7);
  }

  @Test
  void brokenYamlStillGivesItsTitle() {
    FrontMatter fm = FrontMatter.of("---\ntitle: Gadget call\nbad: [unclosed\n---\n# x\n");
    assertThat(fm.values()).containsEntry("title", "Gadget call");
  }
}
