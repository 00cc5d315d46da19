package io.notegraph.cli;

import io.notegraph.link.Entity;
import io.notegraph.link.Explanation;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.pipeline.ExplainIndex;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The text {@code notegraph explain} prints for the entities a name denotes. */
final class ExplainReport {
  private final LinkedCorpus corpus;
  private final ExplainIndex index;

  ExplainReport(ExplainIndex index) {
    this.index = index;
    this.corpus = index.corpus();
  }

  void print(String name, List<Entity> entities, PrintWriter out) {
    if (entities.size() > 1) {
      out.printf(
          "'%s' resolved to %d different entities (in different meetings):%n%n",
          name, entities.size());
    }
    for (Entity e : entities) {
      printEntity(e, out);
      out.println();
    }
  }

  private void printEntity(Entity e, PrintWriter out) {
    out.printf("%s  %s (%s)%n", e.id(), e.name(), e.type().name().toLowerCase());
    if (!e.nicks().isEmpty()) out.printf("  handles: %s%n", String.join(", ", e.nicks()));
    if (e.project() != null) out.printf("  release of: %s%n", e.project());
    if (!e.sameAs().isEmpty()) out.printf("  same as: %s%n", String.join(", ", e.sameAs()));
    if (!e.affiliations().isEmpty()) {
      out.printf("  affiliations: %s%n", String.join(", ", e.affiliations()));
    }
    Map<String, Integer> counts = index.counts(e.id());
    List<Explanation> forms =
        corpus.explanations().stream()
            .filter(x -> x.entityId().equals(e.id()))
            .sorted(
                Comparator.comparing((Explanation x) -> -counts.getOrDefault(x.surface(), 0))
                    .thenComparing(Explanation::surface))
            .toList();
    out.printf(
        "  %d surface form%s (form, occurrences, first seen, why):%n",
        forms.size(), forms.size() == 1 ? "" : "s");
    int width = forms.stream().mapToInt(x -> x.surface().length()).max().orElse(0);
    for (Explanation x : forms) {
      out.printf(
          "    %-" + width + "s %4dx  %s:%d  %s%n",
          x.surface(),
          counts.getOrDefault(x.surface(), 0),
          x.file(),
          x.line(),
          x.reason());
    }
  }
}
