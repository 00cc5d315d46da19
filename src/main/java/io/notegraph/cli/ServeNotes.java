package io.notegraph.cli;

import io.notegraph.diag.Diagnostic;
import io.notegraph.pipeline.Extraction;
import io.notegraph.serve.MemoryDataset;
import io.notegraph.serve.NotegraphServer;
import io.notegraph.serve.NotesServlet;
import io.notegraph.serve.StoreRefresh;
import io.notegraph.serve.VizServlet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * {@code serve}'s extract-and-load step: the pipeline options and {@code -o} turned into a {@link
 * StoreRefresh}, its problems printed, a failed extraction turned into an exit code.
 */
final class ServeNotes {
  private final PipelineOptions options;
  private final Path output;
  private final PrintWriter err;

  ServeNotes(PipelineOptions options, Path output, PrintWriter err) {
    this.options = options;
    this.output = output;
    this.err = err;
  }

  /**
   * Gives the server its data, the graph view and the notes' texts: the database {@code db},
   * brought up to date with the notes when there are any (or it is empty), or with {@code db} null
   * the notes extracted into memory. Returns what is served, for the "ready" line.
   */
  String prepare(
      NotegraphServer.Builder server, List<Path> paths, Path db, StoreRefresh.Progress progress) {
    if (db == null) {
      InMemory m = inMemory(paths, progress);
      // Nobody else holds the dataset: its answers can be kept (the server never caches writable).
      server
          .dataset(m.dataset())
          .cacheResults(true)
          .servlet("/viz", VizServlet.forDatasetWithNotes(m.dataset()))
          .servlet(NotesServlet.PREFIX + "*", NotesServlet.of(m.notes()));
      return "from memory";
    }
    Map<String, String> texts =
        !paths.isEmpty() || !StoreRefresh.hasDatabase(db) ? load(paths, db, progress) : Map.of();
    server
        .database(db)
        .servlet("/viz", VizServlet.forDatabaseWithNotes(db))
        .servlet(NotesServlet.PREFIX + "*", NotesServlet.of(texts));
    return db.toString();
  }

  /** Brings {@code db} up to date with the notes; returns their texts by name (for /notes/). */
  Map<String, String> load(List<Path> paths, Path db, StoreRefresh.Progress progress) {
    return checked(refresh(progress).run(paths, db), paths).notes();
  }

  /**
   * The notes extracted into memory ({@code --in-memory}): the dataset to serve, and their texts.
   */
  InMemory inMemory(List<Path> paths, StoreRefresh.Progress progress) {
    StoreRefresh.Outcome r = checked(refresh(progress).extractOnly(paths), paths);
    DatasetGraph dsg = MemoryDataset.of(r.extraction().orElseThrow().quads().orElseThrow());
    progress.say("load", "into memory");
    return new InMemory(dsg, r.notes());
  }

  /** A dataset served from memory and the notes it came from. */
  record InMemory(DatasetGraph dataset, Map<String, String> notes) {}

  private StoreRefresh refresh(StoreRefresh.Progress progress) {
    return StoreRefresh.builder()
        .extraction(
            () ->
                Extraction.builder()
                    .pipeline(options.pipeline())
                    .base(options.base())
                    .strict(options.strict()),
            options.base())
        .output(output)
        .progress(progress)
        .build();
  }

  private StoreRefresh.Outcome checked(StoreRefresh.Outcome r, List<Path> paths) {
    for (Diagnostic d : r.diagnostics().problems()) err.println(d);
    err.flush();
    if (r.notes().isEmpty()) {
      throw new UserError("no notes found in " + paths + "; nothing to serve");
    }
    if (r.extraction().isPresent()) check(r.extraction().get());
    return r;
  }

  private void check(Extraction.Result r) {
    switch (r.outcome()) {
      case REFUSED_STRICT ->
          throw new UserError(
              "--strict: " + r.diagnostics().problems().size() + " problem(s); nothing loaded");
      case INVALID_OUTPUT ->
          throw new UserError(
              "the graph does not conform to ontology/shapes.ttl; nothing loaded (a notegraph bug)",
              ExitCodes.INVALID_OUTPUT);
      default -> {} // written: Extraction put the explain index and note locations beside it
    }
  }
}
