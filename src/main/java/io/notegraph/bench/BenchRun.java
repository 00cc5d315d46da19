package io.notegraph.bench;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one timed pass over one corpus measured.
 *
 * @param corpus label ("1x", "real: notes")
 * @param notes documents read
 * @param bytes Markdown bytes on disk
 * @param nanos wall time per stage
 * @param cpuNanos CPU time of the whole process per stage (all threads, GC and JIT included):
 *     unlike wall time, barely affected by other processes competing for the cores
 * @param statements quads emitted (counted while writing)
 * @param peakHeapBytes highest heap use sampled during the pass
 * @param markdownNanos commonmark alone over the same texts (the ceiling), not part of the pass
 */
public record BenchRun(
    String corpus,
    int notes,
    long bytes,
    Map<Stage, Long> nanos,
    Map<Stage, Long> cpuNanos,
    long statements,
    long peakHeapBytes,
    long markdownNanos) {
  public BenchRun {
    nanos = java.util.Collections.unmodifiableMap(new EnumMap<>(nanos));
    cpuNanos = java.util.Collections.unmodifiableMap(new EnumMap<>(cpuNanos));
  }

  public long totalNanos() {
    return sum(nanos);
  }

  public long totalCpuNanos() {
    return sum(cpuNanos);
  }

  private static long sum(Map<Stage, Long> m) {
    return m.entrySet().stream()
        .filter(e -> e.getKey().inTotal())
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** MB (10^6 bytes) of Markdown per second over {@code n} nanoseconds. */
  public double mbPerSecond(long n) {
    return n == 0 ? 0 : bytes / 1e6 / (n / 1e9);
  }
}
