package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses an attendee list: "Tom Sweeney, Brent Baude, Anders Björklund (afbjorklund), ... and
 * Sumantro Mukherjee". Keeps duplicates (identity is resolved later), drops entries that are not
 * people ("Gerry Seidman's Presentation"), takes "(handle)" as a handle and longer parentheticals
 * as an organization or note. Stateless.
 */
final class AttendeeList {
  // Compiled once: String.split/matches/replaceAll compile their pattern on every call.
  private static final java.util.regex.Pattern HAS_DIGIT =
      java.util.regex.Pattern.compile(".*\\d.*");
  private static final java.util.regex.Pattern AFTER_PAREN =
      java.util.regex.Pattern.compile("\\).*$");
  private static final java.util.regex.Pattern HANDLE =
      java.util.regex.Pattern.compile("@?[A-Za-z0-9][A-Za-z0-9._-]{1,38}");
  private static final java.util.regex.Pattern LEADING_AT = java.util.regex.Pattern.compile("^@");

  /**
   * One word of letters with digits and dashes, as GitHub handles are ("zk42-dev", "mxk2000"): an
   * attendee, where other entries with digits are counts, times or dates. Three letters at least, a
   * letter first, no dots; zone names ("UTC-5") are not people.
   */
  private static final java.util.regex.Pattern DIGIT_HANDLE =
      java.util.regex.Pattern.compile(
          "@?(?!(?i:utc|gmt|cet|cest|est|edt|pst|pdt|ist|jst)[-+\\d])"
              + "(?=(?:[^A-Za-z]*[A-Za-z]){3})[A-Za-z][A-Za-z0-9_-]{1,38}[A-Za-z0-9]");

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /** A task-list box before a name ("- [x] Ana Lima"): ticked when she joined, empty when not. */
  private static final Pattern CHECKBOX = Pattern.compile("^\\s*\\[([ xX])]\\s+");

  /**
   * Whether a sign-in checklist entry is ticked: true for "[x] Ana", false for "[ ] Ana" (listed
   * but not there: a person, not an attendee), null when the entry has no box.
   */
  static Boolean ticked(String entry) {
    Matcher m = CHECKBOX.matcher(entry);
    return m.find() ? !m.group(1).isBlank() : null;
  }

  private static final Pattern DECLARED =
      Pattern.compile(
          "\\(\\s*(\\d+)?\\s*(?:total|people|attendees)?\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:,|;|\\n|\\band\\b(?=\\s+\\p{Lu}))\\s*");
  private static final Pattern NOT_PERSON =
      Pattern.compile(
          "(?i).*(?:'s|’s)\\s+(?:presentation|screen|phone|ipad|iphone|laptop)\\b.*|.*https?://.*"
              + "|(?i)(?:and\\s+)?(?:others?|more|etc\\.?|guests?|everyone|all|n/a|none|tbd)");

  /** "@handle" after a name. */
  private static final Pattern AT_HANDLE =
      Pattern.compile("\\s@([A-Za-z0-9][A-Za-z0-9._-]{0,38})\\b");

  /** The text after a closing parenthesis and a dash: "(@liyer) — Northwind Compute". */
  private static final Pattern DASHED_AFTER_PAREN = Pattern.compile("\\)\\s*[-–—]\\s+([^()]+)$");

  /** A dash with space on both sides, between a name and what is said of it. */
  private static final Pattern SPACED_DASH = Pattern.compile("\\s+[-–—]\\s+");

  /** A parenthesised role beside a name, not an organization: "(TSC chair)", "(guest)". */
  private static final Pattern ROLE =
      Pattern.compile(
          "(?i)\\b(?:chair|co-?chair|lead|host|facilitator|moderator|note[- ]?taker|scribe"
              + "|secretary|maintainer|member|guest|observer|emeritus|liaison|tsc|ctc|steering|regrets"
              + "|voting|non-voting|champion|owner|shepherd|representative|delegate|seat)\\b");

  /** A short label before a colon: "Team members:", "Others:", "Lang:", "Other attendees:". */
  private static final Pattern GROUP_LABEL = Pattern.compile("[\\p{L}][\\p{L} /&]{0,29}:");

  private AttendeeList() {}

  /** End of a group label that opens an entry ("Team members: Niko"), or -1. */
  private static int groupLabelEnd(String s, int b, int e) {
    Matcher m = GROUP_LABEL.matcher(s).region(b, e);
    if (!m.lookingAt()) return -1;
    String label = s.substring(b, m.end() - 1).strip();
    return !label.isEmpty() && WHITESPACE.split(label.replaceAll("\\s*[/&]\\s*", " ")).length <= 3
        ? m.end()
        : -1;
  }

