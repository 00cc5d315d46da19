package io.notegraph.parse;

import io.notegraph.parse.AgendaSection.SectionKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects one agenda section while the parser walks its blocks. Not thread-safe. */
final class SectionBuilder {
  private static final Pattern SLIDES =
      Pattern.compile("(?i).*(slides?|deck|presentation|\\.pdf|\\.pptx?|\\.odp|/presentation/).*");

  int index;
  final int level;
  final String title;
  final SourceRange titleRange;
  final List<NameRef> presenters = new ArrayList<>();
  Duration offset;
  final Set<String> slides = new LinkedHashSet<>();
  final Set<String> links = new LinkedHashSet<>();
  final List<Demo> demos = new ArrayList<>();
  final List<ListItem> items = new ArrayList<>();
  final List<Question> questions = new ArrayList<>();
  String label;
  int end;

  /**
   * The heading names an issue, a "Link:" line or a presenter: an agenda item by its own signals.
   */
  boolean item;

  /** Opened by a heading below a group heading ("Pending proposals", "Discussion"). */
  boolean underGroup;

  /**
   * Its presenter was read from the long "Name: ..." turn that opens its notes (a question someone
   * raised in the discussion), not from the heading or a field.
   */
  boolean ownerFromTurn;

  /**
   * Its presenter was read from a sentence of its notes ("X has proposed to merge this", "nominated
   * by X", "X presented"), not from the heading or a field.
   */
  boolean ownerFromProse;

  /** Opened by a "Name: Topic" list item rather than a heading. */
  boolean fromListItem;

  /** Some text under the heading says more than "None". */
  boolean content;

  private StringBuilder answer;
  private Question open;

  SectionBuilder(int index, int level, String title, SourceRange titleRange) {
    this.index = index;
    this.level = level;
    this.title = title;
    this.titleRange = titleRange;
    this.end = titleRange.end();
  }

  SectionKind kind() {
    String t = title.toLowerCase(Locale.ROOT);
    if (t.contains("open forum") || t.contains("question") || t.contains("q&a")) {
      return SectionKind.QUESTIONS;
    }
    if (t.contains("open discussion") || t.contains("open floor"))
      return SectionKind.OPEN_DISCUSSION;
    if (t.contains("announcement")) return SectionKind.ANNOUNCEMENTS;
    if (!presenters.isEmpty() || offset != null || item) return SectionKind.TALK;
    return SectionKind.OTHER;
  }

  /** The notes say "None" / "No updates" under the heading. */
  boolean nothing;

  /**
   * Only "None" under the heading, nobody presenting, no link: not an agenda item, even with an
   * offset ("Open discussion (31:41)" / "No topics"). A heading with nothing at all under it may be
   * an item nobody took notes on, and stays.
   */
  /** Nothing under the heading yet: no text, presenter, link or offset. */
  boolean bare() {
    return nothingFound() && offset == null;
  }

  boolean isEmpty() {
    return nothing && nothingFound() && open == null;
  }

  /** No text, item, presenter, link, slide, demo or question under the heading. */
  private boolean nothingFound() {
    return !content
        && !item
        && presenters.isEmpty()
        && links.isEmpty()
        && slides.isEmpty()
        && demos.isEmpty()
        && questions.isEmpty();
  }

  boolean takesQuestions() {
    SectionKind k = kind();
    return k == SectionKind.QUESTIONS || k == SectionKind.OPEN_DISCUSSION;
  }

  void link(String text, String url) {
    if (url == null || url.isBlank()) return;
    if (SLIDES.matcher(text).matches() || SLIDES.matcher(url).matches()) slides.add(url);
    else links.add(url);
  }

  void question(String text, NameRef asker, String answerText, SourceRange range) {
    closeQuestion();
    open = new Question(questions.size() + 1, text, asker, null, range);
    answer = new StringBuilder(answerText == null ? "" : answerText.strip());
  }

  void answer(String text) {
    if (open == null) return;
    if (answer.length() > 0) answer.append('\n');
    answer.append(text.strip());
  }

  boolean hasOpenQuestion() {
    return open != null;
  }

  void closeQuestion() {
    if (open == null) return;
    String a = answer.toString().strip();
    questions.add(
        new Question(
            open.index(), open.text(), open.asker(), a.isEmpty() ? null : a, open.range()));
    open = null;
  }

  AgendaSection build() {
    closeQuestion();
    SectionKind kind = kind();
    return new AgendaSection(
        index,
        title,
        kind,
        titleRange,
        presenters,
        offset,
        List.copyOf(slides),
        List.copyOf(links),
        demos,
        items,
        questions,
        new SourceRange(titleRange.line(), titleRange.begin(), Math.max(end, titleRange.end())));
  }
}
