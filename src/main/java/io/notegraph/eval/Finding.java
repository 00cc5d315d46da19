package io.notegraph.eval;

/**
 * One error, for {@code --errors}: a false positive (kind "FP", or "FP-dup" for a second node of an
 * entity already found) or a false negative ("FN").
 */
public record Finding(String note, Relation relation, String kind, String text) {
  public String line() {
    return note + ": " + kind + " " + relation.label() + " " + text;
  }
}
