package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads action items out of list items and lines: which text is a task, who it is for and whether
 * it is done. A line is a task when it stands under an "Action items" / "Next steps" heading, or
 * says so itself ("AI:", "Action item:", "TODO:", a checkbox with an "@assignee"). The agents are
 * the people the line gives it to: "Josh to ...", "Niko and Mark will ...", "@Felix K to ...",
 * "... @alice", "... (nikomatsakis)". Stateless.
 */
final class ActionItems {
  private static final Pattern CHECKBOX = Pattern.compile("^\\s*\\[([ xX])]\\s*");
  private static final Pattern PREFIX =
      Pattern.compile("(?i)^\\s*(?:AIs?|action(?:\\s+items?)?|todo|to-do)\\s*[:\\-–]\\s*");

  /** "#action zhorak, thandi test the image": a meeting bot's marker, its agents' nicks first. */
  private static final Pattern MEETBOT_ACTION = Pattern.compile("(?i)^\\s*#action\\s+");

  private static final Pattern NICK = Pattern.compile("@?[\\p{L}\\p{N}_.\\-]+");

  /** "(she/her)", "(they / them)": pronouns a chat display name carries. */
  static final String PRONOUNS = "\\(\\s*\\p{Ll}+\\s*/\\s*\\p{Ll}+\\s*\\)";

  /** "AI(Ana): send the notes", "TODO(bo): ...": the agent in parentheses after the marker. */
  private static final Pattern PAREN_PREFIX =
      Pattern.compile(
          "(?i)^\\s*(?:AIs?|action(?:\\s+items?)?|todo)\\s*\\(([^()]{1,60})\\)\\s*[:\\-–]\\s*");

  /** "[ Bo ] Follow up with the PMC": formal minutes' owner in brackets before the task. */
  private static final Pattern BRACKET_OWNER =
      Pattern.compile("^\\s*\\[\\s*([^\\[\\]\\d]{2,60}?)\\s*\\]\\s+(?=\\S)");

  /** "Status: done" on the task's next line: how it stands, not what it is. */
  private static final Pattern STATUS_LINE =
      Pattern.compile("(?is)\\s*\\n\\s*status\\s*:\\s*(.*)$");

  /** "— done, merged in the repo", "- in progress": a review's status after the task. */
  private static final Pattern STATUS_TAIL =
      Pattern.compile(
          "(?i)\\s+[—–-]\\s+((?:done|completed?|in\\s+progress|ongoing|carried\\s+over|still\\s+open"
              + "|blocked|not\\s+started|dropped|pending|postponed)\\b.*)$");

  private static final Pattern DONE_STATUS =
      Pattern.compile("(?i)^\\W*(?:done|complete(?:d)?|closed|finished|resolved)\\b");

  /** "Action item for josh to write a comment": the agent named inside the line. */
  private static final Pattern ACTION_FOR =
      Pattern.compile(
          "(?i)\\b(?:action\\s+items?|AI|todo)\\s+for\\s+@?([\\p{L}][\\p{L}\\p{N}_.\\-]*)"
              + "\\s+to\\s+(?=\\p{Ll})");

  /**
   * "I'll take a look", "I will leave a comment", "give me an action item to talk to Mark": a
   * speaker taking a task in their own turn. Verbs of speech ("I'll say", "I'll be honest") are not
   * tasks.
   */
  private static final Pattern FIRST_PERSON_TASK =
      Pattern.compile(
          "(?i)^\\W*(?:(?:yes|yeah|ok|okay|sure|sounds\\s+good)\\W+)?(?:(?:I'll|I’ll|I\\s+will"
              + "|I(?:'m|’m|\\s+am)(?:\\s+(?:also|then|now))?\\s+going\\s+to"
              + "|(?:\\p{Lu}\\p{L}+\\s+and\\s+)?I\\s+(?:also\\s+)?(?:plan|intend)\\s+to"
              + "|I\\s+can\\s+take\\s+(?:an?\\s+)?action\\s+item\\s+to)"
              + "(?:\\s+(?:try\\s+to|also|then|now))?|(?:give|assign)\\s+me\\s+(?:an?\\s+|the\\s+)?action\\s+item"
              + "\\s+to)\\s+(?!(?:be|say|admit|note|argue|grant|concede|repeat|stop|pass|just\\s+say"
              + "|point\\s+out|add\\s+that|mention)\\b)(?=\\p{Ll})");

