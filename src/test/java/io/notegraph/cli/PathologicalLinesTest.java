package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDecoder;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.MentionFinder;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.NoteParser;
import io.notegraph.pipeline.Components;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction time grows linearly with the length of a line, whatever the line holds: one line of
 * link openers, brackets, unpunctuated prose or deep nesting goes through decode → parse →
 * recognise → link at 100 KB and at 1 MB, and the time per MB at 1 MB may be at most five times
 * that at 100 KB (a quadratic step makes it ten). A ratio, not a speed: the machine is shared.
 */
class PathologicalLinesTest {
  private static final int SMALL = 100_000;
  private static final int LARGE = 1_000_000;

  /** Time per MB may grow this much from 100 KB to 1 MB: generous, a quadratic step gives 10. */
  private static final double MAX_GROWTH = 5.0;

  private final SourceDecoder decoder = new SourceDecoder();
  private final NoteParser parser = NoteParser.builder().build();
  private final MentionFinder finder = Components.finder(false);

  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of("link openers", (IntFunction<String>) n -> repeat("[a](", n)),
        Arguments.of("link openers with titles", (IntFunction<String>) n -> repeat("[a](b \"c", n)),
        Arguments.of("open brackets", (IntFunction<String>) n -> repeat("[", n)),
        Arguments.of("close brackets", (IntFunction<String>) n -> repeat("]", n)),
        Arguments.of("bracket pairs", (IntFunction<String>) n -> repeat("[x]", n)),
        Arguments.of(
            "run-on prose with names",
            (IntFunction<String>)
                n -> repeat("then Mara Quell asked Tobin Ashgrove about Kestrel ", n)),
        // Every word a candidate name: overlap resolution must not compare each with all kept.
        Arguments.of(
            "run-on capitalised words", (IntFunction<String>) n -> repeat("Alpha Bravo ", n)),
        Arguments.of("nested quotes and lists", (IntFunction<String>) n -> repeat("> - ", n)),
        Arguments.of("nested emphasis", (IntFunction<String>) n -> repeat("*_", n)),
        Arguments.of("backticks", (IntFunction<String>) n -> repeat("`a", n)),
        Arguments.of("urls", (IntFunction<String>) n -> repeat("http://a.b/", n)),
        Arguments.of("at signs", (IntFunction<String>) n -> repeat("a@b.", n)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void timePerMegabyteDoesNotGrowWithLineLength(String kind, IntFunction<String> line) {
    String smallLine = line.apply(SMALL);
    String largeLine = line.apply(LARGE);
    extract(smallLine); // warm-up: class loading, JIT
    // The fastest of a few runs: on a shared machine other work only ever adds time.
    long small = Math.max(Math.min(timed(smallLine), timed(smallLine)), 50_000_000L);
    long large = Math.min(timed(largeLine), timed(largeLine));
    double growth = (large / (double) LARGE) / (small / (double) SMALL);
    System.out.printf(
        "pathological %-28s 100 KB %5d ms, 1 MB %6d ms, growth per MB %.1f%n",
        kind, small / 1_000_000, large / 1_000_000, growth);
    assertThat(growth).as(kind).isLessThan(MAX_GROWTH);
  }

  private long timed(String line) {
    long start = System.nanoTime();
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> extract(line));
    return System.nanoTime() - start;
  }

  private void extract(String line) {
    String text = "# Community Meeting 2024-05-07\n\n## Notes\n\n" + line + "\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Diagnostics diag = new Diagnostics();
    Optional<SourceDocument> doc =
        decoder.decode("long.md", URI.create("urn:notegraph:test:long.md"), bytes, diag);
    assertThat(doc).isPresent();
    Optional<MeetingNote> note = parser.parse(doc.get(), diag);
    assertThat(note).as(diag.all().toString()).isPresent();
    AnnotatedNote a = new AnnotatedNote(doc.get(), note.get(), finder.find(doc.get(), note.get()));
    Components.linker().link(List.of(a), diag);
  }

  private static String repeat(String unit, int chars) {
    return unit.repeat(chars / unit.length() + 1).substring(0, chars);
  }
}