  /** The declared count in "Attendees (24 total)" / "Attendees (22):", or null. */
  static Integer declaredCount(String headingPlain) {
    Matcher m = DECLARED.matcher(headingPlain);
    if (m.find() && m.group(1) != null) return Integer.parseInt(m.group(1));
    return null;
  }

  /** Entries of {@code text.plain()} from plain offset {@code from}. */
  static List<NameRef> parse(InlineText text, int from, LineIndex lines) {
    return parse(text, from, text.plain().length(), lines);
  }

  /** Entries of {@code text.plain()} in plain offsets {@code [from, to)}. */
  static List<NameRef> parse(InlineText text, int from, int to, LineIndex lines) {
    String s = text.plain();
    List<NameRef> out = new ArrayList<>();
    int nl = s.indexOf('\n', from);
    if (nl >= 0 && nl < to && !CONTINUED_LINE.matcher(s.substring(from, to)).find()) {
      // one entry or comma list per line: "Tuva Sørlie, guest, Ridgeway Analytics"
      for (int b = from; b < to; ) {
        int e = s.indexOf('\n', b);
        if (e < 0 || e > to) e = to;
        if (e > b) out.addAll(parse(text, b, e, lines));
        b = e + 1;
      }
      return out;
    }
    if (described(text, from, to, lines, out)) return out;
    if (s.substring(from, to).indexOf('\n') < 0 && slashFields(text, from, to, null, lines, out)) {
      return out; // "Tevita Fifita / @tfifita / Kingsmere University, research group": one person
    }
    Matcher m = SPLIT.matcher(s).region(from, to);
    int start = from;
    while (true) {
      boolean found = m.find();
      int end = found ? m.start() : to;
      if (!PersonNames.insideParens(s, from, end)) {
        add(text, start, end, lines, out);
        start = found ? m.end() : end;
      }
      if (!found) break;
    }
    return out;
  }

  /** A line that ends mid-list ("..., Ana Lima and" or "Bo Chen,"): the list goes on below. */
  private static final Pattern CONTINUED_LINE = Pattern.compile("(?:,|\\band|&)[ \\t]*\\n");

