package io.notegraph.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notegraph.rdf.Lit;
import io.notegraph.rdf.Prefixes;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed files (one emission fanned out, {@link BlockWriter} over {@link Utf8CharSink}) must
 * be byte for byte what Jena's stock {@code StreamRDFWriter} writes for the same events.
 */
class StreamedBytesTest {
  private static final String ID = "https://example.org/id/";
  @TempDir Path dir;

  private static Node iri(String s) {
    return NodeFactory.createURI(s);
  }

  /** Fictional quads covering what the emitter produces and a few awkward cases. */
  private static void emit(StreamRDF s, int notes) {
    s.start();
    Prefixes.all(ID).forEach(s::prefix);
    Node schemaName = iri("https://schema.org/name");
    for (int n = 0; n < notes; n++) {
      Node doc = iri(ID + "doc/2024-0" + (n % 9 + 1) + "-01");
      Node meeting = iri(ID + "meeting/community/2024-0" + (n % 9 + 1) + "-01");
      for (int k = 0; k < 3; k++) {
        s.quad(Quad.create(doc, doc, RDF.Nodes.type, iri("https://schema.org/DigitalDocument")));
        s.quad(Quad.create(doc, doc, schemaName, Lit.str("Notes \"" + n + "\"\twith\nlines ✓")));
        s.quad(Quad.create(doc, doc, iri("https://schema.org/about"), meeting));
        Node phrase = iri(doc.getURI() + "#char=" + (k * 10) + "," + (k * 10 + 4));
        s.quad(Quad.create(doc, phrase, RDF.Nodes.type, iri(Nif("Phrase"))));
        s.quad(Quad.create(doc, phrase, iri(Nif("anchorOf")), Lit.str("Zoë 🙂 " + k)));
        s.quad(Quad.create(doc, phrase, iri(Nif("beginIndex")), Lit.nonNegative(k * 10L)));
        s.quad(Quad.create(doc, phrase, iri(Nif("endIndex")), Lit.nonNegative(5000L + k)));
        s.quad(
            Quad.create(
                doc, phrase, iri(Nif("referenceContext")), iri(doc.getURI() + "#char=0,9")));
        s.quad(
            Quad.create(
                doc,
                phrase,
                iri("https://example.org/vocab/with-a-very-long-property-name"),
                Lit.dbl(0.5 + k)));
        s.quad(Quad.create(doc, phrase, iri(ID + "ns#local"), Lit.integer(-k)));
        s.quad(Quad.create(doc, phrase, iri(ID + "x#a/b"), iri("urn:x-local:thing")));
        s.quad(
            Quad.create(
                doc, meeting, iri("https://schema.org/attendee"), iri(ID + "person/jane-doe")));
        s.quad(
            Quad.create(
                doc,
                meeting,
                iri("https://schema.org/startDate"),
                NodeFactory.createLiteralDT("2024-01-02T10:00:00-05:00", XSDDatatype.XSDdateTime)));
        s.quad(
            Quad.create(doc, meeting, schemaName, NodeFactory.createLiteralLang("réunion", "fr")));
        s.quad(
            Quad.create(doc, NodeFactory.createBlankNode("b" + k), schemaName, Lit.str("blank")));
      }
      // A split surrogate pair, as a substring of the notes can produce.
      s.quad(Quad.create(doc, doc, iri(Nif("isString")), Lit.str("half \uD83D and \uDE42 alone")));
    }
    s.quad(
        Quad.create(
            iri(ID + "graph/entities"),
            iri(ID + "person/jane-doe"),
            schemaName,
            Lit.str("Jane Doe")));
    s.prefix("late", "https://example.org/late/"); // a prefix after data
    s.quad(
        Quad.create(
            iri(ID + "graph/entities"),
            iri("https://example.org/late/x"),
            schemaName,
            Lit.str("late")));
    s.finish();
  }

  private static String Nif(String local) {
    return "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#" + local;
  }

