package io.notegraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Renders bench results as Markdown: a summary row per corpus, then a table of stages per corpus.
 * With several passes per corpus, times are medians and the best total is given too. Immutable.
 */
public final class BenchReport {
  private final String header;
  private final List<List<BenchRun>> corpora;

  /** {@code corpora}: the passes of each corpus, in the order to report them. */
  public BenchReport(String header, List<List<BenchRun>> corpora) {
    this.header = header;
    this.corpora = corpora.stream().map(List::copyOf).toList();
  }

  public String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("# notegraph bench\n\n").append(header).append("\n\n");
    b.append("machine: ").append(Machine.current().describe()).append("\n\n");
    b.append(
        "| corpus | notes | MB | total s (median) | total s (best) | MB/s | notes/s "
            + "| triples/s | peak heap MB | CPU s | commonmark alone MB/s |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (List<BenchRun> runs : corpora) {
      BenchRun r = runs.get(0);
      long total = median(runs, BenchRun::totalNanos);
      long best = runs.stream().mapToLong(BenchRun::totalNanos).min().orElse(0);
      row(
          b,
          r.corpus(),
          Integer.toString(r.notes()),
          fmt("%.2f", r.bytes() / 1e6),
          fmt("%.2f", total / 1e9),
          fmt("%.2f", best / 1e9),
          fmt("%.2f", r.mbPerSecond(total)),
          fmt("%.0f", r.notes() / (total / 1e9)),
          fmt("%.0f", r.statements() / (total / 1e9)),
          Long.toString(runs.stream().mapToLong(BenchRun::peakHeapBytes).max().orElse(0) >> 20),
          fmt("%.2f", median(runs, BenchRun::totalCpuNanos) / 1e9),
          fmt("%.1f", r.mbPerSecond(median(runs, BenchRun::markdownNanos))));
    }
    for (List<BenchRun> runs : corpora) stages(b, runs);
    return b.toString();
  }

  private static void stages(StringBuilder b, List<BenchRun> runs) {
    BenchRun r = runs.get(0);
    long total = median(runs, BenchRun::totalNanos);
    b.append("\n## ")
        .append(r.corpus())
        .append(" (")
        .append(r.notes())
        .append(" notes, ")
        .append(fmt("%.2f", r.bytes() / 1e6))
        .append(" MB, ")
        .append(r.statements())
        .append(" triples)\n\n");
    long cpuTotal = median(runs, BenchRun::totalCpuNanos);
    b.append(
        "| stage | what | wall ms | share | MB/s | CPU ms (all threads) |\n"
            + "|---|---|---:|---:|---:|---:|\n");
    for (Stage s : Stage.values()) {
      long n = median(runs, x -> x.nanos().getOrDefault(s, 0L));
      long c = median(runs, x -> x.cpuNanos().getOrDefault(s, 0L));
      row(
          b,
          s.label(),
          s.what(),
          fmt("%.0f", n / 1e6),
          s.inTotal() ? fmt("%.0f%%", 100.0 * n / total) : "",
          fmt("%.1f", r.mbPerSecond(n)),
          fmt("%.0f", c / 1e6));
    }
    row(
        b,
        "total",
        "",
        fmt("%.0f", total / 1e6),
        "100%",
        fmt("%.1f", r.mbPerSecond(total)),
        fmt("%.0f", cpuTotal / 1e6));
  }

  private static long median(List<BenchRun> runs, ToLongFunction<BenchRun> f) {
    List<Long> v = new ArrayList<>(runs.stream().map(f::applyAsLong).toList());
    v.sort(Comparator.naturalOrder());
    return v.get(v.size() / 2);
  }

  private static void row(StringBuilder b, String... cells) {
    b.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  private static String fmt(String f, Object... args) {
    return String.format(Locale.ROOT, f, args);
  }
}
