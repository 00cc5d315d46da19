package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notegraph validate} reads any RDF file, reports violations and sets the exit code. */
class ValidateCommandTest {
  static final String PREFIXES =
      """
      @prefix schema: <https://schema.org/> .
      @prefix foaf: <http://xmlns.com/foaf/0.1/> .
      @prefix owl: <http://www.w3.org/2002/07/owl#> .
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
      """;

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void conformingTurtlePrintsConformsAndExitsZero() throws IOException {
    Path file = dir.resolve("ok.ttl");
    Files.copy(Path.of("src/test/resources/rdf/contract-example.ttl"), file);
    assertThat(run("validate", file.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).isEqualTo("conforms" + System.lineSeparator());
  }

  @Test
  void personWithSameAsInANamedGraphIsReportedWithExitThree() throws IOException {
    Path file = dir.resolve("bad.trig");
    write(
        file,
        PREFIXES
            + """
            <https://w3id.org/notegraph/id/graph/entities> {
              <https://w3id.org/notegraph/id/person/ada> a foaf:Person , schema:Person ;
                foaf:name "Ada Ng" ; rdfs:label "Ada Ng" ;
                owl:sameAs <http://www.wikidata.org/entity/Q7259> .
            }
            """);
    assertThat(run("validate", file.toString())).isEqualTo(ExitCodes.INVALID_OUTPUT);
    assertThat(out.toString().lines())
        .containsExactly(
            "https://w3id.org/notegraph/id/person/ada: owl:sameAs: persons never carry owl:sameAs");
    assertThat(err.toString()).contains("1 violation(s)");
  }

  @Test
  void attendeesInOneGraphAreCheckedAgainstPersonsInAnother() throws IOException {
    Path file = dir.resolve("split.trig");
    write(
        file,
        PREFIXES
            + """
            <https://w3id.org/notegraph/id/doc/a.md> {
              <https://w3id.org/notegraph/id/meeting/s/2024-01-01> a schema:Event ;
                schema:name "S 2024-01-01" ; rdfs:label "S 2024-01-01" ;
                schema:superEvent <https://w3id.org/notegraph/id/series/s> ;
                schema:attendee <https://w3id.org/notegraph/id/person/ada> .
              <https://w3id.org/notegraph/id/series/s> a schema:EventSeries ; schema:name "S" ;
                rdfs:label "S" .
            }
            <https://w3id.org/notegraph/id/graph/entities> {
              <https://w3id.org/notegraph/id/person/ada> a foaf:Person , schema:Person ;
                foaf:name "Ada Ng" ; rdfs:label "Ada Ng" .
            }
            """);
    assertThat(run("validate", file.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("conforms");
  }

  @Test
  void missingFileIsAUserErrorNotAStackTrace() {
    assertThat(run("validate", dir.resolve("nope.trig").toString())).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).startsWith("notegraph: error: no such file:");
  }

  @Test
  void unparsableFileIsReportedWithExitOne() throws IOException {
    Path file = dir.resolve("broken.ttl");
    write(file, "this is not turtle .");
    assertThat(run("validate", file.toString())).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).contains("cannot read");
  }

  static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
