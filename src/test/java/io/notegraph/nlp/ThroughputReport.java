package io.notegraph.nlp;

import io.notegraph.diag.Diagnostics;
import io.notegraph.eval.GoldCorpusTest;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.NoteParser;
import io.notegraph.testing.SharedCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.junit.jupiter.api.Test;

/**
 * Prints single-thread throughput on the whole shared corpus (not a timed assertion: it only checks
 * that every note was processed). Run: mvn -o test -Dtest=ThroughputReport.
 */
class ThroughputReport {
  private static final NoteParser PARSER = NoteParser.builder().build();

  @Test
  void printsThroughputOnTheWholeCorpus() throws Exception {
    List<SourceDocument> docs = new ArrayList<>();
    List<MeetingNote> notes = new ArrayList<>();
    long chars = 0;
    for (Path p : SharedCorpus.allNotes()) {
      SourceDocument d = GoldCorpusTest.read(p);
      docs.add(d);
      notes.add(PARSER.parse(d, new Diagnostics()).orElseThrow());
      chars += d.text().length();
    }
    Recognizer r = Recognizer.builder().build();
    Recognizer noModel = Recognizer.builder().withoutModel().build();
    int found = 0;
    for (int warm = 0; warm < 3; warm++)
      for (int i = 0; i < docs.size(); i++) r.find(docs.get(i), notes.get(i));
    double full =
        mbPerSecond(
            chars,
            () -> {
              for (int i = 0; i < docs.size(); i++) r.find(docs.get(i), notes.get(i));
            });
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    double two =
        mbPerSecond(
            chars,
            () -> {
              List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
              for (int i = 0; i < docs.size(); i++) {
                int k = i;
                fs.add(pool.submit(() -> r.find(docs.get(k), notes.get(k))));
              }
              for (var f : fs) {
                try {
                  f.get();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }
            });
    pool.shutdown();
    for (int warm = 0; warm < 3; warm++)
      for (int i = 0; i < docs.size(); i++) noModel.find(docs.get(i), notes.get(i));
    double rules =
        mbPerSecond(
            chars,
            () -> {
              for (int i = 0; i < docs.size(); i++) noModel.find(docs.get(i), notes.get(i));
            });
    double ours =
        mbPerSecond(
            chars,
            () -> {
              for (SourceDocument d : docs) Tokens.tokenize(d.text(), 0, d.text().length());
            });
    double simple =
        mbPerSecond(
            chars,
            () -> {
              for (SourceDocument d : docs) SimpleTokenizer.INSTANCE.tokenizePos(d.text());
            });
    for (int i = 0; i < docs.size(); i++) found += r.find(docs.get(i), notes.get(i)).size();
    System.out.printf(
        Locale.ROOT,
        "corpus: %d notes, %.2f MB (chars), %d mentions%n",
        docs.size(),
        chars / 1e6,
        found);
    System.out.printf(
        Locale.ROOT, "recognizer, one thread: %.2f MB/s (without model %.2f MB/s)%n", full, rules);
    System.out.printf(Locale.ROOT, "recognizer, two threads: %.2f MB/s%n", two);
    System.out.printf(
        Locale.ROOT, "tokenizers: ours %.1f MB/s, SimpleTokenizer %.1f MB/s%n", ours, simple);
    org.assertj.core.api.Assertions.assertThat(found).isGreaterThan(1000);
  }

  /**
   * Megabytes per second of this thread's CPU time (the build machine is shared, so wall time says
   * more about the neighbours than about us); for the two-thread figure, wall time.
   */
  private static double mbPerSecond(long chars, Runnable work) {
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    int rounds = 5;
    long c0 = bean.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int k = 0; k < rounds; k++) work.run();
    long cpu = bean.getCurrentThreadCpuTime() - c0;
    long wall = System.nanoTime() - t0;
    // Work handed to a pool uses little CPU on this thread: fall back to wall time.
    double s = (cpu > wall / 4 ? cpu : wall) / 1e9;
    return chars * rounds / 1e6 / s;
  }
}
