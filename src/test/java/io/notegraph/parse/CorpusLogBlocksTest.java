package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostic;
import io.notegraph.diag.Diagnostics;
import io.notegraph.testing.SharedCorpus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The real notes in {@code ../shared}: every fenced block, read as the note parser will. */
class CorpusLogBlocksTest {
  private static List<FencedBlocks.Parsed> blocks(String file) {
    return FencedBlocks.parse(SharedCorpus.podmanNote(file), new Diagnostics());
  }

  private static LogBlock only(String file, LogBlock.Kind kind) {
    List<LogBlock> found =
        blocks(file).stream()
            .map(FencedBlocks.Parsed::block)
            .filter(b -> b.kind() == kind)
            .toList();
    assertThat(found).as(file + " " + kind).hasSize(1);
    return found.get(0);
  }

  @Test
  void june2021ChatHasItsSendersInOrder() {
    LogBlock chat = only("2021-06-01.md", LogBlock.Kind.CHAT);
    List<String> senders = chat.chat().stream().map(m -> m.sender().name()).toList();
    assertThat(senders)
        .startsWith("Me", "baude", "Matt Heon", "Faisal Razzak", "Alex Litvak", "Matt Heon");
    assertThat(new TreeSet<>(senders))
        .containsExactlyInAnyOrder(
            "Me", "baude", "Matt Heon", "Faisal Razzak", "Alex Litvak", "Uwe Reh");
    assertThat(chat.chat()).hasSize(13);
    assertThat(chat.chat().get(0).fromNoteTaker()).isTrue();
    assertThat(chat.chat().get(0).time()).isEqualTo(LocalTime.of(10, 56));
    assertThat(chat.chat().get(12).time()).isEqualTo(LocalTime.of(11, 56));
  }

  @Test
  void theJuneSeedReadsLikeTheCorpusCopy() {
    List<FencedBlocks.Parsed> seed = FencedBlocks.parse(SharedCorpus.seedJune(), new Diagnostics());
    assertThat(seed).hasSize(1);
    assertThat(seed.get(0).block().chat()).hasSize(13);
  }

