package io.notegraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples heap use every few milliseconds on a daemon thread and keeps the highest value: a lower
 * bound of the true peak (GC can run between samples) that is cheap enough to leave on during a
 * timed pass. Thread-safe.
 */
final class HeapPeak implements AutoCloseable {
  private static final long PERIOD_MS = 5;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peak;

  private HeapPeak() {
    sampler = new Thread(this::sample, "heap-peak");
    sampler.setDaemon(true);
  }

  static HeapPeak start() {
    HeapPeak h = new HeapPeak();
    h.sample1();
    h.sampler.start();
    return h;
  }

  private void sample() {
    while (running) {
      sample1();
      try {
        Thread.sleep(PERIOD_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample1() {
    long used = memory.getHeapMemoryUsage().getUsed();
    if (used > peak) peak = used;
  }

  long peak() {
    sample1();
    return peak;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
