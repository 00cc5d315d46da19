package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A roll call taken in a chat log: under a "Roll call" caption each member answers with a line
 * ("&lt;tkimura&gt; Kimura Takeshi", "&lt;grumbel&gt; grumbel, present", "&lt;oskarj&gt; Oskar
 * Jäätmaa, just observing"). Whoever answers was there: their full name when the line gives one,
 * else their nick. The chair's call itself ("hello all, roll call please") and remarks ("that's 6
 * of 8, we're quorate") name no one and are passed over. Stateless.
 */
final class ChatRollCall {
  private static final Pattern LINE =
      Pattern.compile(
          "(?m)^[ \\t]*(?:\\[?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?[ \\t]+)?<[@+%~&]?([^>\\s]{1,60})>[ \\t]?(.*)$");
  private static final Pattern PRESENT =
      Pattern.compile("(?i)^(?:here|present|hi|hello|o/|\\\\o|yes|aye)\\b[.!]*$");

  private ChatRollCall() {}

  /** The people answering the roll call in {@code text}, or null when it is not a chat log. */
  static List<NameRef> read(InlineText text, LineIndex lines) {
    String s = text.plain();
    long total = s.lines().filter(l -> !l.isBlank()).count();
    List<NameRef> out = new ArrayList<>();
    Matcher m = LINE.matcher(s);
    int chat = 0;
    while (m.find()) {
      chat++;
      String nick = m.group(1);
      String said = m.group(2).strip();
      int comma = said.indexOf(',');
      String first = comma < 0 ? said : said.substring(0, comma).strip();
      String rest = comma < 0 ? "" : said.substring(comma + 1).strip();
      int at = m.start(2) + m.group(2).indexOf(first);
      if (PersonShape.fullName(first)) {
        out.add(new NameRef(first, nick, null, range(text, at, first.length(), lines)));
      } else if (first.equalsIgnoreCase(nick) && (rest.isEmpty() || PRESENT.matcher(rest).find())
          || PRESENT.matcher(said).matches()) {
        out.add(new NameRef(nick, nick, null, range(text, m.start(1), nick.length(), lines)));
      }
    }
    return chat >= 2 && chat * 3 >= total * 2 ? out : null;
  }

  private static SourceRange range(InlineText text, int at, int length, LineIndex lines) {
    return text.range(at, at + length, lines.lineOf(text.source(at)));
  }
}
