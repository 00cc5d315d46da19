package io.notegraph.cli;

import io.notegraph.pipeline.Components;

import io.notegraph.diag.Diagnostic;
import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.pipeline.Manifest;
import io.notegraph.pipeline.Sources;
import io.notegraph.rdf.GraphEmitter;
import io.notegraph.store.GraphStore;
import io.notegraph.store.LoadReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * {@code serve}'s extract-and-load step, with progress on the way: the notes go through the
 * pipeline and the emitted quads straight into the TDB2 store (no TriG written and parsed again),
 * and a store whose notes, base IRI and notegraph version are unchanged since its last load is
 * reused at once without running the pipeline. The stamp that says so ({@value #STAMP}) lives in
 * the database folder and is written only after a load committed. One instance per serve.
 */
final class ServeLoad {
  static final String STAMP = "notegraph-notes.tsv";

  private final PrintWriter out;
  private final PrintWriter err;
  private final PipelineOptions options;
  private final long t0 = System.nanoTime();
  private final Map<String, String> notes = new TreeMap<>();

  ServeLoad(PrintWriter out, PrintWriter err, PipelineOptions options) {
    this.out = out;
    this.err = err;
    this.options = options;
  }

  /** Brings the store in {@code db} up to date with the notes under {@code paths}. */
  void run(List<Path> paths, Path db, ExtractStep override) throws Exception {
    if (override != null) {
      DatasetGraph quads = override.extract(paths.toArray(Path[]::new));
      load(db, quads, null);
      return;
    }
    say("extract", "reading notes from " + (paths.isEmpty() ? "the bundled samples" : paths));
    Diagnostics diag = new Diagnostics();
    List<SourceDocument> docs = Sources.load(paths, diag);
    if (docs.isEmpty()) {
      for (Diagnostic d : diag.problems()) err.println(d);
      err.flush();
      throw new UserError("no notes found in " + paths + "; nothing to serve");
    }
    for (SourceDocument d : docs) notes.put(d.name(), d.text());
    String stamp = stamp(docs);
    if (stamp.equals(readStamp(db)) && hasData(db)) {
      say("load", docs.size() + " notes unchanged since the last load: database reused as is");
      return;
    }
    Components.preload(true, false); // only now: a reused store needs no models
    LinkedCorpus corpus = options.pipeline().run(docs, diag, done -> { });
    for (Diagnostic d : diag.problems()) err.println(d);
    err.flush();
    say("extract", docs.size() + " notes: " + corpus.entities().size() + " entities");
    Components.awaitJena();
    DatasetGraph quads = DatasetGraphFactory.create();
    new GraphEmitter(options.base()).emit(corpus, StreamRDFLib.dataset(quads));
    say("extract", quads.stream().count() + " quads in " + quads.size() + " named graphs");
    load(db, quads, stamp);
  }

  private void load(Path db, DatasetGraph quads, String stamp) throws IOException {
    say("load", "into " + db);
    try (GraphStore store = GraphStore.builder().database(db).build()) {
      LoadReport r = store.load(quads);
      say("load", r.summary());
    }
    if (stamp != null) {
      Files.writeString(db.resolve(STAMP), stamp, StandardCharsets.UTF_8);
    }
  }

  /** The notes' texts by path relative to the input root, for {@code /notes/} (none if none read). */
  Map<String, String> notes() {
    return Map.copyOf(notes);
  }

  /** Prints one progress line: elapsed seconds, the phase, what happened. */
  void say(String phase, String what) {
    double s = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "%5.1f s  %-8s %s%n", s, phase, what);
    out.flush();
  }

  /** What the store's content depends on: notegraph's version, the base IRI, every note's hash. */
  private String stamp(List<SourceDocument> docs) {
    StringBuilder sb = new StringBuilder("# what the database was last loaded from\n");
    String version = ServeLoad.class.getPackage().getImplementationVersion();
    sb.append("version\t").append(version == null ? "dev" : version).append('\n');
    sb.append("base\t").append(options.base()).append('\n');
    Manifest.of(docs).hashes().forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
    return sb.toString();
  }

  private static String readStamp(Path db) {
    try {
      return Files.readString(db.resolve(STAMP), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean hasData(Path db) {
    try (GraphStore store = GraphStore.builder().database(db).build()) {
      return store.graphCount() > 0;
    }
  }
}
