package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.devtools.SyntheticNotes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractStreamingTest {
  @TempDir static Path notes;
  @TempDir Path pretty;
  @TempDir Path streamed;

  @BeforeAll
  static void fictionalNotes() {
    SyntheticNotes.builder().seed(21).scale(0.05).build().writeTo(notes);
  }

  private static void extract(Path out, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("extract", "-q", "-o", out.toString()));
    args.addAll(List.of(extra));
    args.add(notes.toString());
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @Test
  void streamedTrigIsTheSameDatasetAsPrettyTrig() {
    extract(pretty);
    extract(streamed, "--stream");
    Dataset a = RDFDataMgr.loadDataset(pretty.resolve("notegraph.trig").toString());
    Dataset b = RDFDataMgr.loadDataset(streamed.resolve("notegraph.trig").toString());
    assertThat(IsoMatcher.isomorphic(a.asDatasetGraph(), b.asDatasetGraph())).isTrue();
    assertThat(b.asDatasetGraph().size()).isEqualTo(a.asDatasetGraph().size());
  }

  @Test
  void streamedTurtleIsTheSameGraphAsPrettyTurtle() {
    extract(pretty, "-f", "nt");
    extract(streamed, "--stream", "-f", "nt");
    Model a = RDFDataMgr.loadModel(pretty.resolve("notegraph.ttl").toString());
    for (String f : List.of("notegraph.ttl", "notegraph.nt")) {
      Model b = RDFDataMgr.loadModel(streamed.resolve(f).toString());
      assertThat(b.isIsomorphicWith(a)).as(f).isTrue();
    }
  }

  @Test
  void streamedOutputIsByteForByteTheSameOnASecondRun() throws Exception {
    String[] formats = {"--stream", "-f", "nt,nq,jsonld,rdfxml"};
    extract(pretty, formats);
    extract(streamed, formats);
    for (String ext : List.of("ttl", "trig", "nt", "nq", "jsonld", "rdf")) {
      Path x = pretty.resolve("notegraph." + ext);
      assertThat(x).isNotEmptyFile();
      assertThat(Files.mismatch(x, streamed.resolve("notegraph." + ext))).as(ext).isEqualTo(-1L);
    }
  }

  @Test
  void streamedTurtleIsWrittenInBlocksNotPretty() throws Exception {
    extract(streamed, "--stream");
    extract(pretty);
    // Blocks output repeats a subject whenever its triples are not adjacent; pretty never does.
    assertThat(Files.size(streamed.resolve("notegraph.ttl")))
        .isNotEqualTo(Files.size(pretty.resolve("notegraph.ttl")));
  }
}