  /** A raw link to a GitHub issue or pull request, written in a task as "repo#123". */
  private static final Pattern GITHUB_ISSUE_URL =
      Pattern.compile(
          "https?://github\\.com/[\\w.-]+/([\\w.-]+)/(?:issues|pull)/(\\d+)(?:[/?#][^\\s)]*)?");

  /** "@ana: send the notes": a handle owning the line. */
  private static final Pattern HANDLE_TASK =
      Pattern.compile("^\\s*@[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-]*\\s*:\\s+\\S");

  /** "Ana to ...", "Ana and Bo will ...", "josh needs to ...": a person present taking a task. */
  private static final Pattern NAMED_TASK =
      Pattern.compile(
          "^\\s*(?:\\[[ xX]]\\s*)?(?:~~)?\\(?@?([\\p{L}][\\p{L}\\p{M}\\p{N}_'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’\\-]*)?"
              + "(?:\\s+(?:and|&)\\s+@?[\\p{L}][\\p{L}\\p{M}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’\\-]*)?)?)\\)?\\s+(?:to|will|needs\\s+to|is\\s+going\\s+to|owes)\\s+\\p{Ll}");

  /** "Josh to", "Niko and Mark will", "@Felix K to", "scottmcm:" at the start of a task. */
  private static final Pattern LEADING_AGENTS =
      Pattern.compile(
          "^\\(?@?([\\p{L}][\\p{L}\\p{M}\\p{N}_'’.\\-]*(?:[ ,&/+]+(?:and\\s+|@)?"
              + "[\\p{L}][\\p{L}\\p{M}\\p{N}_'’.\\-]*){0,5}?)\\)?(?:\\s*"
              + PRONOUNS
              + ")?\\s*(?:\\bto\\b|\\bwill\\b|\\bshould\\b|:|→|->|=>|—|–)\\s+");

  /** "@hgill publish the draft", "@ana @bo update the examples": handles owning a box's task. */
  private static final Pattern LEADING_HANDLES =
      Pattern.compile(
          "^\\s*((?:@[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-]*[\\s,&]+)+)(?=\\p{Ll})"
              + "(?!(?:to|will|should|needs|is|are|was|has|had)\\b)");

  /** "@Ana Lima", "@Wilhelmina (Mina) Stroud", "@ferrofluid": one mention by name or handle. */
  private static final String MENTION =
      "@(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\(\\p{Lu}[\\p{L}'’-]*\\)|\\p{Lu}[\\p{L}'’-]*"
          + "|(?!and\\b)[a-z]{1,3}(?=\\s+\\p{Lu}))){0,4}|[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-]*)";

  /**
   * "@Ravi Chandrasekhar bisect #8812", "@Hoàng Minh Châu and @ferrofluid write up ...": a chat
   * tool's mentions (Zulip's "@**Full Name**") owning the task that follows in lower case.
   */
  private static final Pattern LEADING_MENTIONS =
      Pattern.compile(
          "(?U)^\\s*("
              + MENTION
              + "(?:\\s*(?:,|&|\\band\\b)\\s*"
              + MENTION
              + ")*)\\s+(?=\\p{Ll})"
              + "(?!(?:to|will|should|needs|is|are|was|has|had)\\b)");

  private static final Pattern ONE_MENTION = Pattern.compile("(?U)" + MENTION);

  /** "(Mina)" inside a mentioned name: the nickname, not part of the full name. */
  private static final Pattern NICKNAME_IN_NAME = Pattern.compile("\\s*\\(\\p{Lu}[^()]*\\)");

