package io.notegraph.eval;

/** What the open-world scorer measures, in table order. */
public enum Relation {
  DATE("date", true),
  SERIES("series", true),
  ATTENDEE("attendee", false),
  TALK("talk", false),
  PRESENTER("presenter", false),
  OFFSET("offset", true),
  ACTION("action", false),
  PERSON("person", false),
  PROJECT("project", false),
  ORGANIZATION("organization", false),
  RELEASE("release", false),
  RELEASE_STATUS("release+status", false),
  FEATURE("feature", false),
  AFFILIATION("affiliation", false);

  private final String label;
  private final boolean accuracy;

  Relation(String label, boolean accuracy) {
    this.label = label;
    this.accuracy = accuracy;
  }

  /** The name in tables and error lists. */
  public String label() {
    return label;
  }

  /** Whether the figure that matters is an accuracy (the recall of its {@link Score}). */
  public boolean isAccuracy() {
    return accuracy;
  }
}
