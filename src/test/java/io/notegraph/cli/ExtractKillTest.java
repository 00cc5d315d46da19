package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during extract loses nothing: a real JVM ({@code io.notegraph.cli.Main} on the test class
 * path) is killed while it extracts a large folder over a good earlier output: when its first temp
 * file appears, right after the Turtle file was replaced (the TriG file is then still being
 * written), and at five seeded moments. After every kill notegraph.ttl and notegraph.trig are each
 * either the earlier output, byte for byte, or the complete new output; the next run finishes,
 * writes that new output and removes the temp files the killed runs left.
 */
class ExtractKillTest {
  private static final String[] OUTPUTS = {"notegraph.ttl", "notegraph.trig"};
  private static final int BIG = 1500;

  @TempDir Path small;
  @TempDir Path big;
  @TempDir Path out;
  private final java.util.Set<String> leftBehind = new java.util.TreeSet<>();

  @Test
  void killedRunsLeaveTheEarlierOutputOrTheCompleteNewOneAndTheNextRunCleansUp() throws Exception {
    BadNotes.writeMany(small, 5);
    BadNotes.writeMany(big, BIG);
    assertThat(
            Cli.run("extract", "-q", "--no-validate", "-o", out.toString(), small.toString())
                .exit())
        .isZero();
    List<String> before = hashes();

    List<List<String>> afterKills = new ArrayList<>();
    afterKills.add(killWhenATempFileAppears());
    restore(before);
    afterKills.add(killWhenTheTurtleFileIsReplaced()); // between the two moves
    Random random = new Random(20261123L);
    long delay = 0;
    for (int i = 0; i < 5; i++) {
      restore(before);
      delay += 300 + random.nextInt(1200); // 0.3 to 1.5 s more each time
      afterKills.add(killAfter(delay));
    }
    // One more, planted: an hour old, as after a crash long ago. The next run must remove it.
    Path planted = out.resolve(".notegraph.trig4242.tmp");
    Files.writeString(planted, "@prefix broken");
    Files.setLastModifiedTime(
        planted,
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));

    Process last = start();
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).isZero();
    List<String> complete = hashes();
    for (String f : OUTPUTS) RDFDataMgr.loadDatasetGraph(out.resolve(f).toString()); // parses
    assertThat(tempFiles()).as("temp files of killed runs removed").isEmpty();

    for (List<String> state : afterKills) {
      for (int k = 0; k < OUTPUTS.length; k++) {
        assertThat(state.get(k)).as(OUTPUTS[k]).isIn(before.get(k), complete.get(k));
      }
    }
    System.out.printf(
        "kill -9: %d kills, ttl+trig after each: %s; temp files left by kills: %d,"
            + " all removed by later runs%n",
        afterKills.size(),
        afterKills.stream().map(s -> label(s, before, complete)).toList(),
        leftBehind.size());
  }

  private List<String> killWhenATempFileAppears() throws Exception {
    Process p = start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && tempFiles().isEmpty() && System.nanoTime() < deadline) Thread.sleep(1);
    p.destroyForcibly().waitFor();
    leftBehind.addAll(tempFiles());
    return hashes();
  }

  private List<String> killWhenTheTurtleFileIsReplaced() throws Exception {
    Path ttl = out.resolve(OUTPUTS[0]);
    Object before = Files.readAttributes(ttl, "unix:ino").get("ino");
    Process p = start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive()
        && before.equals(Files.readAttributes(ttl, "unix:ino").get("ino"))
        && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    p.destroyForcibly().waitFor();
    leftBehind.addAll(tempFiles());
    return hashes();
  }

  private List<String> killAfter(long millis) throws Exception {
    Process p = start();
    p.waitFor(millis, TimeUnit.MILLISECONDS);
    p.destroyForcibly().waitFor();
    leftBehind.addAll(tempFiles());
    return hashes();
  }

  private Process start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "io.notegraph.cli.Main",
            "extract",
            "-q",
            "--no-validate",
            "-o",
            out.toString(),
            big.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Puts the earlier output back (leaving any temp files) so every kill interrupts a change. */
  private void restore(List<String> before) throws Exception {
    if (hashes().equals(before)) return;
    assertThat(
            Cli.run("extract", "-q", "--no-validate", "-o", out.toString(), small.toString())
                .exit())
        .isZero();
    assertThat(hashes()).isEqualTo(before);
  }

  private List<String> tempFiles() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".notegraph.") && n.endsWith(".tmp"))
          .toList();
    }
  }

  private List<String> hashes() throws Exception {
    List<String> h = new ArrayList<>();
    for (String f : OUTPUTS) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      h.add(HexFormat.of().formatHex(md.digest(Files.readAllBytes(out.resolve(f)))));
    }
    return h;
  }

  private static String label(List<String> state, List<String> before, List<String> complete) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < state.size(); k++) {
      sb.append(k > 0 ? "+" : "").append(state.get(k).equals(before.get(k)) ? "old" : "new");
    }
    return sb.toString();
  }
}
