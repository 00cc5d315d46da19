package io.notegraph.parse;

/**
 * The layout signals the parser reads, one row each: what a note's structure can say and the words
 * that say it (rows without words are found by shape: a table, a bullet list, a fence). The parser
 * asks the rows ({@link #in}) where it decides by words, so a new heading word or a new field is a
 * change to one row; {@link HeadingRole} orders the rows that decide what a heading is. {@code
 * extract -v} lists the rows each note matched, so a note that yields no attendees or talks shows
 * which evidence was (not) there. Adding a layout is adding a row here and recording it where
 * {@link NoteAssembler} acts on it.
 */
enum LayoutSignal {
  DATE_HEADING("date in the title or a date heading"),
  DATE_FIELD("a 'Date:' / 'Meeting date:' line or list item", Roles.DATE_FIELD),
  DATE_LINE("a paragraph that is only a date and times (an export's or a summary's date line)"),
  DATE_FRONT_MATTER("date or dated title in YAML front matter"),
  DATE_TRANSCRIPT("date in a transcript header"),
  DATE_FILE_NAME("date from the file name only"),
  START_LINE("'Meeting start:' line", Roles.START),
  ATTENDEES_INLINE("'Attendees: A, B' on one line"),
  ABSENTEES("'Regrets: A, B' or an 'Apologies' heading over names: persons, not attendees"),
  ATTENDEES_PARAGRAPH("attendees heading followed by a comma list"),
  ATTENDEES_BULLETS("attendees heading followed by a bullet list"),
  ATTENDEES_TABLE("attendees heading followed by a table"),
  ATTENDEES_FRONT_MATTER("attendees in YAML front matter"),
  ATTENDEES_CHAT_ROLL_CALL(
      "roll-call heading over chat lines ('<nick> Full Name', '<nick> nick, present'): who"
          + " answered"),
  ATTENDEES_MEETBOT("meetbot 'People present (lines said)' list of 'nick (N)' items"),
  ATTENDEES_INVITED(
      "'Invited' line of linked names (Google Meet's Gemini notes): attendees, e-mail addresses"
          + " left out",
      SummaryWords.INVITED),
  ATTENDEES_SPEAKERS(
      "'SPEAKERS' caption over a comma list (Otter): attendees, 'Speaker 1' left out",
      SummaryWords.SPEAKERS),
  TALK_HEADING("heading opening an agenda section"),
  NOT_A_TALK(
      "boilerplate heading (roles, attendance, scheduled meetings, action items, notes):"
          + " no section",
      HeadingRole.BOILERPLATE_WORDS),
  EMPTY_SECTION("heading with nothing under it but 'None' and no presenter: no section"),
  UNOWNED_ITEM("reference-only item nobody owns, where other items name their owners: no section"),
  OUTLINE_TALK("a document's outline (no presenter, offset or reference anywhere): one talk"),
  AGENDA_GROUP(
      "heading grouping agenda items (proposals, FCPs, nominated issues): each item"
          + " below is a section",
      HeadingRole.GROUP_WORDS),
  AGENDA_ITEM_LIST(
      "agenda / topics / discussion / meeting summary caption over a list that is the"
          + " minutes (no topic heading follows): each top-level item is a section"),
  AGENDA_REPO_GROUP(
      "repository-name heading ('### org/repo') over its items: each item is a" + " section"),
  TALK_LIST_ITEM(
      "top-level item of such a list opening a section (tasks, roll call and bare"
          + " links do not)"),
  PRESENTER_IN_ITEM(
      "presenter in an agenda item: '[Name] Title', 'Title (Name)', 'Title - Name',"
          + " 'Name: Title', meetbot 'Title (nick, 15:04)'"),
  ITEM_DURATION(
      "planned duration on an agenda item ('(15 min)', '(Name, 10 min)'), kept out of"
          + " its title"),
  TALK_LOG_TOPIC(
      "'#topic Title' line of a pasted IRC meeting log, when the notes have no other"
          + " agenda: each opens a section"),
  TALK_OFFSET("offset into the recording on a heading"),
  TALK_LINKED_OFFSET("linked offset [12:34](video link)"),
  TALK_BRACKETED_OFFSET(
      "bracketed time opening or closing a topic heading ('[03:12] Title', 'Title (17:45)'),"
          + " rising through the note and not all clock times"),
  PRESENTER_ON_HEADING("presenter on the section heading (- Name, w/ Name, by Name, Name:)"),
  PRESENTER_SUBHEADING("presenter on a deeper heading"),
  PRESENTER_IN_NOTES(
      "owner named by the item's notes: 'X has proposed to merge this', 'nominated by X',"
          + " 'X presented', 'X gave an update'"),
  PRESENTER_FIRST_TURN("a long 'Name: ...' turn opening the item: its first speaker raised it"),
  DISCUSSION_GROUP(
      "discussion / questions heading over deeper headings: each question is a section",
      HeadingRole.DISCUSSION_WORDS),
  ITEM_REFERENCE(
      "issue / RFC / PR reference on a heading: an agenda item", HeadingRole.ISSUE_REFERENCE),
  ITEM_LINK_LINE("'Link:' line under a heading: an agenda item", HeadingRole.LINK_LINE),
  PRESENTER_LIST_ITEM("'Name: Topic' list item under announcements or a group heading"),
  PRESENTER_FIELD("'Presenter:' / 'Speaker:' line", Roles.PRESENTER_FIELD),
  AGENDA_LIST("agenda / topics list", Roles.AGENDA_HEADING),
  AGENDA_TABLE(
      "a table with a topic column ('Topic | Owner | Time'): agenda items, talks unless topic"
          + " headings follow"),
  CHAPTERS(
      "a recording's chapter list ('00:00 Intro', '02:40 Title', in order): offsets of the talks"
          + " of the same titles"),
  BOLD_TOPIC_LINE("'**Title** (Ana)' line naming a planned topic: that topic's section"),
  AGENDA_AS_TALKS("an agenda and no topic sections: the agenda's topics are the talks"),
  ATTENDEE_TABLE_COLUMNS("attendee table with an organization column: each person's affiliation"),
  NEXT_MEETING("next meeting announcement", Roles.NEXT_MEETING),
  ACTION_SECTION("'Action items' / 'Next steps' heading", Roles.ACTION_HEADING),
  ACTION_LINE("task line ('AI:', 'Action item:', '- [ ] task @name')"),
  ACTION_TURN("commitment in a speaker's turn ('niko: I'll take a look', 'Name to ...' mid-line)"),
  SUMMARY_NOTE(
      "a generated summary or meeting software's export (the tool's marks, an AI disclaimer)",
      SummaryWords.MARK),
  SUMMARY_IN_FENCE(
      "a summary pasted in a code fence (its first line the tool's header): read as the note's"
          + " text",
      SummaryWords.FENCE_START),
  SUMMARY_TITLE_LINE(
      "'Meeting summary for TITLE (date)', or a title line over the date line: the meeting's"
          + " name and date",
      SummaryWords.TITLE_LINE),
  SUMMARY_CAPTION(
      "a summary's own caption (Summary, Details, Quick recap, Meeting notes, Outline): no talk;"
          + " the topics under it are",
      SummaryWords.CAPTION),
  PRESENTED_IN_SUMMARY(
      "'Full Name presented the X: ...' lines of hand-written minutes with no other talk: one"
          + " talk each"),
  HANDLES_NAMED(
      "people present by handle ('@kofibm') named by a list item elsewhere ('Kofi Boateng-Mensah"
          + " (@kofibm)')"),
  SUMMARY_TOPIC_ITEM("'**Topic**: prose (00:12:34)' item under a summary caption: a talk"),
  SUMMARY_TOPIC_PARAGRAPH("a title line over its prose under a summary caption (Zoom's text)"),
  PRESENTER_IN_SUMMARY(
      "'Name presented / walked us through / gave an update on ...' opening a summary's topic:"
          + " its presenter"),
  ACTION_PARAGRAPH("task lines in the paragraph under an action caption ('Next steps')"),
  SUMMARY_FOOTER(
      "the tool's footer and record lines (review notice, AI disclaimer, 'Attachments'): not"
          + " text of the meeting",
      SummaryWords.FOOTER),
  TRANSCRIPT_STAMP_HEADING(
      "'### 00:14:05' heading inside a transcript (Gemini's transcript tab): the transcript goes"
          + " on"),
  SPEAKER_STAMP_TURNS("'Name  0:03' turns pasted without a fence (Otter): a transcript"),
  CHAT_LOG("chat log"),
  TRANSCRIPT("transcript");

  private final String description;

  /** The words that show the signal, for rows decided by words; null for rows found by shape. */
  private final java.util.regex.Pattern words;

  LayoutSignal(String description) {
    this(description, null);
  }

  LayoutSignal(String description, java.util.regex.Pattern words) {
    this.description = description;
    this.words = words;
  }

  /** Whether {@code text} shows this signal by its words (false for rows found by shape). */
  boolean in(String text) {
    return words != null && words.matcher(text).find();
  }

  String description() {
    return description;
  }

  /** "attendees-bullets", as -v prints it. */
  String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
