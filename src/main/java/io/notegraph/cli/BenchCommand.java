package io.notegraph.cli;

import io.notegraph.bench.BenchReport;
import io.notegraph.bench.BenchRun;
import io.notegraph.bench.PipelineBench;
import io.notegraph.pipeline.Components;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code notegraph bench}: times every pipeline stage on folders of notes. Synthetic corpora of any
 * size come from the contributors' generator ({@code bench/run.sh}), not from the product.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times every stage of extract on folders of notes.",
      "Stages: ingest, parse, nlp, link, rdf emit, write. Reports MB/s, notes/s, triples/s,",
      "peak heap and commonmark alone as the ceiling."
    },
    footer = {
      "",
      "Examples:",
      "  notegraph bench ~/notes --repeat 3 --output bench.md",
      "  bench/run.sh     (contributors: synthetic corpora of 1x, 10x, 100x the Podman notes)",
      "",
      "Memory: run with -Xmx1g to check that a corpus fits in 1 GB of heap."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of notes to time.")
  List<Path> corpora = new ArrayList<>();

  @Option(
      names = "--repeat",
      defaultValue = "1",
      paramLabel = "N",
      description = "Timed passes per corpus; times are medians (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--output", paramLabel = "FILE", description = "Also write the report here.")
  Path report;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Folder for the outputs (default: a temporary folder, removed).")
  Path work;

  @Option(
      names = "--stream",
      description = "Stream the output of every corpus (as extract --stream).")
  boolean stream;

  @Mixin PipelineOptions options;

  @Override
  public Integer call() throws IOException {
    if (repeat < 1) throw new UserError("--repeat must be at least 1");
    for (Path p : corpora) {
      if (!Files.isDirectory(p)) throw new UserError("not a folder of notes: " + p);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Components.load(!options.noNlp);
    PipelineBench bench =
        PipelineBench.builder().pipeline(options.pipeline()).base(options.base()).stream(stream)
            .build();
    List<List<BenchRun>> results =
        bench.runAll(
            corpora,
            repeat,
            work,
            (r, i) -> {
              err.printf(
                  Locale.ROOT,
                  "bench: %s pass %d: %.2f s, %.2f MB/s%n",
                  r.corpus(),
                  i,
                  r.totalNanos() / 1e9,
                  r.mbPerSecond(r.totalNanos()));
              err.flush();
            });
    String header =
        String.format(
            Locale.ROOT,
            "%d pass(es) per corpus, nlp: %s; command: notegraph bench %s",
            repeat,
            options.noNlp ? "off" : "Recognizer",
            args());
    String md = new BenchReport(header, results).markdown();
    out.print(md);
    out.flush();
    if (report != null) Files.writeString(report, md, StandardCharsets.UTF_8);
    return ExitCodes.OK;
  }

  private String args() {
    List<String> all = spec.commandLine().getParseResult().originalArgs();
    return String.join(" ", all.subList(all.indexOf("bench") + 1, all.size()));
  }
}
