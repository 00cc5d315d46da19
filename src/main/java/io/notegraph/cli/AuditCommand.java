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
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code notegraph audit}: the facts with the weakest evidence, for a person to check. A thin front
 * to the catalog's {@code weakest-facts} question, so the list is the same from the command line,
 * from {@code query weakest-facts} and from a SPARQL endpoint.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the facts with the weakest evidence, for a person to check: low-confidence"
          + " statements, versions mentioned once, contradictory release dates or statuses,"
          + " persons named once with no attendee list or speaker behind them, affiliations"
          + " stated by one phrase. Sorted by kind, weakest first, with file:line."
    })
public final class AuditCommand implements Callable<Integer> {
  static final String QUERY = "weakest-facts";

  @Spec CommandSpec spec;

  @Mixin GraphFile graph = new GraphFile();

  @Option(
      names = "--below",
      paramLabel = "P",
      defaultValue = "0.8",
      description = "List statements whose rule confidence is under P (default: ${DEFAULT-VALUE}).")
  double below;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, csv, tsv or json (default: ${DEFAULT-VALUE}).")
  ResultFormat format;

  @Override
  public Integer call() {
    if (below < 0 || below > 1) {
      throw new UserError("--below must be between 0 and 1, not " + below, ExitCodes.USAGE);
    }
    if (!Files.isRegularFile(graph.path())) {
      throw new UserError("no such file: " + graph.path() + " (run `notegraph extract` first?)");
    }
    String sparql =
        QueryCatalog.onClasspath()
            .find(QUERY)
            .map(CatalogEntry::sparql)
            .orElseThrow(() -> new UserError("the catalog has no " + QUERY + " query"));
    Query query = Parameters.bind(QueryFactory.create(sparql), Map.of("below", decimal(below)));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    QueryRunner.local(graph.path()).run(query, format, buffer);
    PrintWriter out = spec.commandLine().getOut();
    out.print(buffer.toString(StandardCharsets.UTF_8));
    out.flush();
    return ExitCodes.OK;
  }

  /** "0.8", not "0.8000000001": the parameter is read back as a string and cast in the query. */
  private static String decimal(double p) {
    return new java.math.BigDecimal(Double.toString(p)).stripTrailingZeros().toPlainString();
  }
}