  /**
   * "... @Ana Lima": a page tool's mention of the assignee by full name at the end of a task
   * (Notion, Confluence, Loop).
   */
  private static final Pattern TRAILING_MENTION =
      Pattern.compile("\\s@(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,2})\\s*$");

  /** An owner cell or label that says nobody owns the task yet: "Unassigned:", "TBD:". */
  private static final Pattern UNOWNED =
      Pattern.compile("(?i)unassigned|none|nobody|tbd|tba|volunteers?(?:\\s+wanted)?");

  /**
   * "(no owner yet)", "(unassigned)", "(needs owner)" closing a task: nobody owns it, and saying so
   * makes a checkbox line a task without anyone's handle on it.
   */
  static final Pattern UNOWNED_TAIL =
      Pattern.compile(
          "(?i)\\s*\\(\\s*(?:no\\s+owner(?:\\s+yet)?|unassigned|needs?\\s+(?:an\\s+)?owner"
              + "|nobody(?:\\s+yet)?|owner:?\\s*(?:tbd|tba|\\?+))\\s*\\)\\W*$");

  /** Whether a task line ends with a meeting bot's stamp: "(kferrand, 16:09:12)". */
  static boolean botStamped(String plain) {
    return BOT_STAMP.matcher(plain).find();
  }

  /** ":)", "=)", ";-)": a face, not a parenthesis the task failed to open. */
  private static final Pattern SMILEY = Pattern.compile("[:;=8][-^']?\\)$");

  /** "(kferrand, 16:09:12)": a meeting bot's record of who said it when, not part of the task. */
  private static final Pattern BOT_STAMP =
      Pattern.compile(
          "(?U)\\s*\\(\\s*(?:[\\w.\\-|]+|\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,3}"
              + "(?:\\s*"
              + PRONOUNS
              + ")?),\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*\\)\\s*$");

  /**
   * "Lena (she/her) file the proposal", "Sun-jae, Ola write the docs": a Matrix meetbot's task, its
   * owners' display names first (pronouns and all), then the task in lower case, no "to".
   */
  private static final Pattern DISPLAY_NAMES_FIRST =
      Pattern.compile(
          "(?U)^((?:\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|(?!and\\b)[a-z]{1,3}))*(?:\\s*"
              + PRONOUNS
              + ")?)(?:\\s*(?:,|&|\\band\\b)\\s*\\p{Lu}[\\p{L}'’-]*"
              + "(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|(?!and\\b)[a-z]{1,3}))*(?:\\s*"
              + PRONOUNS
              + ")?)*)\\s+(?=\\p{Ll})");

  /** "(Due: May 30, 2025)", "(due Friday)": when, not what. */
  private static final Pattern DUE = Pattern.compile("(?i)\\s*\\(\\s*(?:due|by)\\b[^()]*\\)\\s*$");

  /**
   * "... @alice", "... @bo, @chidi", "... @Nicholas M" (a handle with the initial some teams add).
   */
  private static final Pattern TRAILING_HANDLES =
      Pattern.compile(
          "(?:\\s*[,&]?\\s*@[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-]*(?:\\s\\p{Lu}\\b\\.?)?)+\\s*$");

  private static final Pattern HANDLE =
      Pattern.compile("@([\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-]*(?:\\s\\p{Lu}\\b)?)");

  /** "#123 Some PR — @Felix K to make a recommendation": an assignee inside the line. */
  private static final Pattern LEADING_HANDLE_TO =
      Pattern.compile("^\\s*@[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-]*\\s+(?:to|will)\\s+\\S");

  private static final Pattern INNER_HANDLE_TO =
      Pattern.compile("@([\\p{L}][\\p{L}\\p{N}_.\\-]*(?:\\s\\p{Lu}\\b)?)\\s+(?:to|will)\\b");

  private static final Pattern TRAILING_PAREN = Pattern.compile("\\(([^()]{2,40})\\)\\s*$");
  private static final Pattern PIECES =
      Pattern.compile("\\s*(?:,|&|/|\\+|\\band\\b)\\s*|\\s+(?=@)"); // "@ana @bo: ..."
  private static final Pattern ONE_TOKEN_HANDLE = Pattern.compile("[a-z][a-z0-9_\\-]{2,38}");
  private static final Pattern ISSUE_REF = Pattern.compile("^\\s*(?:#\\d|\\[?#\\d)");

