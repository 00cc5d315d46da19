package io.notegraph.viz;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;

/**
 * The people, meetings, talks, projects and organizations of a notegraph graph, and their links, as
 * an interactive single-file HTML page or as GraphML / GEXF / DOT.
 *
 * <pre>{@code
 * Model model = dataset.getUnionModel();
 * String page = GraphView.html(model);                 // self-contained, opens from disk
 * GraphView view = GraphView.builder().title("Podman").build(model);
 * view.export(ExportFormat.GEXF, writer);              // for Gephi
 * }</pre>
 *
 * <p>The model is read once, in {@link Builder#build}; a {@code GraphView} is immutable and
 * thread-safe. Output is deterministic: elements are sorted by IRI.
 */
public final class GraphView {
  private final ViewModel viewModel;
  private final String title;
  private final java.util.function.UnaryOperator<String> noteLinks;

  private GraphView(
      ViewModel viewModel, String title, java.util.function.UnaryOperator<String> noteLinks) {
    this.viewModel = viewModel;
    this.title = title;
    this.noteLinks = noteLinks;
  }

  /** A view with default settings. */
  public static GraphView of(Model model) {
    return builder().build(model);
  }

  /** The HTML page of {@code model} with default settings (what a server's {@code /viz} serves). */
  public static String html(Model model) {
    return of(model).html();
  }

  public static Builder builder() {
    return new Builder();
  }

  public ViewModel viewModel() {
    return viewModel;
  }

  /** One self-contained HTML page: the library and the data are inline, nothing is fetched. */
  public String html() {
    return HtmlPage.render(viewModel, title, noteLinks);
  }

  public void export(ExportFormat format, Writer out) throws IOException {
    format.writer().write(viewModel, out);
  }

  public String export(ExportFormat format) {
    StringWriter out = new StringWriter();
    try {
      export(format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Settings for a {@link GraphView}; not thread-safe, build once. */
  public static final class Builder {
    private String title = "notegraph";
    private int maxMentionsPerMeeting = 25;
    private java.util.function.UnaryOperator<String> noteLinks = path -> path;

    private Builder() {}

    /**
     * Where the page's source links point: given a note's path relative to the input root (as in
     * {@code ng:sourcePath}), the link to it without the {@code #L12} anchor. Default: the path
     * itself, relative to the page. {@code serve} gives {@code /notes/{path}}; {@code viz} the
     * note's file relative to {@code graph.html}.
     */
    public Builder noteLinks(java.util.function.UnaryOperator<String> pathToLink) {
      this.noteLinks = java.util.Objects.requireNonNull(pathToLink);
      return this;
    }

    /** Page title and heading. */
    public Builder title(String title) {
      if (title == null || title.isBlank()) throw new IllegalArgumentException("empty title");
      this.title = title;
      return this;
    }

    /** Upper bound on "mentioned in" edges per meeting (mentions are the noisiest edges). */
    public Builder maxMentionsPerMeeting(int max) {
      if (max < 0) throw new IllegalArgumentException("negative maxMentionsPerMeeting: " + max);
      this.maxMentionsPerMeeting = max;
      return this;
    }

    /** Reads the view out of {@code model} (the union of the document and entity graphs). */
    public GraphView build(Model model) {
      ViewQueries queries = new ViewQueries(model);
      Map<String, ViewNode> nodes = new TreeMap<>();
      for (ViewNode n : new NodeAssembler(queries).all()) nodes.putIfAbsent(n.id(), n);
      var edges = new EdgeAssembler(queries, nodes, maxMentionsPerMeeting).all();
      return new GraphView(
          new ViewModel(nodes.values().stream().toList(), edges), title, noteLinks);
    }
  }
}
