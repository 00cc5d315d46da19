package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "#topic Title" commands of a pasted IRC meeting log (MeetBot, as OpenStack, Fedora and Debian
 * run it): each opens a section of the meeting. Used only when the notes have no agenda of their
 * own (no summary, no headings), since a summary above the log lists the same topics.
 */
final class MeetbotTopics {
  private static final Pattern TOPIC = Pattern.compile("(?i)^\\s*#topic\\s+(\\S.*?)\\s*$");

  private MeetbotTopics() {}

  /** One section per "#topic" message, numbered from {@code first}; housekeeping topics skipped. */
  static List<SectionBuilder> sections(List<ChatMessage> chat, int first) {
    List<SectionBuilder> out = new ArrayList<>();
    for (ChatMessage m : chat) {
      Matcher t = TOPIC.matcher(m.text());
      if (!t.matches()) continue;
      String title = NoteAssembler.tidyTitle(t.group(1));
      if (title.length() < 2 || AgendaList.isHousekeeping(title)) continue;
      out.add(new SectionBuilder(first + out.size(), 7, title, m.range()));
    }
    return out;
  }
}
