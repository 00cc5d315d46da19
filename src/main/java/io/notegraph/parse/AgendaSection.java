package io.notegraph.parse;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One agenda item of a meeting: a talk, a demo, announcements, Q&A, open discussion.
 *
 * @param index 1-based position in the meeting
 * @param title the title as written, Markdown, presenters and offsets stripped
 * @param kind what sort of item it is
 * @param titleRange where the title heading stands
 * @param presenters presenters in the order given, possibly empty
 * @param offset offset into the recording, or null
 * @param slides slide links (absolute or as written when relative)
 * @param links other links in the section
 * @param demos demos with their offsets
 * @param items bullet items (feature lists and the like)
 * @param questions questions, for Q&A sections
 * @param range the whole section, heading to the last line before the next section
 */
public record AgendaSection(
    int index,
    String title,
    SectionKind kind,
    SourceRange titleRange,
    List<NameRef> presenters,
    Duration offset,
    List<String> slides,
    List<String> links,
    List<Demo> demos,
    List<ListItem> items,
    List<Question> questions,
    SourceRange range) {
  public AgendaSection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    presenters = List.copyOf(presenters);
    slides = List.copyOf(slides);
    links = List.copyOf(links);
    demos = List.copyOf(demos);
    items = List.copyOf(items);
    questions = List.copyOf(questions);
  }

  /** What sort of agenda item a section is. */
  public enum SectionKind {
    TALK,
    ANNOUNCEMENTS,
    QUESTIONS,
    OPEN_DISCUSSION,
    OTHER
  }
}
