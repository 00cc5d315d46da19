package io.notegraph.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
  @TempDir Path dir;

  private static DatasetGraph dataset() {
    return SSE.parseDatasetGraph(
        "(dataset (graph <https://example.org/g>"
            + " (<https://example.org/s> <https://example.org/p> \"o\")))");
  }

  @Test
  void staleTempFilesOfThisOutputAreRemovedAndNothingElse() throws Exception {
    Path stale = old(dir.resolve(".notegraph.ttl123.tmp"));
    Path staleManifest = old(dir.resolve(".notegraph.manifest.tsv9.tmp"));
    Path other = old(dir.resolve(".other.ttl5.tmp"));
    Path notTemp = old(dir.resolve(".notegraph.ttl.bak"));
    Path fresh = dir.resolve(".notegraph.trig77.tmp"); // a run writing right now
    Files.writeString(fresh, "x");
    Files.setLastModifiedTime(fresh, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

    new OutputWriter(dir, "notegraph").write(dataset(), List.of(RdfFormat.TTL));

    assertThat(stale).doesNotExist();
    assertThat(staleManifest).doesNotExist();
    assertThat(other).exists();
    assertThat(notTemp).exists();
    assertThat(fresh).exists();
  }

  @Test
  void aTempFileIsStaleWhenTheProcessThatWroteItIsGone() throws Exception {
    Process done = new ProcessBuilder("java", "-version").start();
    done.waitFor();
    long alive = ProcessHandle.current().parent().orElseThrow().pid(); // the build, still running
    Path dead = dir.resolve(".notegraph.ttl." + done.pid() + ".123.tmp");
    Path live = dir.resolve(".notegraph.ttl." + alive + ".456.tmp");
    Files.writeString(dead, "partial");
    Files.writeString(live, "being written");

    assertThat(new OutputWriter(dir, "notegraph").removeStaleTempFiles()).containsExactly(dead);
    assertThat(live).exists();
  }

  @Test
  void writingTheSameGraphTwiceLeavesTheFileUntouched() throws Exception {
    OutputWriter w = new OutputWriter(dir, "g");
    assertThat(w.write(dataset(), List.of(RdfFormat.TRIG)).get(0).changed()).isTrue();
    Path f = dir.resolve("g.trig");
    FileTime t = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(f, t);
    assertThat(w.write(dataset(), List.of(RdfFormat.TRIG)).get(0).changed()).isFalse();
    assertThat(Files.getLastModifiedTime(f)).isEqualTo(t);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("g.trig");
    }
  }

  @Test
  void stagedOutputReplacesNothingUntilCommittedAndLeavesNoTempFileWhenDropped() throws Exception {
    OutputWriter w = new OutputWriter(dir, "g");
    w.write(dataset(), List.of(RdfFormat.TTL, RdfFormat.TRIG));
    String ttl = Files.readString(dir.resolve("g.ttl"));
    DatasetGraph other =
        SSE.parseDatasetGraph(
            "(dataset (graph <https://example.org/g>"
                + " (<https://example.org/s> <https://example.org/p> \"changed\")))");

    try (OutputWriter.Staged staged =
        w.stage(InMemoryGraph.of(other), List.of(RdfFormat.TTL, RdfFormat.TRIG))) {
      assertThat(Files.readString(dir.resolve("g.ttl"))).isEqualTo(ttl); // rejected, say
    }
    assertThat(names()).containsExactly("g.trig", "g.ttl");
    assertThat(Files.readString(dir.resolve("g.ttl"))).isEqualTo(ttl);

    try (OutputWriter.Staged staged =
        w.stage(InMemoryGraph.of(other), List.of(RdfFormat.TTL, RdfFormat.TRIG))) {
      assertThat(staged.commit())
          .extracting(OutputWriter.Written::changed)
          .containsExactly(true, true);
    }
    assertThat(names()).containsExactly("g.trig", "g.ttl");
    assertThat(Files.readString(dir.resolve("g.ttl"))).contains("\"changed\"");
  }

  @Test
  void anInMemoryGraphCountsWhatWasEmittedAndHoldsTheUnion() {
    InMemoryGraph g =
        InMemoryGraph.of(
            s -> {
              s.prefix("ex", "https://example.org/");
              org.apache.jena.sparql.core.DatasetGraph d = dataset();
              d.find().forEachRemaining(s::quad);
              d.find()
                  .forEachRemaining(
                      q ->
                          s.quad(
                              org.apache.jena.sparql.core.Quad.create(
                                  org.apache.jena.graph.NodeFactory.createURI(
                                      "https://example.org/h"),
                                  q.asTriple())));
            });
    assertThat(g.statements()).isEqualTo(2);
    assertThat(g.namedGraphs()).isEqualTo(2);
    assertThat(g.union().size()).isEqualTo(1); // one triple, stated in two graphs
    assertThat(g.union().getPrefixMapping().getNsPrefixURI("ex")).isEqualTo("https://example.org/");
  }

  private List<String> names() throws Exception {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Path old(Path p) throws Exception {
    Files.writeString(p, "partial");
    Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    return p;
  }
}
