package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences after a list of people present that name who else came: "Łucja Wierzbicka, the PSF's
 * Developer in Residence, joined us for the first half hour, and Rasmus Holm sat in for the
 * packaging item". A full name as the subject of "joined (us)", "sat in", "dropped in", "attended"
 * or "was also present" attended. Stateless.
 */
final class JoinedUs {
  private static final Pattern JOINED =
      Pattern.compile(
          "(?U)(?:^\\s*|[.;]\\s+|,\\s+and\\s+|\\band\\s+)(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|van|von|der|den|de|di|du|da|dos|das|del|della|dalla|le|la|bin|binti|ibn|ap|al|ter)){1,3})"
              + "(?:,[^,.;]{1,80},)?\\s+(?:also\\s+)?(?:joined(?:\\s+us)?|sat\\s+in|dropped\\s+in|dialled\\s+in"
              + "|dialed\\s+in|attended|was\\s+(?:also\\s+)?(?:present|there))\\b");

  private JoinedUs() {}

  static List<NameRef> read(InlineText text, int from, int to, LineIndex lines) {
    String s = text.plain();
    List<NameRef> out = new ArrayList<>();
    Matcher m = JOINED.matcher(s).region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      String name = m.group(1);
      if (!PersonShape.fullName(name)) continue;
      int b = m.start(1);
      out.add(new NameRef(name, null, null, text.range(b, m.end(1), lines.lineOf(text.source(b)))));
    }
    return out;
  }
}
