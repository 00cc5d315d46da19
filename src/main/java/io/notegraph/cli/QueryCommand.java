package io.notegraph.cli;

import io.notegraph.query.CatalogEntry;
import io.notegraph.query.Parameters;
import io.notegraph.query.QueryCatalog;
import io.notegraph.query.QueryRunner;
import io.notegraph.query.ResultFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code notegraph query}: Runs a catalog question (queries/*.rq) or a SPARQL file on the extracted
 * graph.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a catalog question (queries/*.rq) or a SPARQL file on the extracted graph.",
      "Parameters (--param name=value) replace ?_name in the query: yyyy-mm-dd is a date,"
          + " digits an integer, <...> an IRI, anything else a string."
    })
public final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Parameters(
      arity = "0..1",
      paramLabel = "NAME|FILE",
      completionCandidates = CatalogNames.class,
      description = "A catalog name (see --list) or a .rq file.")
  String target;

  @Option(names = "--list", description = "Lists the catalog questions.")
  boolean list;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "NAME=VALUE",
      description = "Binds ?_NAME; repeatable.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, csv, tsv or json (default: ${DEFAULT-VALUE}).")
  ResultFormat format;

  @Option(
      names = {"--graph", "--input"},
      paramLabel = "FILE",
      defaultValue = "output/notegraph.trig",
      description =
          "Graph to query, as for explain and eval (--input is the old name; default:"
              + " ${DEFAULT-VALUE}).")
  Path input;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "Query this SPARQL endpoint instead.")
  String endpoint;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    QueryCatalog catalog = QueryCatalog.onClasspath();
    if (list) {
      int width = catalog.entries().stream().mapToInt(e -> e.name().length()).max().orElse(0);
      for (CatalogEntry e : catalog.entries()) {
        out.printf("%-" + width + "s  %s%n", e.name(), e.title());
      }
      out.flush();
      return ExitCodes.OK;
    }
    if (target == null)
      throw new UserError("give a query NAME or FILE, or --list", ExitCodes.USAGE);
    Query query = bind(QueryTarget.parse(target, catalog));
    QueryRunner runner = endpoint != null ? QueryRunner.remote(endpoint) : localRunner();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      runner.run(query, format, buffer);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    out.print(buffer.toString(StandardCharsets.UTF_8));
    out.flush();
    runner
        .truncatedAt()
        .ifPresent(
            n -> {
              PrintWriter err = spec.commandLine().getErr();
              err.println("warning: the server cut the results at its limit of " + n + " rows");
              err.flush();
            });
    return ExitCodes.OK;
  }

  private Query bind(Query query) {
    try {
      return Parameters.bind(query, params);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), ExitCodes.USAGE);
    }
  }

  private QueryRunner localRunner() {
    if (!Files.isRegularFile(input)) {
      throw new UserError(
          "no such file: " + input + " (run notegraph extract, or give --endpoint)");
    }
    return QueryRunner.local(input);
  }
}
