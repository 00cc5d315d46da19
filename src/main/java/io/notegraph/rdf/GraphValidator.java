package io.notegraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Checks a graph against the SHACL shapes of the graph contract ({@code /ontology/shapes.ttl} on
 * the classpath, from {@code ontology/shapes.ttl}).
 *
 * <pre>{@code
 * ValidationResult result = GraphValidator.standard().validate(graph);
 * result.violations().forEach(System.out::println);
 * }</pre>
 *
 * <p>Thread-safe: the shapes are parsed once and never changed; each call validates on its own.
 */
public final class GraphValidator {
  private static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

  private final Shapes shapes;
  private final Prologue prologue;

  private GraphValidator(Graph shapesGraph) {
    this.shapes = Shapes.parse(shapesGraph);
    PrefixMapping prefixes = PrefixMapping.Factory.create();
    prefixes.setNsPrefixes(shapesGraph.getPrefixMapping());
    this.prologue = new Prologue(prefixes);
  }

  /** The validator for the shapes shipped with notegraph, loaded on first use. */
  public static GraphValidator standard() {
    return Holder.INSTANCE;
  }

  /** Validates {@code data}; the graph is only read. */
  public ValidationResult validate(Graph data) {
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    List<String> lines =
        report.getEntries().stream().map(this::describe).sorted().distinct().toList();
    return new ValidationResult(lines);
  }

  private String describe(ReportEntry entry) {
    String path = entry.resultPath() == null ? "(node)" : entry.resultPath().toString(prologue);
    return format(entry.focusNode()) + ": " + path + ": " + entry.message();
  }

  private String format(Node node) {
    return node.isURI() ? node.getURI() : node.toString();
  }

  private static Graph loadShapes() {
    try (InputStream in = GraphValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + SHAPES_RESOURCE);
      Graph graph = GraphFactory.createDefaultGraph();
      RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
      return graph;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Initialization-on-demand holder: the shapes are parsed once, lazily, without locking.
  private static final class Holder {
    static final GraphValidator INSTANCE = new GraphValidator(loadShapes());
  }
}
