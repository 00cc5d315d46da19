package io.notegraph.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large TriG for store robustness tests: {@code graphs} document graphs shaped loosely
 * like docs/GRAPH.md (a meeting, its sections, mentions), plus the entities graph. The {@code
 * edition} goes into every literal, so two editions differ in every graph and a load of one over
 * the other rewrites everything. Fictional content, deterministic. Stateless.
 */
final class BigTrig {
  static final String BASE = "https://w3id.org/notegraph/id/";

  private BigTrig() {}

  static String docIri(int doc) {
    return BASE + "doc/big/%04d.md".formatted(doc);
  }

  /** Writes the file and returns it; about {@code graphs * (perGraph + 6)} triples. */
  static Path write(Path file, int graphs, int perGraph, String edition) {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("PREFIX schema: <https://schema.org/>\n");
      w.write("PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n");
      w.write("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n\n");
      for (int d = 0; d < graphs; d++) writeDoc(w, d, perGraph, edition);
      w.write("<" + BASE + "graph/entities> {\n");
      for (int p = 0; p < 50; p++) {
        w.write(
            "  <%sperson/p%d> a schema:Person ; foaf:name \"Person %d %s\" .\n"
                .formatted(BASE, p, p, edition));
      }
      w.write("}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static void writeDoc(BufferedWriter w, int d, int perGraph, String edition)
      throws IOException {
    String doc = docIri(d);
    String meeting = BASE + "meeting/big/%04d".formatted(d);
    w.write("<" + doc + "> {\n");
    w.write(
        "  <%s> a schema:DigitalDocument ; schema:about <%s> ; schema:name \"%04d.md\" .\n"
            .formatted(doc, meeting, d));
    w.write(
        "  <%s> a schema:Event ; schema:name \"Big meeting %d %s\" .\n"
            .formatted(meeting, d, edition));
    // Each mention: five triples, as a nif:Phrase carries.
    for (int m = 0; m < perGraph / 5; m++) {
      String mention = doc + "#char=" + (m * 10) + "," + (m * 10 + 7);
      w.write(
          "  <%s> a nif:Phrase ; nif:anchorOf \"mention %d of %d %s\" ;\n"
              .formatted(mention, m, d, edition));
      w.write("      nif:beginIndex %d ; nif:endIndex %d ;\n".formatted(m * 10, m * 10 + 7));
      w.write(
          "      <http://www.w3.org/2005/11/its/rdf#taIdentRef> <%sperson/p%d> .\n"
              .formatted(BASE, (d + m) % 50));
    }
    w.write("}\n");
  }
}
