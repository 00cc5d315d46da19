package io.notegraph.viz;

/** The kinds of node the view shows, each with the colour used in every rendering. Immutable. */
public enum NodeType {
  PERSON("person", "Person", "#3b82f6"),
  MEETING("meeting", "Meeting", "#f59e0b"),
  TALK("talk", "Talk", "#10b981"),
  PROJECT("project", "Project", "#ef4444"),
  ORGANIZATION("organization", "Organization", "#8b5cf6");

  private final String key;
  private final String label;
  private final String colour;

  NodeType(String key, String label, String colour) {
    this.key = key;
    this.label = label;
    this.colour = colour;
  }

  /** Lower-case name used in JSON, CSS classes and export attributes. */
  public String key() {
    return key;
  }

  /** Name shown to people (legend, filters). */
  public String label() {
    return label;
  }

  /** {@code #rrggbb} fill colour. */
  public String colour() {
    return colour;
  }
}
