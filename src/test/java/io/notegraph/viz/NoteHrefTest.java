package io.notegraph.viz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteHrefTest {
  @Test
  void sourceLinksArePointedWhereTheNotesAreAndKeepTheirLineAnchor() {
    assertThat(HtmlPage.noteHref("club/2031-01-01.md#L6", p -> "/notes/" + p))
        .isEqualTo("/notes/club/2031-01-01.md#L6");
    assertThat(HtmlPage.noteHref("club/2031-01-01.md", p -> "../notes/" + p))
        .isEqualTo("../notes/club/2031-01-01.md");
  }

  @Test
  void linksWithASchemeAreLeftAlone() {
    assertThat(HtmlPage.noteHref("https://example.org/v?t=1#x", p -> "/notes/" + p))
        .isEqualTo("https://example.org/v?t=1#x");
  }
}
