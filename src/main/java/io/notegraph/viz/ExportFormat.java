package io.notegraph.viz;

/** File formats {@link GraphView#export} writes, for desktop graph tools. Immutable. */
public enum ExportFormat {
  /** GraphML with data keys iri, type, label, date (yEd, Gephi, Cytoscape desktop). */
  GRAPHML("graphml", new GraphmlWriter()),
  /** GEXF 1.2 for Gephi, with node attributes type and date and the label. */
  GEXF("gexf", new GexfWriter()),
  /** Graphviz DOT with a label and a fill colour per node type. */
  DOT("dot", new DotWriter());

  private final String extension;
  private final GraphWriter writer;

  ExportFormat(String extension, GraphWriter writer) {
    this.extension = extension;
    this.writer = writer;
  }

  /** File name extension without the dot. */
  public String extension() {
    return extension;
  }

  GraphWriter writer() {
    return writer;
  }
}