  /** What the stock writer gives: quads as they are, or every quad as a triple. */
  private static byte[] stock(RdfFormat f, Consumer<StreamRDF> source) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StreamRDF w = StreamRDFWriter.getWriterStream(out, f.streaming());
    source.accept(
        f.quads()
            ? w
            : new StreamRDFWrapper(w) {
              @Override
              public void quad(Quad q) {
                super.triple(q.asTriple());
              }
            });
    return out.toByteArray();
  }

  @Test
  void streamedFilesAreWhatJenasStockWritersWrite() throws Exception {
    List<RdfFormat> formats = List.of(RdfFormat.TTL, RdfFormat.TRIG, RdfFormat.NT, RdfFormat.NQ);
    // 40 notes: more events than one chunk, so chunk boundaries are crossed.
    Consumer<StreamRDF> source = s -> emit(s, 40);
    new OutputWriter(dir, "g").write(source, formats, OutputWriter.Layout.STREAMING);
    for (RdfFormat f : formats) {
      byte[] expected = stock(f, source);
      assertThat(Files.readAllBytes(dir.resolve("g." + f.extension())))
          .as(f.name())
          .isEqualTo(expected);
    }
    assertThat(new String(stock(RdfFormat.TTL, source), java.nio.charset.StandardCharsets.UTF_8))
        .contains("schema:name", "<https://example.org/id/doc/2024-01-01#char=0,4>", "?");
  }

  /**
   * Random quads in random order: subjects whose statements run on into another graph (one Turtle
   * block, two TriG blocks, so the Turtle writer cannot copy the TriG block), subjects around
   * Jena's line-break width, blank nodes, lists.
   */
  @Property(tries = 200, seed = "20261123")
  void randomStreamsWriteAsJenasStockWritersWrite(@ForAll long seed) throws Exception {
    Consumer<StreamRDF> source =
        s -> {
          s.start();
          RandomQuads.quads(new java.util.Random(seed), ID, s::prefix, s::quad);
          s.finish();
        };
    Path out = Files.createTempDirectory("notegraph-streamed"); // jqwik injects no @TempDir
    try {
      List<RdfFormat> formats = List.of(RdfFormat.TTL, RdfFormat.TRIG);
      new OutputWriter(out, "g").write(source, formats, OutputWriter.Layout.STREAMING);
      for (RdfFormat f : formats) {
        assertThat(Files.readString(out.resolve("g." + f.extension())))
            .as(f.name())
            .isEqualTo(new String(stock(f, source), java.nio.charset.StandardCharsets.UTF_8));
      }
    } finally {
      for (RdfFormat f : RdfFormat.values())
        Files.deleteIfExists(out.resolve("g." + f.extension()));
      Files.delete(out);
    }
  }

  @Test
  void theSourceRunsOnceForAllStreamedFiles() {
    int[] runs = {0};
    new OutputWriter(dir, "g")
        .write(
            s -> {
              runs[0]++;
              emit(s, 1);
            },
            List.of(RdfFormat.TTL, RdfFormat.TRIG, RdfFormat.NQ),
            OutputWriter.Layout.STREAMING);
    assertThat(runs[0]).isEqualTo(1);
  }

  @Test
  void aFailingSourceWritesNothingAndLeavesNoTempFile() throws Exception {
    assertThatThrownBy(
            () ->
                new OutputWriter(dir, "g")
                    .write(
                        s -> {
                          emit(s, 30);
                          throw new IllegalStateException("boom");
                        },
                        List.of(RdfFormat.TTL, RdfFormat.TRIG),
                        OutputWriter.Layout.STREAMING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("boom");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aFailingWriterFailsTheWriteWithoutBlockingTheSource() throws Exception {
    Files.createDirectories(dir.resolve("g.trig")); // cannot be replaced by a file
    assertThatThrownBy(
            () ->
                new OutputWriter(dir, "g")
                    .write(
                        s -> emit(s, 40),
                        List.of(RdfFormat.TTL, RdfFormat.TRIG),
                        OutputWriter.Layout.STREAMING))
        .isInstanceOf(java.io.UncheckedIOException.class);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsOnly("g.ttl", "g.trig");
    }
  }
}
