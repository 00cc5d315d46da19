package io.notegraph.rdf;

import org.apache.jena.riot.RDFFormat;

/** The output formats of {@code extract}; quad formats keep one named graph per document. */
public enum RdfFormat {
  TTL("ttl", RDFFormat.TURTLE_PRETTY, false),
  TRIG("trig", RDFFormat.TRIG_PRETTY, true),
  NT("nt", RDFFormat.NTRIPLES_UTF8, false),
  NQ("nq", RDFFormat.NQUADS_UTF8, true),
  JSONLD("jsonld", RDFFormat.JSONLD11_PRETTY, true),
  RDFXML("rdf", RDFFormat.RDFXML_PRETTY, false);

  private final String extension;
  private final RDFFormat jena;
  private final boolean quads;

  RdfFormat(String extension, RDFFormat jena, boolean quads) {
    this.extension = extension;
    this.jena = jena;
    this.quads = quads;
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
