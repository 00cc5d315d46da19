package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Owners of agenda items named by the words of their notes (invented notes, fictional people). */
class ItemOwnerTest {
  private static List<String> talks(String markdown) {
    return talks("2031-02-03.md", markdown);
  }

  private static List<String> talks(String fileName, String markdown) {
    return Notes.parse(fileName, markdown, new io.notegraph.diag.Diagnostics()).sections().stream()
        .map(s -> s.title() + " | " + String.join("+", Notes.names(s.presenters())))
        .toList();
  }

  @Test
  void theProposerOfAMotionOwnsTheItem() {
    assertThat(
            talks(
                """
        # Gadget triage 2031-02-03

        ## Proposed FCPs
        ### "Stabilize gadget pools" gadget#12

        - **Link:** https://example.org/gadget/pull/12
        - Tracking comment:
            > Team member @wrenfield has proposed to merge this. The next step is review.

        ### "Drop the old sprocket API" gadget#14

        - **Link:** https://example.org/gadget/issues/14
        - nominated for stabilization by tamsin-q 3 days ago
        """))
        .containsExactly(
            "\"Stabilize gadget pools\" gadget#12 | wrenfield",
            "\"Drop the old sprocket API\" gadget#14 | tamsin-q");
  }

  @Test
  void aSentenceSayingSomeonePresentedNamesThePresenter() {
    assertThat(
            talks(
                """
        # Lumen sync 2031-02-03

        ## Faster cold starts

        Odalys Varga presented the new snapshot loader and its numbers.

        ## Release checklist

        Pell Okonkwo walked us through the remaining blockers.
        """))
        .containsExactly("Faster cold starts | Odalys Varga", "Release checklist | Pell Okonkwo");
  }

  @Test
  void aSentenceThatOnlyMentionsSomeoneNamesNoPresenter() {
    assertThat(
            talks(
                """
        # Lumen sync 2031-02-03

        ## Faster cold starts

        Odalys Varga thinks the loader should wait for the next release.
        We agreed to ask Pell Okonkwo, who presented it last month.
        """))
        .containsExactly("Faster cold starts | ");
  }

  @Test
  void theLongFirstTurnOfADiscussionQuestionIsItsAsker() {
    assertThat(
            talks(
                """
        # Widget roadmap

        ## Theme: fewer sharp edges

        The roadmap text the meeting reads.

        # Discussion notes

        ## Q: Should the themes be ordered?

        brannoc: I read the three themes as a ranking, and I am not sure that is what we mean, so
        could we say so in the introduction?

        quill: Agreed, they are not ordered.

        ## Q: Is the widget cache in scope?

        quill: The cache keeps coming up in every planning round and I would like us to say clearly
        whether it is part of this year's work.

        brannoc: It is not.
        """))
        .contains(
            "Q: Should the themes be ordered? | brannoc",
            "Q: Is the widget cache in scope? | quill");
  }

  @Test
  void whoeverSpeaksFirstOnAnIssueItemIsNotItsOwner() {
    assertThat(
            talks(
                """
        # Gadget triage 2031-02-03

        ## Nominated issues
        ### "Pool leaks on shutdown" gadget#20

        **Link:** https://example.org/gadget/issues/20

        wrenfield: context for everyone, this was filed last week and we still have no owner for the
        fix, so somebody needs to pick it up.

        wrenfield: more discussion here.
        """))
        .noneMatch(t -> t.endsWith("| wrenfield"));
  }

  @Test
  void aDocumentReviewIsOneTalkEvenWhenItsReadersQuestionsNameTheirAskers() {
    // The file names one topic: the document's outline is one talk, whatever heading captions the
    // discussion below it; the questions opened by a reader's turn stay talks of their own, and a
    // proposer quoted in the document's worked example does not make its outline an agenda.
    assertThat(
            talks(
                "2031-02-03-sprocket-pools.md",
                """
        # Sprocket pools

        ## Summary

        Pools keep sprockets warm between calls.

        ## Motivation

        A cold sprocket costs a second on every first call.

        ## Worked example

        > Hello! @wrenfield has proposed to merge this. The next step is review.

        ## Meeting notes

        ### Can pools shrink?

        brannoc: I worry that a pool which only grows will hold memory forever on small machines,
        so can it shrink again when it sits idle?

        quill: Yes, after a minute.

        ### Who owns the pool?

        quill: The runtime or the caller is the question I keep coming back to, because the answer
        changes the whole API and its documentation.

        brannoc: The runtime.
        """))
        .containsExactly(
            "Sprocket pools | ", "Can pools shrink? | brannoc", "Who owns the pool? | quill");
  }
}
