package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Minutes written as prose (a council's blog post): the people present in one sentence and guests
 * in the next ("X joined us", "Y sat in"); the topics as paragraphs led by a bold title under "We
 * discussed", each brought by whoever "raised" or "walked us through" it.
 */
class ProseMinutesTest {
  private final MeetingNote n = Notes.fixture("council-blog-post.md");

  @Test
  void theSentenceListingMembersAndTheGuestsWhoJoinedAreTheAttendees() {
    assertThat(Notes.names(n.attendees()))
        .containsExactly(
            "Odalys Ferreira-Kahn",
            "Tomás Achterberg",
            "Yuki Sorensen",
            "Priya Natarajan",
            "Ezra Lindqvist");
  }

  @Test
  void boldLedParagraphsUnderWeDiscussedAreTheTalksWithWhoeverRaisedThem() {
    assertThat(n.sections())
        .filteredOn(s -> s.kind() == AgendaSection.SectionKind.TALK)
        .extracting(AgendaSection::title, s -> Notes.names(s.presenters()))
        .containsExactly(
            tuple("The 4.0 schedule", List.of("Tomás")),
            tuple("Packaging handover", List.of("Ezra Lindqvist")),
            tuple("Mentorship cohort", List.of("Yuki")));
  }
}
