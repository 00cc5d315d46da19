package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one agenda list item ("[Ana Ruiz] KEP-12: faster pulls (15 min)", "Release status (Bo
 * Lind)", "CI migration (jdoe, 15:21)", "Drop the old parser [#51](…)") into its title, its
 * presenters and the links it is about. Durations, issue links and meetbot times are cut from the
 * title (they say how long or what, not what the talk is called); the remaining text is split by
 * {@link TitleSplit}, so every presenter form a heading may carry works on an item too.
 *
 * @param title the item's title, tidied
 * @param presenters the presenters, offsets into the item's plain text
 * @param links the links of the item (issue links included), in order
 * @param duration whether a planned duration ("(15 min)", "(10m)") was cut from the title
 */
record ItemPresenter(
    String title,
    List<PersonNames.Part> presenters,
    List<InlineText.LinkRef> links,
    boolean duration) {

  /** "[Ana Ruiz] Title", "[@ana] Title": the owner in brackets before the title. */
  private static final Pattern BRACKET_OWNER =
      Pattern.compile("^\\s*\\[(@?[\\p{L}][\\p{L}\\p{N} ._'’,&@-]{1,118})\\]\\s*");

  /** ", ", " & ", " and " between the owners in one bracket ("[Oskar, Abebe]"). */
  private static final Pattern OWNER_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");

  private static final Pattern CHECKBOX = Pattern.compile("\\s*\\[[ xX]\\]\\s+");

  /** "(15 min)", "(10m)", "[5 minutes]", "(1h)": a planned duration. */
  private static final Pattern DURATION =
      Pattern.compile("(?i)[(\\[]\\s*~?\\d{1,3}\\s*(?:m|mins?|minutes?|h|hrs?|hours?)\\s*[)\\]]");

  /** "— not reached", "(deferred)", "- moved to next week": what became of the item, at its end. */
  private static final Pattern STATUS_REMARK =
      Pattern.compile(
          "(?i)\\s*(?:[—–-]\\s*|\\()\\s*(?:not\\s+reached|deferred|postponed|skipped|dropped|punted"
              + "|moved\\s+to\\s+[^()]{1,40}|carried\\s+over[^()]{0,40})\\s*\\)?\\s*$");

  /** The title without a planned duration at its end: "Docs cleanup (~5 min)" is "Docs cleanup". */
  static String withoutDuration(String title) {
    Matcher m = DURATION.matcher(title);
    int cut = -1;
    while (m.find()) if (title.substring(m.end()).isBlank()) cut = m.start();
    String t = cut > 0 ? title.substring(0, cut).strip() : title;
    Matcher remark = STATUS_REMARK.matcher(t);
    return remark.find() && remark.start() > 0 ? t.substring(0, remark.start()).strip() : t;
  }

  /** ", 10 min" inside "(Ana Ruiz, 10 min)": the duration beside an owner. */
  private static final Pattern INNER_DURATION =
      Pattern.compile(
          "(?i)\\s*[,;]\\s*~?\\d{1,3}\\s*(?:m|mins?|minutes?|h|hrs?|hours?)\\s*(?=\\))");

  /**
   * "(jdoe, 15:04)", "(Lena Maier (she/her), 16:15)": a meetbot summary item's owner (an IRC nick
   * or a Matrix display name, pronouns aside) and the time the topic was set.
   */
  private static final Pattern MEETBOT_OWNER =
      Pattern.compile(
          "(?U)\\(\\s*(@?[A-Za-z\\[\\]_`|^{}][A-Za-z0-9\\[\\]_`|^{}.-]{0,30}"
              + "|\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,3})"
              + "(?:\\s*\\(\\s*\\p{L}+\\s*/\\s*\\p{L}+\\s*\\))?\\s*,\\s*"
              + "\\d{1,2}:\\d{2}(?::\\d{2})?\\s*\\)\\s*$");

  /** "#5120", "org/repo#12", "PR 12" as a link's text: the item's reference, not its title. */
  private static final Pattern REFERENCE_TEXT =
      Pattern.compile("(?i)^\\s*(?:[\\w.-]+/[\\w.-]+)?#\\d+\\s*$|^\\s*(?:pr|issue)\\s*#?\\d+\\s*$");

  private static final Pattern HANDLE = Pattern.compile("@?[a-z][a-z0-9_.-]{1,38}");

  static ItemPresenter read(InlineText it, Set<String> known) {
    String p = it.plain();
    char[] masked = p.toCharArray();
    List<PersonNames.Part> owners = new ArrayList<>();
    boolean duration = false;

    Matcher d = DURATION.matcher(p);
    while (d.find()) {
      blank(masked, d.start(), d.end());
      duration = true;
    }
    Matcher remark = STATUS_REMARK.matcher(p);
    if (remark.find()) blank(masked, remark.start(), remark.end());
    Matcher in = INNER_DURATION.matcher(new String(masked));
    while (in.find()) {
      blank(masked, in.start(), in.end());
      duration = true;
    }
    for (InlineText.LinkRef l : it.links()) {
      boolean reference =
          REFERENCE_TEXT.matcher(l.text()).matches()
              || l.url() != null && l.text().strip().equals(l.url().strip())
              || l.url() != null
                  && HeadingRole.ISSUE_URL.matcher(l.url()).find()
                  && l.text().strip().matches("(?i).*\\d+.*")
                  && l.text().strip().length() <= 12;
      if (reference) blank(masked, l.plainBegin(), l.plainEnd());
      if (RecordingOffset.fromLink(l.text(), l.url()) != null) { // "([recording](...&t=95s))"
        int b0 = l.plainBegin();
        int e0 = l.plainEnd();
        if (b0 > 0 && p.charAt(b0 - 1) == '(' && e0 < p.length() && p.charAt(e0) == ')') {
          b0--;
          e0++;
        }
        blank(masked, b0, e0);
      }
    }
    PersonNames.unmention(masked);
    Matcher box = CHECKBOX.matcher(new String(masked)); // "- [x] [@ana] Topic": covered, not owned
    if (box.lookingAt()) blank(masked, box.start(), box.end());
    Matcher b = BRACKET_OWNER.matcher(new String(masked));
    while (b.find()) {
      List<PersonNames.Part> inBracket = new ArrayList<>();
      int from = b.start(1);
      Matcher sep = OWNER_SEPARATOR.matcher(p).region(b.start(1), b.end(1));
      boolean all = true;
      while (all) {
        boolean more = sep.find();
        int to = more ? sep.start() : b.end(1);
        all = to > from && isOwner(p.substring(from, to), known);
        if (all) inBracket.add(part(p, from, to));
        if (!more) break;
        from = sep.end();
      }
      if (!all || inBracket.isEmpty()) break;
      owners.addAll(inBracket);
      blank(masked, b.start(), b.end());
      b = BRACKET_OWNER.matcher(new String(masked)); // "[@ana] [@bo] Topic": one bracket each
    }
    Matcher mb = MEETBOT_OWNER.matcher(new String(masked));
    if (owners.isEmpty() && mb.find()) {
      owners.add(part(p, mb.start(1), mb.end(1)));
      blank(masked, mb.start(), mb.end());
    }
    String q = new String(masked);
    int titleBegin = 0;
    int titleEnd = q.stripTrailing().length();
    if (owners.isEmpty()) {
      TitleSplit split = TitleSplit.of(q, known);
      if (split.presenters().isEmpty()) split = trailingOwner(q, known);
      if (split.presenters().isEmpty()) split = trailingRole(q);
      owners.addAll(split.presenters());
      titleBegin = split.titleBegin();
      titleEnd = split.titleEnd();
    }
    String title = NoteAssembler.tidyTitle(q.substring(titleBegin, Math.max(titleBegin, titleEnd)));
    return new ItemPresenter(title, List.copyOf(owners), it.links(), duration);
  }

  /**
   * "Title (Ana Ruiz)" where Ana was not listed as present, or "Title (@ana)": a full name or a
   * handle in a closing parenthesis still names the owner on an agenda line. A single capitalised
   * word ("(Proposal)") does not.
   */
  private static TitleSplit trailingOwner(String q, Set<String> known) {
    int end = q.stripTrailing().length();
    TitleSplit none = new TitleSplit(end, List.of());
    if (end == 0 || q.charAt(end - 1) != ')') return none;
    int open = q.lastIndexOf('(', end - 1);
    if (open <= 0) return none;
    List<PersonNames.Part> names = PersonNames.splitList(q, open + 1, end - 1, known);
    if (!names.isEmpty()
        && names.stream().allMatch(n -> n.name().indexOf(' ') > 0 || n.handle() != null)) {
      return new TitleSplit(open, names);
    }
    String inside = q.substring(open + 1, end - 1).strip();
    if (inside.startsWith("@") && HANDLE.matcher(inside).matches()) {
      int at = q.indexOf(inside, open);
      return new TitleSplit(open, List.of(part(q, at, at + inside.length())));
    }
    return none;
  }

  /** "Approval of the minutes — TAC chair": a role after the title's dash brings the item. */
  private static final Pattern TRAILING_ROLE =
      Pattern.compile("\\s+[-–—]\\s+(" + ChairRole.CHAIR_PHRASE.pattern() + ")\\s*$");

  private static TitleSplit trailingRole(String q) {
    Matcher m = TRAILING_ROLE.matcher(q.stripTrailing());
    if (!m.find()) return new TitleSplit(q.stripTrailing().length(), List.of());
    return new TitleSplit(m.start(), List.of(part(q, m.start(1), m.end(1))));
  }

  private static boolean isOwner(String s, Set<String> known) {
    String t = s.strip();
    if (t.startsWith("@")) return HANDLE.matcher(t).matches();
    return PersonNames.looksLikeName(t, known) || PersonNames.knownInitials(t, known); // "[AFG]"
  }

  /** A presenter part; "@ana" and a lower-case nick are handles. */
  private static PersonNames.Part part(String p, int b, int e) {
    String raw = p.substring(b, e).strip();
    int at = p.indexOf(raw, b);
    if (raw.startsWith("@")) {
      raw = raw.substring(1);
      at++;
    }
    boolean handle = raw.equals(raw.toLowerCase(java.util.Locale.ROOT));
    return new PersonNames.Part(raw, handle ? raw : null, null, at, at + raw.length());
  }

  private static void blank(char[] s, int b, int e) {
    for (int i = Math.max(0, b); i < Math.min(s.length, e); i++) s[i] = ' ';
  }
}
