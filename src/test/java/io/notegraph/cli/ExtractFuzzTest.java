package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.notegraph.diag.Diagnostic;
import io.notegraph.diag.Diagnostics;
import io.notegraph.diag.Severity;
import io.notegraph.ingest.SourceDecoder;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.MentionFinder;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.NoteParser;
import io.notegraph.pipeline.Components;
import io.notegraph.rdf.GraphEmitter;
import io.notegraph.rdf.Iris;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes ingest → parse → nlp → link → rdf with generated broken notes ({@link MarkdownFuzzer}): no
 * exception escapes, no input hangs, every input becomes a note or a reported problem, and the
 * graph written as Turtle and TriG parses back to the same graph.
 *
 * <p>CI runs 300 inputs from a fixed seed. Long runs: {@code mvn -o test -Dtest=ExtractFuzzTest
 * -Dnotegraph.fuzz.tries=20000 -Dnotegraph.fuzz.seed=$RANDOM}. A failing input is saved under
 * {@code target/fuzz-failures/} with its seed and index.
 */
class ExtractFuzzTest {
  private static final long SEED = Long.getLong("notegraph.fuzz.seed", 20261123L);
  private static final int TRIES = Integer.getInteger("notegraph.fuzz.tries", 300);
  private static final Duration PER_INPUT = Duration.ofSeconds(30); // generous: CI has 2 cores

  private final SourceDecoder decoder = new SourceDecoder();
  private final NoteParser parser = NoteParser.builder().build();
  private final MentionFinder finder = Components.finder(false);
  private int refused;
  private int undated;
  private int problems;

  @Test
  void everyGeneratedNoteBecomesAMeetingOrAReportedProblemAndItsGraphRoundTrips() throws Exception {
    MarkdownFuzzer fuzzer = new MarkdownFuzzer(SEED);
    List<AnnotatedNote> all = new ArrayList<>();
    Diagnostics corpusDiag = new Diagnostics();
    int notes = 0;
    for (int i = 0; i < TRIES; i++) {
      byte[] bytes = fuzzer.nextBytes();
      String name = String.format("fuzz/%06d.md", i);
      try {
        Optional<AnnotatedNote> a = assertTimeoutPreemptively(PER_INPUT, () -> check(name, bytes));
        if (a.isPresent()) {
          notes++;
          all.add(a.get());
        }
      } catch (Throwable t) {
        Path saved = save(i, bytes);
        throw new AssertionError(
            "input " + i + " of seed " + SEED + " failed (" + saved + "): " + t, t);
      }
    }
    // All notes together: cross-note linking and one big graph.
    LinkedCorpus corpus = Components.linker().link(all, corpusDiag);
    roundTrips(corpus);
    System.out.printf(
        "fuzz: seed %d, %d inputs: %d notes, %d refused by the decoder, %d without"
            + " a date; %d problems reported, 0 exceptions, 0 timeouts%n",
        SEED, TRIES, notes, refused, undated, problems);
    assertThat(notes).as("the generator must also make usable notes").isGreaterThan(TRIES / 10);
  }

  /** One input through every stage; returns the annotated note when there is one. */
  private Optional<AnnotatedNote> check(String name, byte[] bytes) {
    Diagnostics diag = new Diagnostics();
    try {
      return stages(name, bytes, diag);
    } finally {
      problems += diag.all().size();
      for (Diagnostic d : diag.all()) {
        assertThat(d.toString()).startsWith(name).doesNotContain("internal error");
      }
    }
  }

  private Optional<AnnotatedNote> stages(String name, byte[] bytes, Diagnostics diag) {
    Optional<SourceDocument> doc =
        decoder.decode(name, URI.create("urn:notegraph:fuzz:" + name), bytes, diag);
    if (doc.isEmpty()) {
      refused++;
      assertThat(diag.all()).as("a refused file is reported").isNotEmpty();
      return Optional.empty();
    }
    Optional<MeetingNote> note = parser.parse(doc.get(), diag);
    if (note.isEmpty()) {
      undated++;
      assertThat(diag.all())
          .as("a note that yields nothing says why")
          .anyMatch(d -> d.severity() == Severity.ERROR);
      return Optional.empty();
    }
    AnnotatedNote a = new AnnotatedNote(doc.get(), note.get(), finder.find(doc.get(), note.get()));
    roundTrips(Components.linker().link(List.of(a), diag));
    return Optional.of(a);
  }

  private static void roundTrips(LinkedCorpus corpus) {
    DatasetGraph dataset = DatasetGraphFactory.create();
    new GraphEmitter(Iris.DEFAULT_BASE).emit(corpus, StreamRDFLib.dataset(dataset));
    Graph union = GraphFactory.createDefaultGraph();
    dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
    union
        .find()
        .forEachRemaining(
            t -> {
              Node o = t.getObject();
              if (o.isLiteral()) {
                assertThat(o.getLiteralDatatype().isValid(o.getLiteralLexicalForm()))
                    .as("well-formed literal %s", o)
                    .isTrue();
              }
            });
    Graph ttl = GraphFactory.createDefaultGraph();
    RDFParser.fromString(write(union, RDFFormat.TURTLE_PRETTY), Lang.TURTLE).parse(ttl);
    assertThat(ttl.isIsomorphicWith(union)).as("Turtle round trip").isTrue();
    DatasetGraph trig = DatasetGraphFactory.create();
    RDFParser.fromString(write(dataset, RDFFormat.TRIG_PRETTY), Lang.TRIG).parse(trig);
    RdfCompare.assertSameDataset(trig, dataset);
  }

  private static String write(Object source, RDFFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (source instanceof Graph g) RDFWriter.source(g).format(format).output(out);
    else RDFWriter.source((DatasetGraph) source).format(format).output(out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Path save(int i, byte[] bytes) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
      return Files.write(dir.resolve("seed-" + SEED + "-input-" + i + ".md"), bytes);
    } catch (java.io.IOException e) {
      return Path.of("(not saved: " + e.getMessage() + ")");
    }
  }
}
