package io.notegraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Projects and organizations no gazetteer lists, found by their evidence in the text. */
class UnseenNameRulesTest {
  private static final Recognizer RECOGNIZER = Recognizer.builder().withoutModel().build();

  private static List<String> find(String text) {
    return RECOGNIZER.find(Notes.doc(text), Notes.prose(text)).stream()
        .filter(m -> m.type() != EntityType.PERSON)
        .map(m -> m.type() + ":" + m.text())
        .toList();
  }

  @Test
  void aRepositoryLinkNamesTheProjectAndItsOrganization() {
    assertThat(
            find("Brindlework by Quillhaven is at https://github.com/Quillhaven/brindlework now."))
        .contains("PROJECT:Brindlework", "ORGANIZATION:Quillhaven");
  }

  @Test
  void capitalisedWordsEndingInALegalOrInstitutionalWordAreAnOrganization() {
    assertThat(find("Chiara said she works at Lantern Labs these days."))
        .contains("ORGANIZATION:Lantern Labs");
    assertThat(find("Ask the Quillhaven Foundation board about it."))
        .contains("ORGANIZATION:Quillhaven Foundation");
    assertThat(find("Our labs are open to everyone.")).isEmpty();
  }

  @Test
  void theLinkItselfIsNoMention() {
    assertThat(find("see github.com/quillhaven/brindlework")).isEmpty();
  }

  @Test
  void aNameBeforeAVersionIsAProject() {
    assertThat(find("We moved to Brindlework v1.4 last month."))
        .containsExactly("VERSION:Brindlework v1.4");
  }

  @Test
  void theXProjectIsAProject() {
    assertThat(find("Ilse maintains the Brindlework operator for us."))
        .containsExactly("PROJECT:Brindlework");
    assertThat(find("We talked about the new project today.")).isEmpty();
  }

  @Test
  void aCodeSpanNextToASoftwareWordIsAProject() {
    assertThat(find("Install the `brindlework` tool first."))
        .containsExactly("PROJECT:brindlework");
    assertThat(find("Set `enabled` in the file.")).isEmpty();
  }

  @Test
  void typeAndFunctionShapedCodeSpansAreNoProjects() {
    assertThat(find("The tarn crate exports `FrostLedger` and `merge_ledgers` for us.")).isEmpty();
    assertThat(find("Declare `Quill` in some crate and use `usize` in the package.")).isEmpty();
  }

  @Test
  void aSoftwareWordMustStandNextToTheCodeSpan() {
    assertThat(find("We reserved `fenwick` as a name; no real energy to pursue that crate."))
        .isEmpty();
    assertThat(find("Simplify it by dropping the `fenwick` crate."))
        .containsExactly("PROJECT:fenwick");
  }

  @Test
  void anIssueOrProposalRepositoryIsNoProject() {
    assertThat(find("[Tidy paths (quillorg/rfcs#31)](https://github.com/quillorg/rfcs/issues/31)"))
        .isEmpty();
    assertThat(find("See brindlework#12 at https://github.com/quillorg/brindlework/pull/12 today."))
        .isEmpty();
  }

  @Test
  void aTeamOrBoardNamedAfterAProjectIsNoProject() {
    assertThat(find("Ilse introduced the Brindle project group.")).isEmpty();
    assertThat(find("Track it on the Tarnish Project Board.")).isEmpty();
  }
}
