package io.notegraph.bench;

/** The pipeline stages the bench times, in pipeline order. */
public enum Stage {
  INGEST("ingest", "find and decode files"),
  PARSE("parse", "Markdown to MeetingNote"),
  NLP("nlp", "entity mentions"),
  LINK("link", "one identity per name"),
  WRITE("rdf emit + write", "quads serialized to ttl + trig, as extract writes them", true),
  /** Emission alone, measured apart to show what share of the write is ours, not Jena's. */
  RDF_EMIT(
      "(rdf emit alone)", "quads to a counter; already inside the write, not in the total", false);

  private final String label;
  private final String what;
  private final boolean inTotal;

  Stage(String label, String what) {
    this(label, what, true);
  }

  Stage(String label, String what, boolean inTotal) {
    this.label = label;
    this.what = what;
    this.inTotal = inTotal;
  }

  /** Whether the stage is part of an extract run (else it is a diagnostic re-measurement). */
  public boolean inTotal() {
    return inTotal;
  }

  public String label() {
    return label;
  }

  public String what() {
    return what;
  }
}
