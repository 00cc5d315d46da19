package io.notegraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotesServletTest {
  @Test
  void eachLineOfTheNoteHasItsOwnAnchorAndTheTextIsEscaped() {
    String page = NotesServlet.page("club/2031-01-01.md", "# Club <b>\nAttendees: Zora Quill\n");

    assertThat(page)
        .contains("<title>club/2031-01-01.md</title>")
        .contains("id=\"L1\" href=\"#L1\"><span>1</span># Club &lt;b&gt;</a>")
        .contains("id=\"L2\" href=\"#L2\"><span>2</span>Attendees: Zora Quill</a>")
        .doesNotContain("id=\"L3\"");
  }
}
