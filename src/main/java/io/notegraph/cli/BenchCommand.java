package io.notegraph.cli;

import io.notegraph.bench.BenchReport;
import io.notegraph.bench.BenchRun;
import io.notegraph.bench.PipelineBench;
import io.notegraph.bench.SyntheticNotes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notegraph bench}: times every pipeline stage on synthetic notes at several sizes. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times every stage of extract on generated notes shaped like the Podman corpus.",
      "The fictional notes are 570 KB of Markdown at 1x; stages: ingest, parse, nlp, link, rdf",
      "emit, write. Reports MB/s, notes/s, triples/s, peak heap and commonmark alone as the",
      "ceiling."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar target/notegraph.jar bench --sizes 1,10,100 --repeat 3 --output bench.md",
      "  notegraph bench --sizes 0.1 --real ../shared/corpus/podman-community",
      "",
      "Memory: run with -Xmx1g to check that a size fits in 1 GB of heap."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--sizes",
      split = ",",
      paramLabel = "N",
      defaultValue = "1,10,100",
      description = "Corpus sizes, multiples of the real corpus (default: ${DEFAULT-VALUE}).")
  List<Double> sizes = new ArrayList<>();

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--repeat",
      defaultValue = "1",
      paramLabel = "N",
      description = "Timed passes per corpus; times are medians (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--output", paramLabel = "FILE", description = "Also write the report here.")
  Path report;

  @Option(names = "--real", paramLabel = "DIR", description = "Also bench a real folder of notes.")
  List<Path> real = new ArrayList<>();

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "Folder for generated notes and outputs (default: a temporary folder, removed).")
  Path work;

  @Option(
      names = "--generate-only",
      description = {
        "Only write the generated notes into --work (notes-<size>x/) and stop: for timing",
        "extract itself on them."
      })
  boolean generateOnly;

  @Option(
      names = "--stream",
      description = "Stream the output at every size (as extract --stream).")
  boolean stream;

  @Mixin PipelineOptions options;

  @Override
  public Integer call() throws IOException {
    if (repeat < 1) throw new UserError("--repeat must be at least 1");
    if (sizes.stream().anyMatch(s -> !(s > 0))) throw new UserError("--sizes must be positive");
    if (generateOnly) return generate();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir =
        work != null ? Files.createDirectories(work) : Files.createTempDirectory("notegraph-bench");
    Components.load(!options.noNlp);
    PipelineBench bench =
        PipelineBench.builder()
            .pipeline(options.pipeline())
            .base(options.base())
            .stream(stream)
            .build();
    List<List<BenchRun>> results = new ArrayList<>();
    try {
      for (Path p : real) results.add(passes(bench, "real: " + p.getFileName(), p, dir, err));
      for (double size : sizes) {
        String label = label(size);
        Path notes = dir.resolve("notes-" + label);
        err.println("bench: generating " + label + " (seed " + seed + ")");
        SyntheticNotes.builder().seed(seed).scale(size).build().writeTo(notes);
        results.add(passes(bench, label, notes, dir, err));
      }
    } finally {
      if (work == null) delete(dir);
    }
    String header =
        String.format(
            Locale.ROOT,
            "seed %d, %d pass(es) per corpus, nlp: %s; command: notegraph bench %s",
            seed,
            repeat,
            options.noNlp ? "off" : "Recognizer",
            args());
    String md = new BenchReport(header, results).markdown();
    out.print(md);
    out.flush();
    if (report != null) Files.writeString(report, md, StandardCharsets.UTF_8);
    return ExitCodes.OK;
  }

  private int generate() throws IOException {
    if (work == null) throw new UserError("--generate-only needs --work DIR");
    for (double size : sizes) {
      Path notes = work.resolve("notes-" + label(size));
      SyntheticNotes.builder().seed(seed).scale(size).build().writeTo(notes);
      spec.commandLine().getOut().println(notes);
    }
    return ExitCodes.OK;
  }

  private List<BenchRun> passes(
      PipelineBench bench, String label, Path notes, Path dir, PrintWriter err) {
    List<BenchRun> runs = new ArrayList<>();
    for (int i = 1; i <= repeat; i++) {
      BenchRun r = bench.run(label, notes, dir.resolve("out-" + label.replaceAll("\\W", "_")));
      err.printf(
          Locale.ROOT,
          "bench: %s pass %d: %.2f s, %.2f MB/s%n",
          label,
          i,
          r.totalNanos() / 1e9,
          r.mbPerSecond(r.totalNanos()));
      err.flush();
      runs.add(r);
    }
    return runs;
  }

  private String args() {
    List<String> all = spec.commandLine().getParseResult().originalArgs();
    return String.join(" ", all.subList(all.indexOf("bench") + 1, all.size()));
  }

  static String label(double size) {
    return (size == Math.rint(size) ? Long.toString((long) size) : Double.toString(size)) + "x";
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir, e);
    }
  }
}
