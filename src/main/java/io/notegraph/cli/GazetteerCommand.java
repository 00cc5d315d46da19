package io.notegraph.cli;

import io.notegraph.nlp.gazetteer.LandscapeImport;
import io.notegraph.nlp.gazetteer.WordList;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notegraph gazetteer}: generates the landscape gazetteer from the CNCF landscape file. */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    description = {
      "Generates the projects and organizations gazetteer from the CNCF landscape.",
      "Writes <out> (deterministic); ontology/gazetteer.ttl stays on top of it."
    })
public final class GazetteerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--landscape", required = true, description = "The CNCF landscape.yml.")
  Path landscape;

  @Option(
      names = "--words",
      defaultValue = "/usr/share/dict/words",
      description =
          "English word list (Debian's wamerican) deciding which names need evidence "
              + "(default: ${DEFAULT-VALUE}).")
  Path words;

  @Option(
      names = {"-o", "--out"},
      defaultValue = "ontology/landscape-gazetteer.ttl",
      description = "Where the Turtle goes (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(landscape)) throw new UserError(landscape + ": no such file");
    if (!Files.isRegularFile(words)) {
      throw new UserError(words + ": no word list (apt-get install wamerican, or --words FILE)");
    }
    String turtle;
    try (Reader r = Files.newBufferedReader(landscape, StandardCharsets.UTF_8)) {
      turtle = new LandscapeImport(WordList.read(words)).toTurtle(r);
    }
    if (out.getParent() != null) Files.createDirectories(out.getParent());
    Files.writeString(out, turtle, StandardCharsets.UTF_8);
    long n = turtle.lines().filter(l -> l.contains("skos:prefLabel")).count();
    spec.commandLine().getOut().printf("wrote %s (%d entries)%n", out, n);
    return ExitCodes.OK;
  }
}
