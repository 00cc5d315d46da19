package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tasks found in the prose of the minutes, not only in an action items list (invented notes). */
class ActionItemsInProseTest {
  private static List<String> actions(String markdown) {
    return Notes.parse("2031-02-03.md", markdown, new io.notegraph.diag.Diagnostics())
        .actionItems()
        .stream()
        .map(a -> String.join("+", Notes.names(a.agents())) + " | " + a.task())
        .toList();
  }

  private static final String TRIAGE =
      """
      # Gadget triage 2031-02-03

      ## Attendance
      * Members: wrenfield, tamsin-q, Odalys

      ## Nominated issues
      ### "Pool leaks on shutdown" gadget#20

      * wrenfield: I'll write a comment asking for a smaller reproduction. Not urgent.
      * tamsin-q: I'll say it again, this is not a blocker.
      * wrenfield: Action item for tamsin-q to bisect the regression.

      ### "Sprocket naming" gadget#21

      We could not tell what this was nominated for. Odalys to unnominate it and ask the author.

      tamsin-q: fine by me, and I think so too.
      tamsin-q: also fine.
      """;

  @Test
  void aSpeakersOwnCommitmentIsTheirTask() {
    assertThat(actions(TRIAGE))
        .contains("wrenfield | write a comment asking for a smaller reproduction");
  }

  @Test
  void speechIsNoTask() {
    assertThat(actions(TRIAGE)).noneMatch(a -> a.contains("say it again"));
  }

  @Test
  void anActionItemForSomeoneNamesTheAgentInsideTheLine() {
    assertThat(actions(TRIAGE)).contains("tamsin-q | bisect the regression.");
  }

  @Test
  void aLaterSentenceGivingSomeoneATaskIsOne() {
    assertThat(actions(TRIAGE)).contains("Odalys | unnominate it and ask the author.");
  }

  @Test
  void linesUnderANextStepsCaptionAreTasksWithoutAnAgent() {
    assertThat(
            actions(
                """
        # Lumen sync 2031-02-03

        ## Snapshot loader

        The loader works on x86.

        Next steps:
        	ARM support
        	Loader metrics in the dashboard
        """))
        .containsExactly(" | ARM support", " | Loader metrics in the dashboard");
  }

  @Test
  void aRawIssueLinkInATaskReadsAsItsShortReference() {
    assertThat(
            actions(
                """
        # Gadget triage 2031-02-03

        ## Action items
        - Odalys to comment on https://github.com/gadget-org/gadget/pull/77
        """))
        .containsExactly("Odalys | comment on gadget#77");
  }
}
