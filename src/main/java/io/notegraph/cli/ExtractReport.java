package io.notegraph.cli;

import io.notegraph.diag.Diagnostic;
import io.notegraph.diag.Diagnostics;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.pipeline.Extraction;
import io.notegraph.write.OutputWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code extract} tells the user once the run is over: the problems (and with -v every note
 * and the layout rows each note matched), what went wrong or the summary, and the exit code.
 */
final class ExtractReport {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean verbose;

  ExtractReport(PrintWriter out, PrintWriter err, boolean quiet, boolean verbose) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    this.verbose = verbose;
  }

  /** Prints the outcome of {@code r} and returns the exit code. */
  int finish(Extraction.Result r, List<Path> paths, boolean validateAsked, long startNanos) {
    report(r.diagnostics());
    if (verbose) layoutSignals(r.corpus());
    switch (r.outcome()) {
      case NO_NOTES -> {
        err.println("notegraph: error: no notes found in " + paths);
        return ExitCodes.FAILURE;
      }
      case REFUSED_STRICT -> {
        err.println(
            "notegraph: --strict: "
                + r.diagnostics().problems().size()
                + " problem(s); nothing written");
        return ExitCodes.FAILURE;
      }
      case INVALID_OUTPUT -> {
        r.validation()
            .orElseThrow()
            .violations()
            .forEach(line -> err.println("notegraph: shape violation: " + line));
        err.println(
            "notegraph: the graph does not conform to ontology/shapes.ttl; nothing written."
                + " This is a bug in notegraph: please report it with the note.");
        return ExitCodes.INVALID_OUTPUT;
      }
      case WRITTEN -> {
        if (r.layout() == OutputWriter.Layout.STREAMING && validateAsked && !quiet) {
          err.println(
              "notegraph: streamed output is not validated in memory; run notegraph validate");
        }
        if (!quiet) new ExtractSummary(r, System.nanoTime() - startNanos).print(out);
        return r.diagnostics().hasErrors() ? ExitCodes.FAILURE : ExitCodes.OK;
      }
    }
    throw new IllegalStateException(r.outcome().toString());
  }

  /** With -v: which layout signals each note matched ("file: layout: date-heading ..."). */
  private void layoutSignals(LinkedCorpus corpus) {
    corpus.notes().stream()
        .map(n -> n.annotated().note())
        .sorted(java.util.Comparator.comparing(io.notegraph.parse.MeetingNote::documentName))
        .forEach(
            n ->
                err.println(
                    n.documentName()
                        + ": layout: "
                        + (n.layoutSignals().isEmpty()
                            ? "none"
                            : String.join(" ", n.layoutSignals()))));
    err.flush();
  }

  private void report(Diagnostics diag) {
    for (Diagnostic d : verbose ? diag.all() : diag.problems()) err.println(d);
    err.flush();
  }
}
