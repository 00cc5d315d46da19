package io.notegraph.cli;

import io.notegraph.diag.Diagnostics;
import io.notegraph.diag.Severity;
import io.notegraph.link.Entity;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.nlp.EntityType;
import io.notegraph.pipeline.Extraction;
import io.notegraph.pipeline.Manifest;
import io.notegraph.write.OutputWriter;
import java.io.PrintWriter;

/** The summary {@code extract} prints: what was read, what came out, where it went. */
record ExtractSummary(Extraction.Result run, long nanos) {

  void print(PrintWriter out) {
    LinkedCorpus corpus = run.corpus();
    Diagnostics diag = run.diagnostics();
    Manifest.Changes changes = run.changes();
    long meetings =
        corpus.notes().stream()
            .map(n -> n.annotated().note().series() + n.annotated().note().time().date())
            .distinct()
            .count();
    out.printf("read       %d file(s), %d meeting(s)%n", run.files(), meetings);
    out.printf(
        "entities   %d people, %d projects, %d organizations, %d versions%n",
        count(EntityType.PERSON),
        count(EntityType.PROJECT),
        count(EntityType.ORGANIZATION),
        count(EntityType.VERSION));
    out.printf(
        "graph      %d triples in %d named graphs, %s%n",
        run.statements(), run.namedGraphs(), layout());
    out.printf(
        "problems   %d warning(s), %d error(s), %d note(s)%s%n",
        diag.count(Severity.WARNING),
        diag.count(Severity.ERROR),
        diag.count(Severity.NOTE),
        diag.count(Severity.NOTE) > 0 ? " (-v shows notes)" : "");
    out.printf(
        "notes      %d new, %d changed, %d removed, %d unchanged since the last run%n",
        changes.added(), changes.changed(), changes.removed(), changes.unchanged());
    for (OutputWriter.Written w : run.written()) {
      out.printf("%s %s%n", w.changed() ? "wrote     " : "unchanged ", w.path());
    }
    if (changes.none() && run.written().stream().noneMatch(OutputWriter.Written::changed)) {
      out.println("nothing changed: the output already matches these notes");
    }
    out.printf("time       %.2f s%n", nanos / 1e9);
    out.flush();
  }

  /** Says which layout was written and whether SHACL checked it: never a silent switch. */
  private String layout() {
    String shape = run.layout() == OutputWriter.Layout.PRETTY ? "pretty" : "streamed blocks";
    String checked =
        run.validation().isPresent()
            ? "SHACL-validated"
            : run.layout() == OutputWriter.Layout.PRETTY
                ? "not validated (--no-validate)"
                : "not validated in memory (run notegraph validate)";
    return shape + ", " + checked;
  }

  private long count(EntityType t) {
    return run.corpus().entities().values().stream().map(Entity::type).filter(t::equals).count();
  }
}