  /**
   * A role said in lower-case words after a name: "Ondine maintainer", "LF staff (minutes)",
   * "guest"; "Speaker 2" in a list of names is one more voice.
   */
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "\\b(?:staff|employee|maintainer|contributor|guest|member|chair|lead|minutes"
              + "|observer|representative|liaison|author|speaker|presenter|note[- ]?taker)\\b");

  /** "LF AI & Data staff": the organization whose staff the person is. */
  private static final Pattern STAFF_OF = Pattern.compile("^(\\p{Lu}.*?)\\s+(?:staff|employee)$");

  /**
   * One person described after commas, on a line of its own: "Ximena Robles, Ondine maintainer,
   * Pelagic Systems (guest)", "Solveig Haugland, LF AI & Data staff (minutes)". The commas set off
   * what the person is, not more people: at least one part says a role in words. The organization
   * is the part that is only a capitalised name, or the one whose staff the person is.
   */
  private static boolean described(
      InlineText text, int from, int to, LineIndex lines, List<NameRef> out) {
    String s = text.plain();
    String line = s.substring(from, to);
    if (line.indexOf('\n') >= 0) return false;
    String[] parts = line.split(",");
    if (parts.length < 2 || parts.length > 4) return false;
    String name = parts[0].strip();
    if (!PersonShape.fullName(name)) return false;
    String org = null;
    boolean role = false;
    for (int k = 1; k < parts.length; k++) {
      String part =
          AFTER_PAREN.matcher(PAREN.matcher(parts[k]).replaceAll(" ")).replaceAll("").strip();
      Matcher staff = STAFF_OF.matcher(part);
      if (staff.find()) {
        role = true;
        if (org == null) org = staff.group(1);
      } else if (DESCRIPTION.matcher(part).find()) {
        role = true;
      } else if (org == null
          && ORGANIZATION_WORDS.matcher(part).matches()
          && !PersonShape.fullName(part)) {
        org = part;
      } else {
        return false;
      }
    }
    if (!role) return false;
    int b = from + line.indexOf(name);
    out.add(
        new NameRef(
            name, null, org, text.range(b, b + name.length(), lines.lineOf(text.source(b)))));
    return true;
  }

  private static final Pattern PAREN = Pattern.compile("\\([^()]*\\)");

  private static final Pattern SLASH = Pattern.compile("\\s+/\\s+");

  /**
   * A sign-in line of fields set apart by slashes, one of them a handle: "Ho Ji-woo / @jiwoo /
   * Glasswing", "@pixelmoth / @pixelmoth / —". The name, the handle, and the rest as the
   * organization (the link stage decides whether it is one).
   */
  private static boolean slashFields(
      InlineText text, int b, int e, String org, LineIndex lines, List<NameRef> out) {
    String s = text.plain();
    List<int[]> fields = PersonNames.pieces(SLASH, s, b, e);
    if (fields.size() < 2 || fields.size() > 4) return false;
    for (int k = 0; k < fields.size() - 1; k++) { // "Ana / @ana, Bo / @bo": a list, not one line
      if (SPLIT.matcher(s).region(fields.get(k)[0], fields.get(k)[1]).find()) return false;
    }
    String handle = null;
    int[] name = null;
    String rest = org;
    for (int[] f : fields) {
      String v = s.substring(f[0], f[1]).strip();
      if (v.startsWith("@") && HANDLE.matcher(v).matches()) {
        if (handle == null) handle = v.substring(1);
      } else if (name == null) {
        name = f;
      } else if (rest == null) {
        String o = PAREN.matcher(v).replaceAll("").strip();
        // "Kingsmere University, research software group": the name, not what part of it
        int comma = o.indexOf(", ");
        if (comma > 0 && Character.isLowerCase(o.charAt(comma + 2))) o = o.substring(0, comma);
        if (!o.isEmpty() && !EMPTY_FIELD.matcher(o).matches()) rest = o;
      }
    }
    if (handle == null) return false;
    int nb = name != null ? name[0] : -1;
    int ne = name != null ? name[1] : -1;
    if (name == null || EMPTY_FIELD.matcher(s.substring(nb, ne).strip()).matches()) {
      int at = s.indexOf("@" + handle, b); // "@pixelmoth / @pixelmoth / —": the handle alone
      nb = at + 1;
      ne = nb + handle.length();
    }
    while (nb < ne && Character.isWhitespace(s.charAt(nb))) nb++;
    while (ne > nb && Character.isWhitespace(s.charAt(ne - 1))) ne--;
    if (ne <= nb) return false;
    String shown = s.substring(nb, ne);
    out.add(new NameRef(shown, handle, rest, text.range(nb, ne, lines.lineOf(text.source(nb)))));
    return true;
  }

  /** A field that says nothing: "—", "-", "n/a". */
  private static final Pattern EMPTY_FIELD = Pattern.compile("(?i)[-–—?]*|n/?a|none");

  /** One to four capitalised words, "&" allowed: "Pelagic Systems", "LF AI & Data". */
  private static final Pattern ORGANIZATION_WORDS =
      Pattern.compile(
          "(?U)\\p{Lu}[\\p{L}\\p{N}.'’-]*(?:\\s+(?:&|\\p{Lu}[\\p{L}\\p{N}.'’-]*)){0,3}");

  /** "chair", "secretary", "committer": a role alone between commas after a name, no one else. */
  private static final Pattern ROLE_ONLY =
      Pattern.compile(
          "(?i)(?:co-?|vice[- ]?)?(?:chair(?:person)?|host|facilitator|moderator|note[- ]?taker"
              + "|scribe|secretary|committer|release\\s+manager|guest|observer|organi[sz]er"
              + "|presenter|speaker|minutes|emeritus|treasurer)s?");

  private static void add(InlineText text, int b, int e, LineIndex lines, List<NameRef> out) {
    String s = text.plain();
    while (b < e && (Character.isWhitespace(s.charAt(b)) || s.charAt(b) == '*')) b++;
    String raw = s.substring(b, e).strip();
    if (raw.endsWith(":") && groupLabelEnd(s, b, e) >= 0) return; // "PMC members present:"
    if (ROLE_ONLY.matcher(raw.replaceAll("[.,;*]+$", "")).matches()) return;
    while (e > b && ".,;:* \t\n".indexOf(s.charAt(e - 1)) >= 0) e--;
    if (b >= e) return;
    Matcher box = CHECKBOX.matcher(s).region(b, e);
    if (box.lookingAt()) b = box.end();
    int label = groupLabelEnd(s, b, e); // "Team members: Niko", "Libs: Mara", "Others: Mark"
    if (label > b) {
      b = label;
      while (b < e && Character.isWhitespace(s.charAt(b))) b++;
      if (b >= e) return;
    }
    String org = null;
    int person = OrganizationFirst.personStart(s.substring(b, e));
    if (person > 0) {
      // "Corvanta — Ifeoma Okafor": a member organization, then its representative
      String seat = s.substring(b, b + person);
      Matcher dash = SPACED_DASH.matcher(seat);
      String before = dash.find() ? seat.substring(0, dash.start()).strip() : seat.strip();
      if (!ROLE.matcher(before).find()) org = before;
      b += person;
    }
    if (slashFields(text, b, e, org, lines, out)) return;
    String entry = s.substring(b, e);
    if (NOT_PERSON.matcher(entry).matches()
        || HAS_DIGIT.matcher(entry).matches()
            && !entry.contains("(")
            && !entry.contains("@")
            && !DIGIT_HANDLE.matcher(entry).matches()) {
      return;
    }
    int nameEnd = e;
    String handle = null;
    int paren = entry.indexOf('(');
    if (paren > 0) {
      String inside = AFTER_PAREN.matcher(entry.substring(paren + 1)).replaceAll("").strip();
      // "(@kwame-am, Brightloom)", "(@sannedw, host)", "(chair, Nordlys AS)": a handle, roles
      // and an employer, in any order, set apart by commas
      if (inside.indexOf(',') > 0) {
        String employer = null;
        boolean parts = true;
        for (String part : inside.split(",")) {
          String q = part.strip();
          if (q.startsWith("@") && HANDLE.matcher(q).matches()) {
            if (handle == null) handle = LEADING_AT.matcher(q).replaceFirst("");
          } else if (ROLE.matcher(q).find() || q.isEmpty()) {
            continue;
          } else if (employer == null && WHITESPACE.split(q).length <= 4) {
            employer = q;
          } else {
            parts = false; // a remark with commas ("joined late, left early, ..."), not parts
          }
        }
        if (parts && (handle != null || employer != null)) {
          inside = "";
          org = employer;
        } else if (!parts) {
          handle = null;
        }
      }
      if (handle != null || inside.isEmpty()) {
        // read above
      } else if (HANDLE.matcher(inside).matches()
          && inside.equals(inside.toLowerCase(Locale.ROOT))) {
        handle = LEADING_AT.matcher(inside).replaceFirst("");
      } else if (!inside.isEmpty() && !ROLE.matcher(inside).find()) {
        org = inside; // raw text beside the name; the link stage decides if it is an employer
      }
      nameEnd = b + paren;
      while (nameEnd > b && Character.isWhitespace(s.charAt(nameEnd - 1))) nameEnd--;
      // "Lakshmi Iyer (@liyer) — Northwind": the handle in parentheses, the employer after a dash
      Matcher after = DASHED_AFTER_PAREN.matcher(entry);
      if (org == null && after.find() && !ROLE.matcher(after.group(1)).find()) {
        org = after.group(1).strip();
      }
    } else {
      // "Ole Brandt — Fennel Works": a spaced dash sets the employer off the name
      Matcher dash = SPACED_DASH.matcher(entry);
      if (dash.find() && dash.start() > 0) {
        String beside = entry.substring(dash.end()).strip();
        if (!beside.isEmpty() && !ROLE.matcher(beside).find()) org = beside;
        nameEnd = b + dash.start();
      }
    }
    // "Jo Ferreira @jferreira (TSC)": the handle is kept as the person's handle, not the name.
    Matcher at = AT_HANDLE.matcher(s).region(b, nameEnd);
    if (at.find() && at.start() > b) {
      if (handle == null) handle = at.group(1);
      nameEnd = at.start();
      while (nameEnd > b && Character.isWhitespace(s.charAt(nameEnd - 1))) nameEnd--;
    }
    // "observers @wrenfield": a group's word before the handle, not the person's name
    if (handle != null && ROLE_ONLY.matcher(s.substring(b, nameEnd).strip()).matches()) {
      b = s.indexOf("@" + handle, b);
      nameEnd = b + 1 + handle.length();
    }
    if (nameEnd <= b) return;
    // "@quietfox" alone: a handle; the at sign is no part of the name
    if (s.charAt(b) == '@' && HANDLE.matcher(s.substring(b, nameEnd)).matches()) {
      b++;
      if (handle == null) handle = s.substring(b, nameEnd);
    }
    String name = s.substring(b, nameEnd);
    if (HAS_DIGIT.matcher(name).matches() && !DIGIT_HANDLE.matcher(name).matches()
        || WHITESPACE.split(name).length > 6) {
      return;
    }
    int line = lines.lineOf(text.source(b));
    out.add(new NameRef(name, handle, org, text.range(b, nameEnd, line)));
  }

  /** Lower-cased first names and single-word entries, for recognising presenter headings. */
  static Set<String> firstNames(List<NameRef> attendees) {
    Set<String> names = new java.util.TreeSet<>();
    for (NameRef a : attendees) {
      PersonNames.addFirstNames(names, a.name());
      if (a.handle() != null) names.add(a.handle().toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
