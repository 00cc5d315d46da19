package io.notegraph.cli;

import io.notegraph.diag.Diagnostic;
import io.notegraph.pipeline.Extraction;
import io.notegraph.serve.StoreRefresh;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

  /** Brings {@code db} up to date with the notes; returns their texts by name (for /notes/). */
  Map<String, String> load(List<Path> paths, Path db, StoreRefresh.Progress progress) {
    StoreRefresh.Outcome r =
        StoreRefresh.builder()
            .extraction(
                () ->
                    Extraction.builder()
                        .pipeline(options.pipeline())
                        .base(options.base())
                        .strict(options.strict()),
                options.base())
            .output(output)
            .progress(progress)
            .build()
            .run(paths, db);
    for (Diagnostic d : r.diagnostics().problems()) err.println(d);
    err.flush();
    if (r.notes().isEmpty()) {
      throw new UserError("no notes found in " + paths + "; nothing to serve");
    }
    if (r.extraction().isPresent()) check(r.extraction().get());
    return r.notes();
  }

  private void check(Extraction.Result r) {
    switch (r.outcome()) {
      case REFUSED_STRICT -> throw new UserError(
          "--strict: " + r.diagnostics().problems().size() + " problem(s); nothing loaded");
      case INVALID_OUTPUT -> throw new UserError(
          "the graph does not conform to ontology/shapes.ttl; nothing loaded (a notegraph bug)",
          ExitCodes.INVALID_OUTPUT);
      case WRITTEN -> {
        // As extract: the explain index and note locations beside the graph files.
        ExplainIndex.of(r.corpus()).write(output);
        NoteLocations.of(
                r.corpus().notes().stream().map(n -> n.annotated().document()).toList(), output)
            .write(output);
      }
      default -> {}
    }
  }
}