  /** Words that start task lines but are not people ("We will", "Need to", "Someone to"). */
  private static final Set<String> NOT_AGENTS =
      Set.of(
          "we",
          "i",
          "you",
          "they",
          "he",
          "she",
          "it",
          "someone",
          "somebody",
          "everyone",
          "everybody",
          "anyone",
          "nobody",
          "all",
          "team",
          "the",
          "this",
          "that",
          "these",
          "those",
          "need",
          "needs",
          "want",
          "wants",
          "plan",
          "plans",
          "going",
          "have",
          "has",
          "had",
          "is",
          "are",
          "was",
          "were",
          "who",
          "what",
          "how",
          "why",
          "when",
          "where",
          "which",
          "next",
          "lang",
          "libs",
          "compiler",
          "decision",
          "consensus",
          "note",
          "notes",
          "question",
          "proposal",
          "goal",
          "ask",
          "agreed",
          "also",
          "then",
          "still",
          "maybe",
          "probably",
          "action",
          "item",
          "items",
          "todo",
          "status",
          "result",
          "outcome",
          "follow",
          "up",
          "things",
          "thing",
          "questions",
          "people",
          "folks",
          "options",
          "issues",
          "steps",
          "work",
          "unassigned",
          "none",
          "tbd",
          "volunteer",
          "volunteers");

  private ActionItems() {}

  /**
   * "Ana to send the notes", "Bo will open an issue" where Ana and Bo are people present (their
   * first names or handles in {@code known}): a task given in the meeting, wherever it stands.
   */
  static boolean isNamedTask(String plain, Set<String> known) {
    if (known.isEmpty()) return false;
    Matcher m = NAMED_TASK.matcher(plain);
    if (!m.lookingAt()) return false;
    for (String piece : PIECES.split(m.group(1))) {
      // "Ana Lucía to ...": a given name of two words, the first one known
      String w = piece.strip().replace("@", "").split("\\s+")[0].toLowerCase(Locale.ROOT);
      if (!known.contains(w)) return false;
    }
    return true;
  }

