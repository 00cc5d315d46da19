package io.notegraph.viz;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One node of the view: a person, meeting, talk, project or organization, identified by its IRI.
 * Immutable and thread-safe.
 *
 * @param id the resource IRI (stable across runs)
 * @param type what it is
 * @param label its name
 * @param date {@code yyyy-mm-dd} for meetings and talks, empty otherwise
 * @param attributes further properties to show, by name (sorted)
 * @param links source lines, recordings, slides and homepages, in display order
 */
public record ViewNode(
    String id,
    NodeType type,
    String label,
    String date,
    SortedMap<String, String> attributes,
    List<Link> links) {

  /** A labelled hyperlink shown in the detail panel, e.g. {@code notes/a.md:12}. */
  public record Link(String text, String href) {
    public Link {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(href, "href");
    }
  }

  public ViewNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    label = label == null || label.isBlank() ? id : label;
    date = date == null ? "" : date;
    attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    links = List.copyOf(links);
  }
}
