package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minutes that give a task or an agenda item to a role ("TAC chair", "the chair", "Staff (Dorian)")
 * mean the person in that role: the one a "Chair:" field names, or whose entry in the roll call
 * says "(… chair)"; the name in the parentheses after a role. A role nobody is named for ("LF
 * staff") stays unresolved. Stateless.
 */
final class ChairRole {
  /** "**Chair:** Ana Lima (TAC chair)", "Chair this month: Ana Lima". */
  private static final Pattern CHAIR_FIELD =
      Pattern.compile(
          "(?m)^[ \\t*_-]*(?i:(?:meeting\\s+)?(?:chair(?:person)?|chaired\\s+by)"
              + "(?:\\s+this\\s+(?:month|week|time))?)"
              + "[ \\t*_]*:[ \\t*_]*(\\p{Lu}[^\\n(·|,;*]{1,60}?)[ \\t*_]*(?:\\(|·|\\||,|;|$)");

  /** "- Corvanta — Ana Lima (TAC chair)": the chair marked in the roll call. */
  private static final Pattern CHAIR_ENTRY =
      Pattern.compile(
          "(?m)^[ \\t]*[-*+][ \\t]+(?:[^\\n]*?[–—][ \\t]+)?(\\p{Lu}[^\\n(]{1,60}?)[ \\t]*"
              + "\\((?:[\\p{L}&]+[ \\t]+)?(?i:chair(?:person)?)\\)");

  /** "TAC chair", "Council chair", "the chair", "Chair": a role standing for the chair. */
  static final Pattern CHAIR_PHRASE =
      Pattern.compile("(?:(?i:the)\\s+)?(?:\\p{Lu}[\\p{L}&]{1,15}\\s+)?(?i:chair(?:person)?)");

  /** "Staff (Dorian)", "Release team (Ana)": a role and, in parentheses, who holds it. */
  private static final Pattern ROLE_THEN_NAME =
      Pattern.compile(
          "(?:(?i:the)\\s+)?(?:[\\p{L}&]+\\s+){0,3}(?i:staff|team|chair|lead|secretary|host"
              + "|maintainers?|coordinator|liaison|manager)\\s*"
              + "\\((\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3})\\)");

  /** A role a task can go to: "Staff", "Release team", "Secretary". */
  private static final Pattern ROLE_WORD =
      Pattern.compile(
          "(?i)(?:the\\s+)?(?:[\\p{L}&]+\\s+){0,3}(?:staff|team|chair|lead|secretary|host|maintainers?"
              + "|coordinator|liaison|manager)");

  /** One or two capitalised words: a person's name in the parentheses after a role. */
  private static final Pattern PERSON_WORD =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+)?");

  private final String chair;

  ChairRole(String text) {
    this.chair = find(text);
  }

  /**
   * The chair's name: a full name in a "Chair:" field, else the roll call's "(… chair)", else the
   * field's nick.
   */
  private static String find(String text) {
    Matcher f = CHAIR_FIELD.matcher(text);
    String field = f.find() ? f.group(1).strip() : null;
    if (field != null && PersonShape.fullName(field)) return field;
    Matcher e = CHAIR_ENTRY.matcher(text);
    if (e.find()) return e.group(1).strip();
    return field;
  }

  /** {@code people} with every role phrase replaced by the person holding the role. */
  List<NameRef> resolve(List<NameRef> people) {
    List<NameRef> out = null;
    for (int i = 0; i < people.size(); i++) {
      NameRef n = people.get(i);
      NameRef r = resolve(n);
      if (r != n) {
        if (out == null) out = new ArrayList<>(people);
        out.set(i, r);
      }
    }
    return out == null ? people : out;
  }

  private NameRef resolve(NameRef n) {
    String name = n.name().strip();
    if (chair != null && CHAIR_PHRASE.matcher(name).matches()) {
      return new NameRef(chair, null, null, n.range());
    }
    Matcher m = ROLE_THEN_NAME.matcher(name);
    if (m.matches()) return new NameRef(m.group(1), null, null, n.range());
    // the attendee reader took "Staff (Dorian)" for a person "Staff" of an organization "Dorian"
    if (n.organization() != null
        && ROLE_WORD.matcher(name).matches()
        && PERSON_WORD.matcher(n.organization().strip()).matches()) {
      return new NameRef(n.organization().strip(), null, null, n.range());
    }
    return n;
  }

  /** Whether {@code s} is only a role the minutes may give tasks to. */
  static boolean isRole(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    return CHAIR_PHRASE.matcher(t).matches() || ROLE_THEN_NAME.matcher(s.strip()).matches();
  }
}
