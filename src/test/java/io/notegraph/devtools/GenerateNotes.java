package io.notegraph.devtools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Contributors' tool, not shipped in the product jar: writes fictional notes shaped like the Podman
 * corpus (1x is about 570 KB of Markdown) for benchmarks, into {@code WORK/notes-<size>x}.
 *
 * <pre>
 * java -cp target/notegraph.jar:target/test-classes io.notegraph.devtools.GenerateNotes \
 *     --sizes 1,10,100 --work /tmp/gen
 * </pre>
 */
@Command(
    name = "generate-notes",
    mixinStandardHelpOptions = true,
    description = "Writes synthetic meeting notes (fictional people) for benchmarks.")
public final class GenerateNotes implements Callable<Integer> {
  @Option(
      names = "--sizes",
      split = ",",
      paramLabel = "N",
      defaultValue = "1,10,100",
      description = "Corpus sizes, multiples of the real corpus (default: ${DEFAULT-VALUE}).")
  List<Double> sizes = new ArrayList<>();

  @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: 1).")
  long seed;

  @Option(names = "--work", required = true, paramLabel = "DIR", description = "Where to write.")
  Path work;

  public static void main(String[] args) {
    System.exit(new CommandLine(new GenerateNotes()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    if (sizes.stream().anyMatch(s -> !(s > 0))) {
      System.err.println("generate-notes: --sizes must be positive");
      return 2;
    }
    for (double size : sizes) {
      Path notes = work.resolve("notes-" + label(size));
      SyntheticNotes.builder().seed(seed).scale(size).build().writeTo(notes);
      System.out.println(notes);
    }
    return 0;
  }

  /** {@code 10x}, {@code 0.5x}: the folder names bench/run.sh and the bench report use. */
  static String label(double size) {
    return (size == Math.rint(size) ? Long.toString((long) size) : Double.toString(size)) + "x";
  }
}
