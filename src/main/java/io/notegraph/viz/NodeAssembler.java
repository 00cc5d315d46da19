package io.notegraph.viz;

import io.notegraph.viz.ViewNode.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds the nodes of the view from the node queries, with their detail-panel properties. */
final class NodeAssembler {
  private final ViewQueries queries;
  private final Map<String, List<Link>> mentionLinks = new TreeMap<>();

  NodeAssembler(ViewQueries queries) {
    this.queries = queries;
    for (Map<String, String> row : queries.select("node-sources")) {
      String path = row.get("sourcePath");
      mentionLinks
          .computeIfAbsent(row.get("id"), k -> new ArrayList<>())
          .add(new Link(path + ":" + row.get("line"), noteHref(path, row.get("line"))));
    }
    mentionLinks.values().forEach(l -> l.sort(Comparator.comparing(Link::text)));
  }

  List<ViewNode> all() {
    List<ViewNode> nodes = new ArrayList<>();
    nodes.addAll(entities(NodeType.PERSON, "node-person"));
    nodes.addAll(entities(NodeType.PROJECT, "node-project"));
    nodes.addAll(entities(NodeType.ORGANIZATION, "node-organization"));
    nodes.addAll(meetings());
    nodes.addAll(talks());
    return nodes;
  }

  private List<ViewNode> entities(NodeType type, String query) {
    NodeRows rows = new NodeRows(queries.select(query));
    List<ViewNode> nodes = new ArrayList<>();
    for (String id : rows.ids()) {
      SortedMap<String, String> attrs = new TreeMap<>();
      put(attrs, "also known as", rows.joined(id, "alias"));
      put(attrs, "nicks", rows.joined(id, "nick"));
      List<Link> links = new ArrayList<>(mentionLinks(id));
      rows.all(id, "homepage").forEach(h -> links.add(new Link("homepage", h)));
      rows.all(id, "sameAs").forEach(s -> links.add(new Link("same as " + s, s)));
      nodes.add(new ViewNode(id, type, rows.first(id, "label"), "", attrs, links));
    }
    return nodes;
  }

  private List<ViewNode> meetings() {
    NodeRows rows = new NodeRows(queries.select("node-meeting"));
    List<ViewNode> nodes = new ArrayList<>();
    for (String id : rows.ids()) {
      SortedMap<String, String> attrs = new TreeMap<>();
      put(attrs, "series", rows.joined(id, "series"));
      put(attrs, "start", rows.first(id, "start"));
      put(attrs, "declared attendees", rows.first(id, "attendeeCount"));
      List<Link> links = new ArrayList<>();
      for (String path : rows.all(id, "sourcePath")) {
        links.add(new Link(path, noteHref(path, "")));
      }
      rows.all(id, "recording").forEach(r -> links.add(new Link("recording", r)));
      nodes.add(
          new ViewNode(
              id, NodeType.MEETING, rows.first(id, "label"), date(rows, id), attrs, links));
    }
    return nodes;
  }

  private List<ViewNode> talks() {
    NodeRows rows = new NodeRows(queries.select("node-talk"));
    List<ViewNode> nodes = new ArrayList<>();
    for (String id : rows.ids()) {
      SortedMap<String, String> attrs = new TreeMap<>();
      put(attrs, "kind", rows.joined(id, "kind"));
      put(attrs, "position", rows.first(id, "position"));
      List<Link> links = new ArrayList<>();
      String line = rows.first(id, "line");
      for (String path : rows.all(id, "sourcePath")) {
        String text = line.isEmpty() ? path : path + ":" + line;
        links.add(new Link(text, noteHref(path, line)));
      }
      var offset = RecordingLinks.seconds(rows.first(id, "offset"));
      offset.ifPresent(s -> attrs.put("recording offset", RecordingLinks.clock(s)));
      for (String recording : rows.all(id, "recording")) {
        links.add(
            offset
                .map(
                    s ->
                        new Link(
                            "recording at " + RecordingLinks.clock(s),
                            RecordingLinks.at(recording, s)))
                .orElse(new Link("recording", recording)));
      }
      rows.all(id, "slides").forEach(s -> links.add(new Link("slides", s)));
      nodes.add(
          new ViewNode(id, NodeType.TALK, rows.first(id, "label"), date(rows, id), attrs, links));
    }
    return nodes;
  }

  /** {@code file:line} of the first mention in each notes file, files in path order. */
  private List<Link> mentionLinks(String id) {
    return mentionLinks.getOrDefault(id, List.of());
  }

  /**
   * A link into the notes: their path relative to the input root, with a {@code #L12} line anchor.
   * Relative on purpose: the page resolves it against where the notes are served or lie ({@code
   * /notes/} under serve, the notes folder beside graph.html on disk), never a machine's path.
   */
  static String noteHref(String path, String line) {
    return path + (line == null || line.isEmpty() ? "" : "#L" + line);
  }

  private static String date(NodeRows rows, String id) {
    String start = rows.first(id, "start");
    return start.length() >= 10 ? start.substring(0, 10) : start;
  }

  private static void put(Map<String, String> attrs, String key, String value) {
    if (value != null && !value.isBlank()) attrs.put(key, value);
  }
}
