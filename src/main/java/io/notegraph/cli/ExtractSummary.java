package io.notegraph.cli;

import io.notegraph.diag.Diagnostics;
import io.notegraph.diag.Severity;
import io.notegraph.link.Entity;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.nlp.EntityType;
import java.io.PrintWriter;
import io.notegraph.pipeline.Manifest;
import io.notegraph.write.OutputWriter;
import java.util.List;

/** The summary {@code extract} prints: what was read, what came out, where it went. */
record ExtractSummary(
    int files,
    LinkedCorpus corpus,
    long statements,
    int namedGraphs,
    Diagnostics diag,
    Manifest.Changes changes,
    List<OutputWriter.Written> written,
    long nanos) {

  void print(PrintWriter out) {
    long meetings = corpus.notes().stream()
        .map(n -> n.annotated().note().series() + n.annotated().note().time().date())
        .distinct().count();
    out.printf("read       %d file(s), %d meeting(s)%n", files, meetings);
    out.printf("entities   %d people, %d projects, %d organizations, %d versions%n",
        count(EntityType.PERSON), count(EntityType.PROJECT), count(EntityType.ORGANIZATION),
        count(EntityType.VERSION));
    out.printf("graph      %d triples in %d named graphs%n", statements,
        namedGraphs);
    out.printf("problems   %d warning(s), %d error(s), %d note(s)%s%n",
        diag.count(Severity.WARNING), diag.count(Severity.ERROR), diag.count(Severity.NOTE),
        diag.count(Severity.NOTE) > 0 ? " (-v shows notes)" : "");
    out.printf("notes      %d new, %d changed, %d removed, %d unchanged since the last run%n",
        changes.added(), changes.changed(), changes.removed(), changes.unchanged());
    for (OutputWriter.Written w : written) {
      out.printf("%s %s%n", w.changed() ? "wrote     " : "unchanged ", w.path());
    }
    if (changes.none() && written.stream().noneMatch(OutputWriter.Written::changed)) {
      out.println("nothing changed: the output already matches these notes");
    }
    out.printf("time       %.2f s%n", nanos / 1e9);
    out.flush();
  }

  private long count(EntityType t) {
    return corpus.entities().values().stream().map(Entity::type).filter(t::equals).count();
  }
}
