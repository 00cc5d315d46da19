package io.notegraph.viz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the edges between known nodes from the edge queries. Mentions are bounded: a mention is
 * dropped when a stronger edge already ties the entity to that meeting (attended, presented, a talk
 * about it), and at most {@code maxMentionsPerMeeting} remain per meeting.
 */
final class EdgeAssembler {
  private final ViewQueries queries;
  private final Map<String, ViewNode> nodes;
  private final int maxMentionsPerMeeting;

  EdgeAssembler(ViewQueries queries, Map<String, ViewNode> nodes, int maxMentionsPerMeeting) {
    this.queries = queries;
    this.nodes = nodes;
    this.maxMentionsPerMeeting = maxMentionsPerMeeting;
  }

  List<ViewEdge> all() {
    List<ViewEdge> edges = new ArrayList<>();
    for (EdgeKind kind : EdgeKind.values()) {
      if (kind != EdgeKind.MENTIONED_IN) edges.addAll(edges(kind));
    }
    edges.addAll(boundedMentions(edges));
    return edges;
  }

  /** One edge per (source, target); weight = distinct supporting rows ({@code ?via} or date). */
  private List<ViewEdge> edges(EdgeKind kind) {
    Map<String, SortedSet<String>> support = new TreeMap<>();
    Map<String, SortedSet<String>> dates = new TreeMap<>();
    for (Map<String, String> row : queries.select("edge-" + kind.key())) {
      String source = row.get("source");
      String target = row.get("target");
      if (!nodes.containsKey(source) || !nodes.containsKey(target)) continue;
      String key = source + "\n" + target;
      support.computeIfAbsent(key, k -> new TreeSet<>()).add(row.getOrDefault("via", ""));
      SortedSet<String> d = dates.computeIfAbsent(key, k -> new TreeSet<>());
      String start = row.getOrDefault("start", "");
      if (start.length() >= 10) d.add(start.substring(0, 10));
    }
    List<ViewEdge> edges = new ArrayList<>();
    support.forEach(
        (key, via) -> {
          String[] ends = key.split("\n", 2);
          edges.add(new ViewEdge(ends[0], ends[1], kind, via.size(), List.copyOf(dates.get(key))));
        });
    return edges;
  }

  private List<ViewEdge> boundedMentions(List<ViewEdge> strong) {
    Map<String, String> meetingOfTalk = new TreeMap<>();
    for (ViewEdge e : strong) {
      if (e.kind() == EdgeKind.PART_OF) meetingOfTalk.put(e.source(), e.target());
    }
    Set<String> covered = new TreeSet<>();
    for (ViewEdge e : strong) {
      switch (e.kind()) {
        case ATTENDED -> covered.add(e.source() + "\n" + e.target());
        case PRESENTED -> covered.add(e.source() + "\n" + meetingOfTalk.get(e.target()));
        case ABOUT -> covered.add(e.target() + "\n" + meetingOfTalk.get(e.source()));
        default -> {}
      }
    }
    Map<String, List<ViewEdge>> byMeeting = new TreeMap<>();
    for (ViewEdge e : edges(EdgeKind.MENTIONED_IN)) {
      NodeType type = nodes.get(e.source()).type();
      boolean entity =
          type == NodeType.PERSON || type == NodeType.PROJECT || type == NodeType.ORGANIZATION;
      if (!entity || nodes.get(e.target()).type() != NodeType.MEETING) continue;
      if (covered.contains(e.source() + "\n" + e.target())) continue;
      byMeeting.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
    }
    List<ViewEdge> kept = new ArrayList<>();
    for (List<ViewEdge> mentions : byMeeting.values()) {
      // Projects and organizations first: people are usually tied to a meeting by attendance.
      mentions.sort(
          Comparator.comparing((ViewEdge e) -> nodes.get(e.source()).type() == NodeType.PERSON)
              .thenComparing(ViewEdge::source));
      kept.addAll(mentions.subList(0, Math.min(maxMentionsPerMeeting, mentions.size())));
    }
    return kept;
  }
}
