package io.notegraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** NIF 2.0 core and ITS 2.0 RDF terms for mentions with provenance. */
public final class Nif {
  public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";

  public static final Node Context = t("Context");
  public static final Node Phrase = t("Phrase");
  public static final Node RFC5147String = t("RFC5147String");
  public static final Node isString = t("isString");
  public static final Node beginIndex = t("beginIndex");
  public static final Node endIndex = t("endIndex");
  public static final Node sourceUrl = t("sourceUrl");
  public static final Node anchorOf = t("anchorOf");
  public static final Node referenceContext = t("referenceContext");

  public static final Node taIdentRef = NodeFactory.createURI(ITSRDF + "taIdentRef");
  public static final Node taClassRef = NodeFactory.createURI(ITSRDF + "taClassRef");
  public static final Node taConfidence = NodeFactory.createURI(ITSRDF + "taConfidence");

  private static Node t(String local) {
    return NodeFactory.createURI(NS + local);
  }

  private Nif() {}
}
