package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDecoder;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.pipeline.Components;
import io.notegraph.pipeline.Pipeline;
import io.notegraph.rdf.GraphEmitter;
import io.notegraph.rdf.Iris;
import io.notegraph.write.OutputWriter;
import io.notegraph.write.RdfFormat;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Every output format round-trips: a few generated broken notes ({@link MarkdownFuzzer}) go through
 * the pipeline, {@link OutputWriter} writes each {@link RdfFormat}, and each file parses back to
 * the same graph (triple formats: the union; quad formats: every named graph).
 */
class OutputFormatRoundTripTest {
  private static final SourceDecoder DECODER = new SourceDecoder();

  @Property(tries = 40, seed = "20261123")
  void everyFormatParsesBackToTheSameGraph(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int notes) throws IOException {
    DatasetGraph dataset = extract(seed, notes);
    Path dir = Files.createTempDirectory("notegraph-roundtrip");
    try {
      new OutputWriter(dir, "g").write(dataset, List.of(RdfFormat.values()));
      for (RdfFormat f : RdfFormat.values()) {
        String file = dir.resolve("g." + f.extension()).toString();
        if (f.quads()) {
          RdfCompare.assertSameDataset(RDFDataMgr.loadDatasetGraph(file), dataset);
        } else {
          Graph back = RDFDataMgr.loadGraph(file);
          assertThat(back.isIsomorphicWith(union(dataset))).as(f.name()).isTrue();
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
  }

  private static DatasetGraph extract(long seed, int count) {
    MarkdownFuzzer fuzzer = new MarkdownFuzzer(seed);
    Diagnostics diag = new Diagnostics();
    List<SourceDocument> docs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = "notes/" + seed + "-" + i + ".md";
      DECODER
          .decode(name, URI.create("urn:notegraph:test:" + i), fuzzer.nextBytes(), diag)
          .ifPresent(docs::add);
    }
    Pipeline pipeline =
        Pipeline.builder()
            .parallel(false)
            .finder(Components.finder(false))
            .linker(Components.linker())
            .build();
    LinkedCorpus corpus = pipeline.run(docs, diag, name -> {});
    assertThat(diag.all()).noneMatch(d -> d.message().contains("internal error"));
    DatasetGraph dataset = DatasetGraphFactory.create();
    new GraphEmitter(Iris.DEFAULT_BASE).emit(corpus, StreamRDFLib.dataset(dataset));
    return dataset;
  }

  private static Graph union(DatasetGraph d) {
    Graph g = GraphFactory.createDefaultGraph();
    d.find().forEachRemaining(q -> g.add(q.asTriple()));
    return g;
  }
}