  @Test
  void theComposeFileIsCode() {
    List<FencedBlocks.Parsed> blocks = blocks("2021-08-03.md");
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0).heading()).contains("docker-compose.yaml");
    assertThat(blocks.get(0).block().kind()).isEqualTo(LogBlock.Kind.CODE);
    assertThat(blocks.get(1).block().kind()).isEqualTo(LogBlock.Kind.CHAT);
    assertThat(blocks.get(1).block().chat()).hasSize(6);
  }

  @Test
  void april20TranscriptListsItsAttendeesAndOffsets() {
    FencedBlocks.Parsed parsed =
        blocks("2023-04-20.md").stream()
            .filter(b -> b.block().kind() == LogBlock.Kind.TRANSCRIPT)
            .findFirst()
            .orElseThrow();
    LogBlock t = parsed.block();
    List<String> attendees = t.transcriptAttendees().stream().map(NameRef::name).toList();
    assertThat(attendees)
        .contains("Anders F Björklund", "Daniel Walsh")
        .doesNotContain("Tom Sweeney's Presentation")
        .hasSize(16);
    for (NameRef a : t.transcriptAttendees()) {
      assertThat(a.range().of(parsed.text())).isEqualTo(a.name());
    }
    assertThat(t.transcript().get(0).speaker().name()).isEqualTo("Tom Sweeney");
    assertThat(t.transcript()).anyMatch(u -> Duration.ofMinutes(5).equals(u.at()));
    assertThat(t.transcript()).hasSize(227);
    assertThat(t.transcript().get(t.transcript().size() - 1).at())
        .isEqualTo(Duration.ofMinutes(55));
  }

  @Test
  void googleMeetTranscriptsAreRecognised() {
    assertThat(only("2023-04-04.md", LogBlock.Kind.TRANSCRIPT).transcript()).hasSize(103);
    assertThat(only("2023-06-06.md", LogBlock.Kind.TRANSCRIPT).transcript()).hasSize(171);
    assertThat(only("2023-05-18.md", LogBlock.Kind.TRANSCRIPT).transcript()).hasSize(269);
    assertThat(only("2023-06-15.md", LogBlock.Kind.TRANSCRIPT).transcript()).hasSize(229);
    assertThat(only("2023-04-04.md", LogBlock.Kind.TRANSCRIPT).transcriptAttendees()).hasSize(17);
  }

  /** Counts checked by hand against the files (one header line, or two, per message). */
  @Test
  void chatMessageCountsPerFile() {
    assertThat(only("2020-10-06.md", LogBlock.Kind.CHAT).chat()).hasSize(60);
    assertThat(only("2021-10-21.md", LogBlock.Kind.CHAT).chat()).hasSize(34);
    assertThat(only("2022-09-15.md", LogBlock.Kind.CHAT).chat()).hasSize(28);
    assertThat(only("2023-03-16.md", LogBlock.Kind.CHAT).chat()).hasSize(19);
    assertThat(only("2023-04-04.md", LogBlock.Kind.CHAT).chat()).hasSize(4);
    assertThat(only("2023-06-06.md", LogBlock.Kind.CHAT).chat()).hasSize(24);
  }

  @Test
  void labelsKeepHandlesAndOrganizationsApart() {
    LogBlock dec2020 = only("2020-12-01.md", LogBlock.Kind.CHAT);
    assertThat(dec2020.chat())
        .anyMatch(
            m -> m.sender().name().equals("Daniel Walsh") && "rhatdan".equals(m.sender().handle()))
        .anyMatch(m -> m.sender().name().equals("Guest 5"))
        .anyMatch(
            m ->
                m.sender().name().equals("Greg Shomo")
                    && "Northeastern".equals(m.sender().organization()));
    LogBlock june2023 = only("2023-06-06.md", LogBlock.Kind.CHAT);
    assertThat(june2023.chat()).anyMatch(m -> m.sender().name().equals("Shion Tanaka"));
  }

  @Test
  void everyBlockOfEveryNoteIsReadWithExactRanges() {
    Diagnostics diagnostics = new Diagnostics();
    int chats = 0;
    int transcripts = 0;
    int code = 0;
    for (Path note : SharedCorpus.allNotes()) {
      for (FencedBlocks.Parsed b : FencedBlocks.parse(note, diagnostics)) {
        switch (b.block().kind()) {
          case CHAT -> chats++;
          case TRANSCRIPT -> transcripts++;
          case CODE -> code++;
        }
        for (ChatMessage m : b.block().chat()) {
          NameRef s = m.sender();
          String label = s.range().of(b.text());
          assertThat(label).as(note + ":" + s.range().line()).startsWith(s.name().split(" ")[0]);
          assertThat(m.range().begin()).isLessThanOrEqualTo(s.range().begin());
          assertThat(m.range().end()).isGreaterThanOrEqualTo(s.range().end());
          assertThat(b.text().charAt(m.range().begin() - 1)).isEqualTo('\n');
          assertThat(lineOf(b.text(), m.range().begin())).isEqualTo(m.range().line());
        }
        for (Utterance u : b.block().transcript()) {
          assertThat(u.speaker().range().of(b.text())).isEqualTo(u.speaker().name());
          assertThat(lineOf(b.text(), u.range().begin())).isEqualTo(u.range().line());
        }
        for (TextSegment s : b.block().segments()) {
          assertThat(lineOf(b.text(), s.range().begin())).isEqualTo(s.range().line());
        }
      }
    }
    assertThat(chats).isEqualTo(41);
    assertThat(transcripts).isEqualTo(5);
    assertThat(code).isEqualTo(2);
    // The only oddity in the corpus: a link pasted above the first sender of 2023-04-04.
    assertThat(diagnostics.all())
        .extracting(Diagnostic::toString)
        .containsExactly(
            "2023-04-04.md:80: warning: chat log starts with 1 line(s) before the first sender;"
                + " ignored");
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
    return line;
  }
}
