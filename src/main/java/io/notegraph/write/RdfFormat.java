package io.notegraph.write;

import org.apache.jena.riot.RDFFormat;

/**
 * The output formats of {@code extract}; quad formats keep one named graph per document.
 *
 * <p>The constants name Jena's formats only inside methods: picocli reads this enum while it builds
 * the command line, and touching {@link RDFFormat} there would initialise Jena's language registry
 * on the main thread before anything else can start (a cost in every run; docs/BENCHMARKS.md).
 */
public enum RdfFormat {
  TTL("ttl", false),
  TRIG("trig", true),
  NT("nt", false),
  NQ("nq", true),
  JSONLD("jsonld", true),
  RDFXML("rdf", false);

  private final String extension;
  private final boolean quads;

  RdfFormat(String extension, boolean quads) {
    this.extension = extension;
    this.quads = quads;
  }

  /**
   * The writer that needs no whole graph in memory (output in emission order, subjects grouped only
   * when consecutive), or null when the format has none.
   */
  public RDFFormat streaming() {
    return switch (this) {
      case TTL -> RDFFormat.TURTLE_BLOCKS;
      case TRIG -> RDFFormat.TRIG_BLOCKS;
      case NT -> RDFFormat.NTRIPLES_UTF8;
      case NQ -> RDFFormat.NQUADS_UTF8;
      case JSONLD, RDFXML -> null;
    };
  }

  public String extension() {
    return extension;
  }

  /** The pretty (whole-graph) writer. */
  public RDFFormat jena() {
    return switch (this) {
      case TTL -> RDFFormat.TURTLE_PRETTY;
      case TRIG -> RDFFormat.TRIG_PRETTY;
      case NT -> RDFFormat.NTRIPLES_UTF8;
      case NQ -> RDFFormat.NQUADS_UTF8;
      case JSONLD -> RDFFormat.JSONLD11_PRETTY;
      case RDFXML -> RDFFormat.RDFXML_PRETTY;
    };
  }

  /** Whether the format keeps named graphs (else the union is written). */
  public boolean quads() {
    return quads;
  }
}