  private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "isn't", "aren't");

  /**
   * "@mosslight: tidewatch 0.3 is the version we'd bring", "@kettle: is there a template?": what a
   * chat line says, not a task for the handle: a question, or a form of "be" among its first words.
   */
  private static boolean statement(String said) {
    if (said.contains("?")) return true;
    String[] w = said.strip().toLowerCase(Locale.ROOT).split("\\s+");
    for (int k = 0; k < Math.min(6, w.length); k++) if (COPULAS.contains(w[k])) return true;
    return false;
  }

  /** Whether a line says by itself that it is a task, wherever it stands. */
  static boolean isTaskLine(String plain) {
    if (PREFIX.matcher(plain).find() || PAREN_PREFIX.matcher(plain).find()) return true;
    if (MEETBOT_ACTION.matcher(plain).find()) return true;
    if (ACTION_FOR.matcher(plain).find()) return true;
    Matcher handleTask = HANDLE_TASK.matcher(plain);
    if (handleTask.find() && !statement(plain.substring(handleTask.end() - 1))) return true;
    Matcher box = CHECKBOX.matcher(plain);
    if (!box.find()) return false;
    String rest = plain.substring(box.end());
    // "- [ ] #64035 Stabilize ... @owner" is an agenda entry with its shepherd, not a task.
    if (ISSUE_REF.matcher(rest).find()) return false;
    // "- [ ] fix the docs @ana", "- [ ] @ana to fix the docs", "- [x] @ana: fix the docs": a box
    // with someone's handle on it is theirs to do.
    String undated = DUE.matcher(rest).replaceFirst("");
    return TRAILING_HANDLES.matcher(rest).find()
        || TRAILING_MENTION.matcher(undated).find()
        || HANDLE_TASK.matcher(rest).find()
        || LEADING_HANDLE_TO.matcher(rest).find()
        || LEADING_HANDLES.matcher(rest).find();
  }

  /**
   * "[ ] Refresh the guide (no owner yet)": a box that says nobody owns it yet is a task too, but
   * not on an agenda, where it is an item nobody brought.
   */
  static boolean isUnownedBox(String plain) {
    Matcher box = CHECKBOX.matcher(plain);
    return box.find() && UNOWNED_TAIL.matcher(plain.substring(box.end())).find();
  }

  /** The action item a line holds; null when nothing is left of it once markers are cut. */
  static ActionItem read(InlineText it, SourceRange range, Set<String> known) {
    String p = it.plain();
    int b = 0;
    int e = p.length();
    boolean done = false;
    Matcher box = CHECKBOX.matcher(p);
    if (box.find()) {
      done = !box.group(1).isBlank();
      b = box.end();
    }
    if (p.startsWith("~~", b) && p.indexOf("~~", b + 2) >= e - 2) { // struck through: done
      done = true;
      b += 2;
      e = p.endsWith("~~") ? e - 2 : e;
    }
    List<NameRef> agents = new ArrayList<>();
    int line = range.line();
    Matcher owner = PAREN_PREFIX.matcher(p).region(b, e);
    if (owner.lookingAt()) {
      agents.addAll(names(it, owner.start(1), owner.end(1), known, line));
      b = owner.end();
    }
    Matcher bracket = BRACKET_OWNER.matcher(p).region(b, e);
    if (agents.isEmpty() && bracket.lookingAt()) {
      List<NameRef> in = names(it, bracket.start(1), bracket.end(1), known, line);
      if (!in.isEmpty()) {
        agents.addAll(in);
        b = bracket.end();
      }
    }
    Matcher status = STATUS_LINE.matcher(p).region(b, e);
    if (!status.find()) {
      status = STATUS_TAIL.matcher(p).region(b, e);
      if (!status.find()) status = null;
    }
    if (status != null) {
      done = done || DONE_STATUS.matcher(status.group(1)).lookingAt();
      e = status.start();
    }
    Matcher named = ACTION_FOR.matcher(p).region(b, e);
    if (agents.isEmpty() && named.find()) {
      agents.add(ref(it, named.group(1), named.start(1), named.end(1), true, line));
      b = named.end();
    }
    Matcher prefix = PREFIX.matcher(p).region(b, e);
    if (prefix.lookingAt()) {
      b = prefix.end();
      Matcher shown = DISPLAY_NAMES_FIRST.matcher(p).region(b, e);
      if (agents.isEmpty() && BOT_STAMP.matcher(p).find() && shown.lookingAt()) {
        List<NameRef> who = displayNames(it, shown.start(1), shown.end(1), known, line);
        if (!who.isEmpty()) {
          agents.addAll(who);
          b = shown.end();
        }
      }
    }
    Matcher bot = MEETBOT_ACTION.matcher(p).region(b, e);
    if (agents.isEmpty() && bot.lookingAt()) {
      b = bot.end();
      // the nicks of people present, then the task: "zhorak, thandi test the image"
      Matcher nick = NICK.matcher(p);
      int at = b;
      List<NameRef> nicks = new ArrayList<>();
      while (nick.find(at) && nick.start() == at) {
        String w = nick.group().replace("@", "").replaceAll("[.,]+$", "");
        if (!known.contains(w.toLowerCase(Locale.ROOT))) break;
        nicks.add(
            ref(
                it,
                w,
                nick.start() + (nick.group().startsWith("@") ? 1 : 0),
                nick.start() + (nick.group().startsWith("@") ? 1 : 0) + w.length(),
                true,
                line));
        at = nick.end();
        while (at < e && (p.charAt(at) == ',' || p.charAt(at) == ' ')) at++;
      }
      if (!nicks.isEmpty()) {
        agents.addAll(nicks);
        b = at;
      }
    }
    Matcher box2 = CHECKBOX.matcher(p).region(b, e); // "AI: [x] ..."
    if (box2.lookingAt()) {
      done = !box2.group(1).isBlank();
      b = box2.end();
    }
    Matcher stamp = BOT_STAMP.matcher(p).region(b, e);
    if (stamp.find()) e = stamp.start();
    Matcher due = DUE.matcher(p).region(b, e);
    if (due.find()) e = due.start();
    Matcher unowned = UNOWNED_TAIL.matcher(p).region(b, e);
    if (unowned.find()) e = unowned.start();
    Matcher mention = TRAILING_MENTION.matcher(p).region(b, e);
    if (agents.isEmpty() && mention.find()) {
      agents.add(ref(it, mention.group(1), mention.start(1), mention.end(1), false, line));
      e = mention.start();
    }
    Matcher mentions = LEADING_MENTIONS.matcher(p).region(b, e);
    if (agents.isEmpty() && mentions.lookingAt() && mentions.group(1).contains(" ")) {
      List<NameRef> who = mentioned(it, mentions.start(1), mentions.end(1), known, line);
      if (!who.isEmpty()) {
        agents.addAll(who);
        b = mentions.end();
      }
    }
    Matcher handles = LEADING_HANDLES.matcher(p).region(b, e);
    if (agents.isEmpty() && handles.lookingAt()) {
      Matcher h = HANDLE.matcher(p).region(handles.start(1), handles.end(1));
      while (h.find()) agents.add(ref(it, h.group(1), h.start(1), h.end(1), true, line));
      b = handles.end();
    }
    Matcher trailing = TRAILING_HANDLES.matcher(p).region(b, e);
    if (agents.isEmpty() && trailing.find()) {
      Matcher h = HANDLE.matcher(p).region(trailing.start(), trailing.end());
      while (h.find()) {
        agents.add(ref(it, h.group(1), h.start(1), h.end(1), h.group(1).indexOf(' ') < 0, line));
      }
      e = trailing.start();
    }
    Matcher lead = LEADING_AGENTS.matcher(p).region(b, e);
    if (agents.isEmpty() && lead.lookingAt()) {
      agents.addAll(names(it, lead.start(1), lead.end(1), known, line));
      if (!agents.isEmpty()) b = lead.end(); // the task is what they do, without "Ana to"
      else if (UNOWNED.matcher(lead.group(1)).matches()) b = lead.end(); // "TBD: pick a date"
    }
    if (agents.isEmpty()) {
      Matcher inner = INNER_HANDLE_TO.matcher(p).region(b, e);
      if (inner.find())
        agents.add(ref(it, inner.group(1), inner.start(1), inner.end(1), false, line));
    }
    if (agents.isEmpty()) {
      Matcher paren = TRAILING_PAREN.matcher(p).region(b, e);
      if (paren.find()) {
        List<NameRef> in = names(it, paren.start(1), paren.end(1), known, line);
        if (!in.isEmpty()) agents.addAll(in);
      }
    }
    String task = tidy(p.substring(b, e));
    if (task.endsWith(")") && !SMILEY.matcher(task).find() && count(task, '(') < count(task, ')')) {
      task = task.substring(0, task.length() - 1).strip(); // "(Niko to figure it out)"
    }
    if (task.isEmpty()) return null;
    return new ActionItem(task, agents, done, range);
  }

  /**
   * The task a speaker takes in their own turn ("niko: I'll take a look and make an opinion."),
   * agent the speaker at {@code [sb, se)} of the plain text; null when the turn takes none. The
   * task is the sentence after "I'll".
   */
  static List<ActionItem> turnCommitments(InlineText it, SourceRange range, int sb, int se) {
    String p = it.plain();
    int after = p.indexOf(':', se);
    if (after < 0) return List.of();
    String who = p.substring(sb, se);
    boolean handle = who.indexOf(' ') < 0 && who.equals(who.toLowerCase(Locale.ROOT));
    List<ActionItem> out = new ArrayList<>();
    for (int begin = after + 1; begin < p.length(); ) {
      int end = sentenceEnd(p, begin);
      Matcher m = FIRST_PERSON_TASK.matcher(p).region(begin, end);
      if (m.lookingAt()) {
        String task = tidy(p.substring(m.end(), end));
        if (!task.isEmpty()) {
          NameRef agent = ref(it, who, sb, se, handle, range.line());
          out.add(new ActionItem(task, List.of(agent), false, range));
        }
      }
      begin = end + 1;
    }
    return out;
  }

  /**
   * Each task once: minutes often say it in the discussion ("Ana will promote RC2 and announce it")
   * and again in the closing list ("ACTION: Ana to promote RC2 and send the announcement"). Of two
   * tasks for the same people whose words mostly agree, the later is kept: the closing list is the
   * record the meeting agreed on.
   */
  static List<ActionItem> distinct(List<ActionItem> actions) {
    return distinct(actions, Set.of(), n -> n.name().toLowerCase(Locale.ROOT));
  }

  /**
   * As {@link #distinct(List)}; a task a meeting bot stamped ({@code stamped} holds its range) is
   * the same as one written identically elsewhere, however short: the bot's summary and its action
   * list record one task twice. {@code who} says who an agent is ("blind" and "Bo Lindgren" are one
   * when the attendee list gives Bo that handle).
   */
  static List<ActionItem> distinct(
      List<ActionItem> actions,
      Set<SourceRange> stamped,
      java.util.function.Function<NameRef, String> who) {
    List<ActionItem> out = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      ActionItem a = actions.get(i);
      boolean restated = false;
      for (int j = i + 1; j < actions.size() && !restated; j++) {
        ActionItem b = actions.get(j);
        restated =
            (stamped.contains(a.range()) || stamped.contains(b.range()))
                    && a.task().equalsIgnoreCase(b.task())
                    && a.agents().size() == b.agents().size()
                || sameTask(a, b, who);
      }
      if (!restated) out.add(a);
    }
    return out;
  }

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static boolean sameTask(
      ActionItem a, ActionItem b, java.util.function.Function<NameRef, String> who) {
    if (a.agents().isEmpty() || a.agents().size() != b.agents().size()) return false;
    for (int k = 0; k < a.agents().size(); k++) {
      if (!who.apply(a.agents().get(k)).equals(who.apply(b.agents().get(k)))) return false;
    }
    List<String> wa = words(a.task());
    List<String> wb = words(b.task());
    // "Mark to update this with a disclaimer" under two items: one phrase, two tasks
    if (a.task().equalsIgnoreCase(b.task())) return false;
    // the same deed ("promote ..." twice), not two deeds on one thing ("review" / "merge the PR")
    if (wa.isEmpty() || wb.isEmpty() || !wa.get(0).equals(wb.get(0))) return false;
    Set<String> ta = new java.util.HashSet<>(wa);
    Set<String> tb = new java.util.HashSet<>(wb);
    long common = ta.stream().filter(tb::contains).count();
    // or one says all the other says and more ("..., then people can comment per item")
    if (common >= 4 && common == Math.min(ta.size(), tb.size())) return true;
    return common >= 3 && common * 5 >= 2 * (ta.size() + tb.size() - common);
  }

  /** Words that say little about which task it is. */
  private static final Set<String> FILLER =
      Set.of(
          "a", "an", "the", "to", "and", "or", "of", "for", "in", "on", "at", "it", "its", "with",
          "once", "when", "then", "that", "this", "as", "be", "is", "are", "have", "has", "by");

  /** The task's words, lower-cased, without {@link #FILLER}, in order. */
  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : NOT_WORD.split(s.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty() && !FILLER.contains(w)) out.add(w);
    }
    return out;
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }

  /** "e.g." and "i.e." end no sentence. */
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?i)(?:^|[\\s(])(?:e\\.g|i\\.e|etc|vs)$");

  /** The end of the sentence that starts at or after {@code from}: its '.', '!', '?' or ';'. */
  private static int sentenceEnd(String p, int from) {
    for (int i = from; i < p.length(); i++) {
      char c = p.charAt(i);
      boolean stop = c == '.' || c == '!' || c == '?' || c == ';';
      if (stop
          && (i + 1 == p.length() || p.charAt(i + 1) == ' ')
          && !ABBREVIATION.matcher(p.substring(Math.max(from, i - 5), i)).find()) {
        return i;
      }
    }
    return p.length();
  }

  /** The task as a reader writes it: tidied, raw issue links as "repo#123". */
  private static String tidy(String s) {
    return NoteAssembler.tidyTitle(GITHUB_ISSUE_URL.matcher(s).replaceAll("$1#$2"));
  }

  /** Every piece of {@code [b, e)} that reads as a person or a handle; empty if any does not. */
  private static List<NameRef> names(InlineText it, int b, int e, Set<String> known, int line) {
    String p = it.plain();
    List<NameRef> out = new ArrayList<>();
    for (int[] s : PersonNames.pieces(PIECES, p, b, e)) {
      int pb = s[0];
      int pe = s[1];
      while (pb < pe && (Character.isWhitespace(p.charAt(pb)) || p.charAt(pb) == '@')) pb++;
      while (pe > pb && Character.isWhitespace(p.charAt(pe - 1))) pe--;
      if (pe <= pb) continue;
      String piece = p.substring(pb, pe);
      String first = piece.split("\\s+")[0].toLowerCase(Locale.ROOT);
      if (NOT_AGENTS.contains(first)) return List.of();
      boolean handle = piece.indexOf(' ') < 0 && ONE_TOKEN_HANDLE.matcher(piece).matches();
      boolean name =
          PersonNames.looksLikeName(piece, known)
              || PersonNames.knownInitials(piece, known) // "AFG to open the issue"
              || piece.indexOf(' ') < 0
                  && Character.isUpperCase(piece.charAt(0))
                  && piece.length() > 1
                  && piece.chars().skip(1).allMatch(Character::isLowerCase);
      if (!handle && !name) return List.of();
      out.add(ref(it, piece, pb, pe, handle, line));
    }
    return out;
  }

  /** The people mentioned in {@code [b, e)}: handles, and names known or shaped as full names. */
  private static List<NameRef> mentioned(InlineText it, int b, int e, Set<String> known, int line) {
    String p = it.plain();
    List<NameRef> out = new ArrayList<>();
    Matcher m = ONE_MENTION.matcher(p).region(b, e);
    while (m.find()) {
      String name = m.group().substring(1);
      boolean handle = name.indexOf(' ') < 0 && !Character.isUpperCase(name.charAt(0));
      String plainName = NICKNAME_IN_NAME.matcher(name).replaceAll("");
      String first = plainName.split("\\s+")[0].toLowerCase(Locale.ROOT);
      if (!handle && !known.contains(first) && !PersonShape.fullName(plainName)) return List.of();
      NameRef r = ref(it, name, m.start() + 1, m.end(), handle, line);
      out.add(new NameRef(plainName, r.handle(), null, r.range()));
    }
    return out;
  }

  private static final Pattern DISPLAY_PIECE =
      Pattern.compile(
          "(?U)\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|(?!and\\b)[a-z]{1,3}))*");

  /** The display names in {@code [b, e)}, each known at the meeting; empty when one is not. */
  private static List<NameRef> displayNames(
      InlineText it, int b, int e, Set<String> known, int line) {
    String p = it.plain();
    List<NameRef> out = new ArrayList<>();
    Matcher m = DISPLAY_PIECE.matcher(p).region(b, e);
    while (m.find()) {
      String first = m.group().split("\\s+")[0].toLowerCase(Locale.ROOT);
      if (!known.contains(first)) return List.of();
      out.add(ref(it, m.group(), m.start(), m.end(), false, line));
    }
    return out;
  }

  private static NameRef ref(InlineText it, String name, int b, int e, boolean handle, int line) {
    return new NameRef(
        name, handle && name.indexOf(' ') < 0 ? name : null, null, it.range(b, e, line));
  }
}
