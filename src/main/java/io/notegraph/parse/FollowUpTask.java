package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task line as summarising tools write them: "Ana Ruiz will tag the release", "[Bo Lind]
 * OpenShift testing: Test the chart", "**Docs**: Update the guide. (Chen Wu)", "Task: Draft the
 * notes (Ana)", "[ ] Publish the beta - Bo Lind" (Otter), "The team will vote on it" (nobody's).
 * The agent is the person the line names in one of those places; the task is what is left, without
 * the label, the "Name will" and the marks. Stateless.
 */
final class FollowUpTask {
  private static final Pattern CHECKBOX = Pattern.compile("^\\s*(?:[-*•]\\s*)?\\[([ xX])]\\s*");
  private static final Pattern BRACKET_AGENT = Pattern.compile("^\\s*\\[([^\\]]{2,80})]\\s*");
  private static final Pattern LABEL = Pattern.compile("^\\s*([^:]{2,60}?)\\s*:\\s+(?=\\S)");
  private static final Pattern TASK_WORD =
      Pattern.compile("(?i)^\\s*(?:task|action(?:\\s+item)?|to-?do|follow[-\\s]?up)\\s*:\\s*");
  private static final Pattern WILL = Pattern.compile("(?i)\\s*will\\s+(?=\\p{Ll})");
  private static final Pattern TRAILING_PAREN = Pattern.compile("\\s*\\(([^()]{2,80})\\)\\W*$");
  private static final Pattern TRAILING_DASH_NAME =
      Pattern.compile("\\s+[-–—]\\s+@?([\\p{L}][\\p{L}\\p{M}'’.\\- ]{1,60}?)\\s*$");
  private static final Pattern LEADING_AGENT =
      Pattern.compile(
          "^\\s*@?(.{2,80}?)\\s+(?:will|to|should|needs\\s+to|is\\s+going\\s+to|agreed\\s+to"
              + "|volunteered\\s+to|offered\\s+to|committed\\s+to|plans\\s+to)\\s+(?=\\p{L})");
  private static final Pattern NOBODY =
      Pattern.compile(
          "(?i)^\\s*(?:the\\s+)?(?:group|team|everyone|everybody|all|we|attendees|participants"
              + "|maintainers|reviewers|community)\\s+(?:will|to|should|agreed\\s+to|needs?\\s+to"
              + "|plans?\\s+to)\\s+");
  private static final Pattern PIECES = Pattern.compile("\\s*(?:,|&|/|\\band\\b)\\s*");

  private FollowUpTask() {}

  /** The task {@code it} holds, or null when nothing is left of it. */
  static ActionItem read(InlineText it, SourceRange range, Set<String> known) {
    String p = it.plain();
    int b = 0;
    int e = p.length();
    int line = range.line();
    boolean done = false;
    List<NameRef> agents = new ArrayList<>();
    Matcher box = CHECKBOX.matcher(p);
    if (box.lookingAt()) {
      done = !box.group(1).isBlank();
      b = box.end();
    }
    Matcher bracket = BRACKET_AGENT.matcher(p).region(b, e);
    if (bracket.lookingAt()) {
      agents.addAll(names(it, bracket.start(1), bracket.end(1), known, line));
      if (!agents.isEmpty()) {
        b = bracket.end();
        Matcher will = WILL.matcher(p).region(b, e); // "[Ana Ruiz] will tag the release"
        if (will.lookingAt()) b = will.end();
      }
    }
    Matcher task = TASK_WORD.matcher(p).region(b, e);
    if (task.lookingAt()) {
      b = task.end();
    } else {
      Matcher label = LABEL.matcher(p).region(b, e);
      if (label.lookingAt() && words(label.group(1)) <= 6 && words(p.substring(label.end())) >= 3) {
        b = label.end(); // "OpenShift testing:" names the task; what follows is the task
        Matcher again = TASK_WORD.matcher(p).region(b, e);
        if (again.lookingAt()) b = again.end();
      }
    }
    Matcher unowned = ActionItems.UNOWNED_TAIL.matcher(p).region(b, e);
    if (unowned.find()) e = unowned.start();
    Matcher paren = TRAILING_PAREN.matcher(p).region(b, e);
    if (paren.find()) {
      List<NameRef> who = names(it, paren.start(1), paren.end(1), known, line);
      if (!who.isEmpty()) {
        if (agents.isEmpty()) agents.addAll(who);
        e = paren.start();
      }
    }
    Matcher dash = TRAILING_DASH_NAME.matcher(p).region(b, e);
    if (dash.find()) {
      List<NameRef> who = names(it, dash.start(1), dash.end(1), known, line);
      if (!who.isEmpty()) {
        if (agents.isEmpty()) agents.addAll(who);
        e = dash.start();
      }
    }
    Matcher nobody = NOBODY.matcher(p).region(b, e);
    if (nobody.lookingAt()) {
      b = nobody.end();
    } else {
      Matcher lead = LEADING_AGENT.matcher(p).region(b, e);
      if (lead.lookingAt()) {
        List<NameRef> who = names(it, lead.start(1), lead.end(1), known, line);
        if (!who.isEmpty()) {
          if (agents.isEmpty()) agents.addAll(who);
          b = lead.end();
        }
      }
    }
    String text = NoteAssembler.tidyTitle(p.substring(b, e)).replaceAll("[.;]+$", "").strip();
    if (text.isEmpty()) return null;
    return new ActionItem(text, agents, done, range);
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** Every piece of {@code [b, e)} read as a person; empty when any piece is not one. */
  private static List<NameRef> names(InlineText it, int b, int e, Set<String> known, int line) {
    String p = it.plain();
    List<NameRef> out = new ArrayList<>();
    for (int[] s : PersonNames.pieces(PIECES, p, b, e)) {
      String piece = p.substring(s[0], s[1]).strip();
      if (piece.startsWith("@")) piece = piece.substring(1);
      if (piece.isEmpty()) return List.of();
      boolean name =
          piece.indexOf(' ') < 0
              ? known.contains(piece.toLowerCase(Locale.ROOT))
              : PersonNames.looksLikeName(piece, known);
      // "[Raj Ito, Speaker 3]": a voice the tool could not name owns it too, but is nobody here
      if (SummaryWords.UNNAMED_SPEAKER.matcher(piece).matches()) continue;
      if (!name) return List.of();
      int pb = p.indexOf(piece, s[0]);
      out.add(new NameRef(piece, null, null, it.range(pb, pb + piece.length(), line)));
    }
    return out;
  }
}
