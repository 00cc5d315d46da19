package io.notegraph.rdf;

import io.notegraph.parse.MeetingNote;

/**
 * What a note says of its meeting that has an IRI or a single value in the graph: its sections
 * (title, line, kind, offset), tasks, topics, chat and transcript (by text, line and time) and its
 * times. Two notes of one meeting with the same signature can share the meeting's paths; two with
 * different ones cannot. Stateless.
 */
final class MeetingParts {
  private MeetingParts() {}

  static String signature(MeetingNote n) {
    StringBuilder sb = new StringBuilder();
    n.sections()
        .forEach(
            s ->
                sb.append("s")
                    .append(s.titleRange().line())
                    .append(s.title())
                    .append(s.kind())
                    .append(s.offset()));
    n.actionItems()
        .forEach(a -> sb.append("a").append(a.range().line()).append(a.task()).append(a.done()));
    n.plannedTopics().forEach(t -> sb.append("p").append(t.text()));
    n.nextTopics().forEach(t -> sb.append("n").append(t.text()));
    n.chat()
        .forEach(c -> sb.append("c").append(c.range().line()).append(c.time()).append(c.text()));
    n.transcript()
        .forEach(u -> sb.append("t").append(u.range().line()).append(u.at()).append(u.text()));
    var t = n.time();
    sb.append("@").append(t.startDateTime()).append(t.endDateTime()).append(t.scheduled());
    sb.append("#").append(n.declaredAttendeeCount());
    return sb.toString();
  }
}
