package io.notegraph.bench;

/** The pipeline stages the bench times, in pipeline order. */
public enum Stage {
  INGEST("ingest", "find and decode files"),
  PARSE("parse", "Markdown to MeetingNote"),
  NLP("nlp", "entity mentions"),
  LINK("link", "one identity per name"),
  RDF_EMIT("rdf emit", "quads to a counter"),
  WRITE("write", "emit again and serialize ttl + trig");

  private final String label;
  private final String what;

  Stage(String label, String what) {
    this.label = label;
    this.what = what;
  }

  public String label() {
    return label;
  }

  public String what() {
    return what;
  }
}
