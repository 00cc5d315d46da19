package io.notegraph.rdf;

import org.apache.jena.riot.RDFFormat;

/** The output formats of {@code extract}; quad formats keep one named graph per document. */
public enum RdfFormat {
  TTL("ttl", RDFFormat.TURTLE_PRETTY, RDFFormat.TURTLE_BLOCKS, false),
  TRIG("trig", RDFFormat.TRIG_PRETTY, RDFFormat.TRIG_BLOCKS, true),
  NT("nt", RDFFormat.NTRIPLES_UTF8, RDFFormat.NTRIPLES_UTF8, false),
  NQ("nq", RDFFormat.NQUADS_UTF8, RDFFormat.NQUADS_UTF8, true),
  JSONLD("jsonld", RDFFormat.JSONLD11_PRETTY, null, true),
  RDFXML("rdf", RDFFormat.RDFXML_PRETTY, null, false);

  private final String extension;
  private final RDFFormat jena;
  private final RDFFormat streaming;
  private final boolean quads;

  RdfFormat(String extension, RDFFormat jena, RDFFormat streaming, boolean quads) {
    this.extension = extension;
    this.jena = jena;
    this.streaming = streaming;
    this.quads = quads;
  }

  /**
   * The writer that needs no whole graph in memory (output in emission order, subjects grouped
   * only when consecutive), or null when the format has none.
   */
  public RDFFormat streaming() {
    return streaming;
  }

  public String extension() {
    return extension;
  }

  public RDFFormat jena() {
    return jena;
  }

  /** Whether the format keeps named graphs (else the union is written). */
  public boolean quads() {
    return quads;
  }
}
