package io.notegraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a bench ran on, in one line: cores, CPU model, RAM, JDK, heap limit, load. Linux
 * details come from {@code /proc}; elsewhere they read "unknown". Immutable.
 */
record Machine(int cores, String cpu, long ramBytes, String jdk, long maxHeapBytes, double load) {
  static Machine current() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    long ram =
        os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        ram,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        Runtime.getRuntime().maxMemory(),
        os.getSystemLoadAverage());
  }

  private static String cpuModel() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
      return lines.stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown");
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "%d cores, %s, %.1f GB RAM, %s, max heap %d MB, load average %.2f",
        cores,
        cpu,
        ramBytes / 1e9,
        jdk,
        maxHeapBytes >> 20,
        load);
  }
}
