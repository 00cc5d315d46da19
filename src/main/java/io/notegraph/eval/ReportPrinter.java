package io.notegraph.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Prints an {@link EvalReport} as an aligned table or as TSV. A relation with nothing to count (no
 * gold rows, nothing predicted) shows "-" in the table instead of P/R/F1. The TSV has one row per
 * relation (note {@code ALL}: micro-average), then with per-note output one row per note and
 * relation; errors follow after an empty line under their own header.
 */
public final class ReportPrinter {
  private static final String ROW = "%-15s %5s %6s %6s %6s %6s %5s %5s %5s%n";

  private final PrintWriter out;
  private final boolean perNote;
  private final boolean errors;

  public ReportPrinter(PrintWriter out, boolean perNote, boolean errors) {
    this.out = out;
    this.perNote = perNote;
    this.errors = errors;
  }

  public void table(EvalReport report) {
    out.printf(
        "notes: %d gold, %d found in the graph%n",
        report.notes().size(), report.notes().size() - report.missingNotes().size());
    report.missingNotes().forEach(n -> out.println("  not in the graph: " + n));
    out.println();
    header();
    Map<Relation, Score> micro = report.micro();
    micro.forEach((r, s) -> row(r, report.notesScoring(r), s));
    out.println();
    report
        .seriesIris()
        .forEach(
            (name, iris) ->
                out.printf(
                    "series \"%s\": %d series IRI(s) (target 1)%s%n",
                    name, iris.size(), iris.isEmpty() ? "" : " " + String.join(" ", iris)));
    out.println("affiliations counted from: " + sources(report));
    if (perNote) {
      for (NoteScore n : report.notes()) {
        out.println();
        out.println(n.note() + "  <- " + n.sourcePath().orElse("NOT IN THE GRAPH"));
        header();
        n.scores().forEach((r, s) -> row(r, 1, s));
      }
    }
    if (errors) {
      out.println();
      report.findings().forEach(f -> out.println(f.line()));
    }
  }

  public void tsv(EvalReport report) {
    out.println("note\trelation\tnotes\tP\tR\tF1\taccuracy\ttp\tfp\tfn");
    report.micro().forEach((r, s) -> tsvRow("ALL", r, report.notesScoring(r), s));
    if (perNote) {
      for (NoteScore n : report.notes()) n.scores().forEach((r, s) -> tsvRow(n.note(), r, 1, s));
    }
    if (errors) {
      out.println();
      out.println("note\trelation\tkind\ttext");
      for (Finding f : report.findings()) {
        out.println(
            String.join(
                "\t", f.note(), f.relation().label(), f.kind(), f.text().replace('\t', ' ')));
      }
    }
  }

  private void header() {
    out.printf(ROW, "relation", "notes", "P", "R", "F1", "acc", "TP", "FP", "FN");
  }

  private void row(Relation r, int notes, Score s) {
    out.printf(
        ROW,
        r.label(),
        notes,
        s.isEmpty() ? "-" : f(s.precision()),
        s.isEmpty() ? "-" : f(s.recall()),
        s.isEmpty() ? "-" : f(s.f1()),
        !r.isAccuracy() ? "" : s.isEmpty() ? "-" : f(s.recall()),
        s.tp(),
        s.fp(),
        s.fn());
  }

  private void tsvRow(String note, Relation r, int notes, Score s) {
    out.println(
        String.join(
            "\t",
            note,
            r.label(),
            String.valueOf(notes),
            f(s.precision()),
            f(s.recall()),
            f(s.f1()),
            r.isAccuracy() ? f(s.recall()) : "",
            String.valueOf(s.tp()),
            String.valueOf(s.fp()),
            String.valueOf(s.fn())));
  }

  private static String sources(EvalReport report) {
    Map<String, Integer> count = new TreeMap<>();
    for (String s : Set.of("document", "entities", "none")) count.put(s, 0);
    report.notes().forEach(n -> count.merge(n.affiliationSource(), 1, Integer::sum));
    StringBuilder b = new StringBuilder();
    count.forEach(
        (k, v) ->
            b.append(b.length() == 0 ? "" : ", ")
                .append(k)
                .append(' ')
                .append(v)
                .append(" note(s)"));
    return b.toString();
  }

  private static String f(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
