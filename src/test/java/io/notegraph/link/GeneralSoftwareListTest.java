package io.notegraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The curated list of widely used software outside the CNCF landscape names the tools a language
 * team's or a distribution's notes take for granted (bug trackers, bots, code generators).
 */
class GeneralSoftwareListTest {
  private static SortedSet<String> projects(LinkedCorpus c) {
    SortedSet<String> out = new TreeSet<>();
    for (LinkedNote n : c.notes()) {
      n.entityByRange().values().stream().filter(id -> id.startsWith("project/")).forEach(out::add);
    }
    return out;
  }

  @Test
  void toolsOfALanguageTeamAndADistributionAreProjects() {
    var c =
        FictionalNoteLinker.link(
            """
            # Widget lang team 2031-03-03

            Attendees: Ana Ruiz, Bo Lindgren

            ## Triage

            - rfcbot started the FCP; rustdoc shows the new lint.
            - The bug is in Bugzilla; bindgen and OpenSSH need a fix.
            """);
    assertThat(projects(c))
        .contains(
            "project/rfcbot",
            "project/rustdoc",
            "project/bugzilla",
            "project/rust-bindgen",
            "project/openssh");
  }
}
