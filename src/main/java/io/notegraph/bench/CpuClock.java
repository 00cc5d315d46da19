package io.notegraph.bench;

import java.lang.management.ManagementFactory;

/** CPU time used by this process so far, all threads; 0 where the JVM cannot tell. */
final class CpuClock {
  private CpuClock() {}

  static long processNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime())
        : 0;
  }
}
