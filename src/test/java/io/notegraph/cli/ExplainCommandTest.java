package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.ingest.SourceDocument;
import io.notegraph.link.Entity;
import io.notegraph.link.Explanation;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.link.LinkedNote;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.EntityType;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.MeetingTime;
import io.notegraph.parse.SourceRange;
import io.notegraph.pipeline.ExplainIndex;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code notegraph explain} over a linked corpus built by hand. */
class ExplainCommandTest {
  private static final String TEXT = "Zora Quill, Zora Quil\nzquill: hi\nZora said so.\n";

  private static LinkedCorpus corpus() {
    var doc =
        new SourceDocument(
            "2031-01-01.md", URI.create("urn:test:a"), TEXT, StandardCharsets.UTF_8, List.of());
    var time =
        new MeetingTime(
            LocalDate.of(2031, 1, 1),
            0,
            "file name",
            ZoneOffset.UTC,
            false,
            null,
            null,
            0,
            null,
            0);
    var note =
        new MeetingNote(
            "2031-01-01.md",
            "Meeting",
            "t",
            time,
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    String id = "person/zora-quill";
    var linked =
        new LinkedNote(
            new AnnotatedNote(doc, note, List.of()),
            Map.of(
                new SourceRange(1, 0, 10),
                id,
                new SourceRange(1, 12, 21),
                id,
                new SourceRange(2, 22, 28),
                id,
                new SourceRange(3, 33, 37),
                id));
    var zora =
        new Entity(
            id,
            EntityType.PERSON,
            "Zora Quill",
            new TreeSet<>(List.of("Zora Quil", "Zora")),
            new TreeSet<>(List.of("zquill")),
            List.of(),
            null,
            null,
            new TreeSet<>(),
            null);
    return new LinkedCorpus(
        List.of(linked),
        new java.util.TreeMap<>(Map.of(id, zora)),
        List.of(
            new Explanation(id, "Zora Quill", "canonical name", "2031-01-01.md", 1),
            new Explanation(id, "Zora Quil", "family names Jaro-Winkler 0.97", "2031-01-01.md", 1),
            new Explanation(id, "zquill", "handle made from the name", "2031-01-01.md", 2),
            new Explanation(id, "Zora", "given name of the only 'zora'", "2031-01-01.md", 3)));
  }

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ExplainCommand((paths, d) -> corpus()));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    cl.setExecutionExceptionHandler(new ErrorMessageHandler());
    String[] withExtract = java.util.Arrays.copyOf(args, args.length + 1);
    withExtract[args.length] = "--extract";
    int code = cl.execute(withExtract);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void showsTheEntityEveryMergedFormWithItsCountAndTheReasonWithFileAndLine() {
    String[] r = run("zora quil");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1])
        .isEqualTo(
            """
            person/zora-quill  Zora Quill (person)
              handles: zquill
              4 surface forms (form, occurrences, first seen, why):
                Zora          1x  2031-01-01.md:3  given name of the only 'zora'
                Zora Quil     1x  2031-01-01.md:1  family names Jaro-Winkler 0.97
                Zora Quill    1x  2031-01-01.md:1  canonical name
                zquill        1x  2031-01-01.md:2  handle made from the name

            """);
  }

  @Test
  void findsTheEntityByHandleIgnoringCaseAndAccents() {
    assertThat(run("ZQUILL")[1]).startsWith("person/zora-quill");
    assertThat(run("Zörä Quill")[1]).startsWith("person/zora-quill");
  }

  @Test
  void answersFromTheIndexExtractWroteBesideTheGraphWithoutLinking(@TempDir Path dir) {
    ExplainIndex.of(corpus()).write(dir);
    String graph = dir.resolve("notegraph.trig").toString();

    String[] r = runWithout("zora quil", "--graph", graph);

    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).isEqualTo(run("zora quil")[1]);
  }

  @Test
  void withoutAnExtractedGraphItSaysWhatToRun(@TempDir Path dir) {
    String[] r = runWithout("zora", "--graph", dir.resolve("notegraph.trig").toString());

    assertThat(r[0]).isEqualTo("1");
    assertThat(r[2]).contains("run notegraph extract first, or give --extract");
  }

  /** Runs explain with a source that fails if asked: the answer must come from the index. */
  private static String[] runWithout(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl =
        new CommandLine(
            new ExplainCommand(
                (paths, d) -> {
                  throw new AssertionError("explain linked notes although not asked to");
                }));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    cl.setExecutionExceptionHandler(new ErrorMessageHandler());
    int code = cl.execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void anUnknownNameFailsWithAMessage() {
    String[] r = run("Nobody Atall");
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[2]).isEqualTo("notegraph: error: no entity is known as 'Nobody Atall'\n");
  }

  @Test
  void theWiredPipelineExplainsASpellingMergedAcrossTheBundledSamples() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out), new PrintWriter(err), "explain", "Teodor Lindquist", "--extract");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("person/teodor-lindqvist")
        .contains("Teodor Lindquist")
        .contains("2024-04-02-community.md:");
  }
}
