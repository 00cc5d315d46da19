package io.notegraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenGoldReaderTest {
  private static OpenGold read(String... lines) {
    return OpenGoldReader.read("x.gold.tsv", String.join("\n", lines) + "\n");
  }

  @Test
  void readsEveryRowKind() {
    OpenGold g =
        read(
            "# comment",
            "note\tteam/2030-01-02.md",
            "entities\tyes",
            "date\t2030-01-02",
            "series\tTeam Call",
            "attendee\tAda Quill\tAda|adaq",
            "talk\tThe plan\tAda Quill|Bo Lund\tPT3M",
            "action\t\tfile the bug",
            "person\tAda Quill\tAda",
            "project\tOtter",
            "organization\tAcme",
            "release\tOtter\t2.0\tplanned",
            "feature\tOtter\t2.0\tfaster builds",
            "affiliation\tAda Quill\tAcme");
    assertThat(g.note()).isEqualTo("team/2030-01-02.md");
    assertThat(g.entitiesAnnotated()).isTrue();
    assertThat(g.date()).contains("2030-01-02");
    assertThat(g.series()).contains("Team Call");
    assertThat(g.attendees())
        .containsExactly(new OpenGold.Named("Ada Quill", List.of("Ada", "adaq")));
    assertThat(g.talks())
        .containsExactly(new OpenGold.Talk("The plan", List.of("Ada Quill", "Bo Lund"), "PT3M"));
    assertThat(g.actions()).containsExactly(new OpenGold.Action("", "file the bug"));
    assertThat(g.releases()).containsExactly(new OpenGold.Release("Otter", "2.0", "planned"));
    assertThat(g.features()).containsExactly(new OpenGold.Feature("Otter", "2.0", "faster builds"));
    assertThat(g.affiliations()).containsExactly(new OpenGold.Affiliation("Ada Quill", "Acme"));
  }

  @Test
  void missingTrailingCellsAreEmpty() {
    OpenGold g = read("note\tn.md", "talk\tThe plan", "attendee\tBo Lund");
    assertThat(g.talks()).containsExactly(new OpenGold.Talk("The plan", List.of(), ""));
    assertThat(g.attendees().get(0).aliases()).isEmpty();
    assertThat(g.entitiesAnnotated()).isFalse();
  }

  @Test
  void anUnknownStatusIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> read("note\tn.md", "", "release\tOtter\t2.0\tshipped"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessage("x.gold.tsv:3: unknown release status: shipped");
  }

  @Test
  void anUnknownRowKindIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> read("note\tn.md", "speaker\tAda"))
        .hasMessage("x.gold.tsv:2: unknown row kind: speaker");
  }

  @Test
  void aFileWithoutANoteRowIsRejected() {
    assertThatThrownBy(() -> read("date\t2030-01-02")).hasMessage("x.gold.tsv: no note row");
  }

  @Test
  void aBadDateIsRejected() {
    assertThatThrownBy(() -> read("note\tn.md", "date\t2.1.2030"))
        .hasMessage("x.gold.tsv:2: date is not yyyy-mm-dd: 2.1.2030");
  }

  @Test
  void aFolderIsReadRecursivelyInPathOrder() {
    List<OpenGold> all = OpenGoldReader.readFolder(Path.of("src/test/resources/eval/open/gold"));
    assertThat(all)
        .extracting(OpenGold::note)
        .containsExactly("otter/2031-03-04.md", "otter/2031-04-01.md");
    assertThat(all.get(0).file()).isEqualTo("otter/2031-03-04.gold.tsv");
  }
}
