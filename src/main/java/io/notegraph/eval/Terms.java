package io.notegraph.eval;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The terms of the published graph contract (docs/GRAPH.md) the scorer reads. Kept apart from the
 * writer's vocabulary classes on purpose: the scorer must keep reading the contract while the
 * pipeline changes.
 */
final class Terms {
  static final String SCHEMA = "https://schema.org/";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  static final String DOAP = "http://usefulinc.com/ns/doap#";
  static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  static final String NG = "https://w3id.org/notegraph/ontology#";

  static final Node TYPE = RDF.type.asNode();

  static final Node SCHEMA_PERSON = uri(SCHEMA, "Person");
  static final Node FOAF_PERSON = uri(FOAF, "Person");
  static final Node SCHEMA_ORGANIZATION = uri(SCHEMA, "Organization");
  static final Node FOAF_ORGANIZATION = uri(FOAF, "Organization");
  static final Node DOAP_PROJECT = uri(DOAP, "Project");
  static final Node DOAP_VERSION = uri(DOAP, "Version");
  static final Node EVENT_SERIES = uri(SCHEMA, "EventSeries");
  static final Node FEATURE = uri(NG, "Feature");

  static final Node SOURCE_PATH = uri(NG, "sourcePath");
  static final Node ABOUT = uri(SCHEMA, "about");
  static final Node START_DATE = uri(SCHEMA, "startDate");
  static final Node SUPER_EVENT = uri(SCHEMA, "superEvent");
  static final Node SUB_EVENT = uri(SCHEMA, "subEvent");
  static final Node ATTENDEE = uri(SCHEMA, "attendee");
  static final Node PERFORMER = uri(SCHEMA, "performer");
  static final Node RECORDING_OFFSET = uri(NG, "recordingOffset");
  static final Node ACTION_ITEM = uri(NG, "actionItem");
  static final Node AGENT = uri(SCHEMA, "agent");
  static final Node AFFILIATION = uri(SCHEMA, "affiliation");
  static final Node VERSION_OF = uri(NG, "versionOf");
  static final Node REVISION = uri(DOAP, "revision");
  static final Node RELEASE_STATUS = uri(NG, "releaseStatus");
  static final Node IN_VERSION = uri(NG, "inVersion");
  static final Node FEATURE_OF = uri(NG, "featureOf");

  static final Node SCHEMA_NAME = uri(SCHEMA, "name");

  /** Every property that carries a name or other spelling of a person, project or org. */
  static final Node[] NAMES = {
    uri(FOAF, "name"),
    SCHEMA_NAME,
    uri(RDFS, "label"),
    uri(SKOS, "altLabel"),
    uri(FOAF, "nick"),
    uri(DOAP, "name"),
  };

  private static Node uri(String ns, String local) {
    return NodeFactory.createURI(ns + local);
  }

  private Terms() {}
}
