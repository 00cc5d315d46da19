package io.notegraph.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times stages run one after the other: wall time, and CPU time of the whole process (see {@link
 * CpuClock}). Not thread-safe: one per pass.
 */
final class StageClock {
  private final Map<Stage, Long> wall = new EnumMap<>(Stage.class);
  private final Map<Stage, Long> cpu = new EnumMap<>(Stage.class);

  private final Map<Stage, long[]> running = new EnumMap<>(Stage.class);

  /** Starts timing {@code stage}; {@link #stop} ends it (for stages timed by a listener). */
  void start(Stage stage) {
    running.put(stage, new long[] {System.nanoTime(), CpuClock.processNanos()});
  }

  void stop(Stage stage) {
    long[] t0 = running.remove(stage);
    wall.put(stage, System.nanoTime() - t0[0]);
    cpu.put(stage, CpuClock.processNanos() - t0[1]);
  }

  <T> T time(Stage stage, Supplier<T> work) {
    long c0 = CpuClock.processNanos();
    long t0 = System.nanoTime();
    T result = work.get();
    wall.put(stage, System.nanoTime() - t0);
    cpu.put(stage, CpuClock.processNanos() - c0);
    return result;
  }

  Map<Stage, Long> wall() {
    return wall;
  }

  Map<Stage, Long> cpu() {
    return cpu;
  }
}
