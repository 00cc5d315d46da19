package io.notegraph.parse;

import io.notegraph.diag.FileDiagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.parse.TextSegment.SegmentKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks one note's blocks in order and assembles its {@link MeetingNote}. Notes vary too much for a
 * grammar, so this is a small state machine: structural lines (attendees, start, end, next meeting,
 * chat captions) are recognised by their words wherever they stand; every other heading either
 * opens an agenda section or, when deeper than the open one, names its presenters or subdivides it.
 * This is the one large class of the parser (about 400 lines): the walk is a single decision table
 * and splitting it would scatter that table. One instance per document.
 */
final class NoteAssembler {
  // Compiled once: String.split/matches/replaceAll compile their pattern on every call.
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern CLOCK_TIME =
      java.util.regex.Pattern.compile("(?i)\\b\\d{1,2}(:\\d{2})?\\s*([ap]\\.?\\s?m\\.?)?");
  private static final java.util.regex.Pattern DATE_LINE_WORD =
      java.util.regex.Pattern.compile(
          "(?i)\\b(eastern|edt|est|et|utc|gmt|cet|cest|topics|agenda|meeting|notes)\\b");
  private static final java.util.regex.Pattern NON_LETTERS =
      java.util.regex.Pattern.compile("[^\\p{L}]+");
  private static final java.util.regex.Pattern TITLE_EDGES =
      java.util.regex.Pattern.compile("^[\\s:–-]+|[\\s:–-]+$");
  private static final java.util.regex.Pattern ASKER =
      java.util.regex.Pattern.compile("^\\(([^)]{1,40})\\)");
  private static final java.util.regex.Pattern TOPIC_PREFIX =
      java.util.regex.Pattern.compile("(?i)^topic(?:\\s+suggestion)?\\s*:\\s*");
  private static final java.util.regex.Pattern NEXT_SERIES =
      java.util.regex.Pattern.compile("(?i)next\\s+(\\w+)\\s+meeting");

  private enum Mode {
    NONE,
    NEXT_TOPICS,
    PLANNED_TOPICS
  }

  private final SourceDocument document;
  private final String text;
  private final LineIndex lines;
  private final FileDiagnostics diag;
  private final ZoneId zone;
  private final FencedLogParser logs;
  private final Map<String, String> frontMatter;
  private final List<Block> blocks;
  private final BitSet consumed = new BitSet();
  private final Map<Long, InlineText> inline = new java.util.HashMap<>();

  private String title;
  private final List<NameRef> attendees = new ArrayList<>();
  private Integer declared;
  private Set<String> known = Set.of();

  /**
   * Labels that open two or more "Label: ..." turns in the notes (lower case), with the first names
   * and handles of the attendees: the people who speak in the minutes.
   */
  private Set<String> speakers = Set.of();

  private final TimeEvidence time = new TimeEvidence();
  private String recording;
  private final List<SectionBuilder> sections = new ArrayList<>();
  private SectionBuilder current;
  private Mode mode = Mode.NONE;
  private int modeLevel;
  private final List<Topic> planned = new ArrayList<>();
  private final List<NameRef> absent = new ArrayList<>();
  private final List<Topic> next = new ArrayList<>();
  private final List<NextMeeting> nextMeetings = new ArrayList<>();
  private final List<ChatMessage> chat = new ArrayList<>();
  private final List<Utterance> transcript = new ArrayList<>();
  private final List<NameRef> transcriptAttendees = new ArrayList<>();
  private final List<TextSegment> segments = new ArrayList<>();
  private final List<ActionItem> actions = new ArrayList<>();
  private final java.util.EnumSet<LayoutSignal> seen = java.util.EnumSet.noneOf(LayoutSignal.class);

  /**
   * After a "Next steps:" / "Action items:" caption line: the lines of its paragraph and the list
   * right below it are tasks.
   */
  private boolean tasksFollow;

  /** Level of the open "Action items" heading, 0 when none is open. */
  private int actionLevel;

  private String caption = "";

  /**
   * Under a log heading ("Raw Meeting Chat:"): paragraphs may be an unfenced chat or transcript.
   */
  private boolean logSection;

  private final String[] labels = new String[16];

  /** Level of the open group heading ("Pending proposals"), 0 when none: its items are talks. */
  private int groupLevel;

  /** Under a group or announcements heading: "Name: Topic" list items are talks. */
  private boolean listTalks;

  /** Index of the block being walked, for the lookahead that tells group headings from items. */
  private int at;

  /**
   * Under an agenda caption whose list is the minutes, or a repository-name group heading: each
   * top-level list item is a talk ({@link AgendaList}, {@link ItemPresenter}).
   */
  private boolean agendaItems;

  private static final java.util.regex.Pattern MEETBOT_TOPIC =
      java.util.regex.Pattern.compile("(?i)^#(?:sub)?topic\\s+(?=\\S)");

  private static final java.util.regex.Pattern HEADING_NUMBER =
      java.util.regex.Pattern.compile("^\\d{1,2}[.)]\\s+(?=\\S)");

  /** Offsets an agenda table gives its planned rows, for the sections that take them up. */
  private final Map<Topic, java.time.Duration> plannedOffsets = new java.util.IdentityHashMap<>();

  /** The recording's chapters, in order: titles and where each starts. */
  private final Map<Topic, java.time.Duration> chapters = new java.util.LinkedHashMap<>();

  /** The minutes' list was captioned by a paragraph ("Demos:"), which ends with the list. */
  private boolean captionedList;

  /** "- Agenda:", "- Topics:": an item captioning the topics nested under it. */
  private static final java.util.regex.Pattern NESTED_AGENDA =
      java.util.regex.Pattern.compile(
          "(?i)^\\W*(?:today'?s\\s+)?(?:agenda(?:\\s+items)?|(?:discussion\\s+)?topics)\\W*$");

  /** Under a "- Agenda:" item: its nested items are the topics, one level down. */
  private boolean nestedAgenda;

  /**
   * Under a meeting bot's "Action items, by person": its action list again, grouped by owner; the
   * tasks were read already.
   */
  private boolean restatedTasks;

  private static final java.util.regex.Pattern RESTATED_TASKS =
      java.util.regex.Pattern.compile(
          "(?i)^\\W*action\\s+items?,?\\s+by\\s+(?:person|owner|assignee)\\W*$");

  /** The bracketed times on this note's headings are offsets ({@link RecordingOffset}). */
  private boolean bracketedOffsets;

  /** A generated summary or a meeting tool's export ({@link LayoutSignal#SUMMARY_NOTE}). */
  private final boolean summary;

  /** Under a summary's topic caption ("Details", "Summary"): its items and paragraphs are talks. */
  private boolean summaryTopics;

  /** Right after an action caption paragraph ("Next steps"): each line of a paragraph is a task. */
  private boolean actionParagraph;

  /** The level-1 heading was a document tab ("Notes"): the next heading is the title. */
  private boolean tabTitle;

  NoteAssembler(SourceDocument document, FileDiagnostics diag, ZoneId zone, FencedLogParser logs) {
    this.document = document;
    this.diag = diag;
    this.zone = zone;
    this.logs = logs;
    FrontMatter fm = FrontMatter.of(document.text());
    this.frontMatter = fm.values();
    String masked = fm.maskedText();
    this.text = SummaryFence.unfence(masked);
    if (!text.equals(masked)) seen.add(LayoutSignal.SUMMARY_IN_FENCE);
    this.summary = LayoutSignal.SUMMARY_NOTE.in(text);
    if (summary) seen.add(LayoutSignal.SUMMARY_NOTE);
    this.lines = new LineIndex(text);
    this.blocks = boldHeadings(MarkdownBlocks.of(text, lines), text);
  }

  private static final java.util.regex.Pattern BOLD_LINE =
      java.util.regex.Pattern.compile("^\\s*(?:~~|`)?\\*\\*[^\\n]{2,120}\\*\\*(?:~~|`)?\\s*$");

  /**
   * A paragraph that is one bold line ("**inline assembly (Ana, Bo)**") is a heading one level
   * below the heading above it: many minutes title their items so; the first block of a document
   * without headings is its title. The signal table then decides what it is, as for any heading.
   */
  private static List<Block> boldHeadings(List<Block> in, String text) {
    List<Block> out = new ArrayList<>(in.size());
    int level = 1;
    for (int i = 0; i < in.size(); i++) {
      Block b = in.get(i);
      if (b instanceof Block.Heading h) level = h.level();
      boolean followed = i + 1 < in.size() && !(in.get(i + 1) instanceof Block.Heading);
      if (b instanceof Block.Paragraph p
          && followed
          && BOLD_LINE.matcher(p.range().of(text)).matches()) {
        // the document's first block, bold: its title ("**Sprocket Community Meeting**" in a
        // word processor's export, which has no "#")
        boolean title = out.isEmpty() && in.stream().noneMatch(x -> x instanceof Block.Heading);
        out.add(new Block.Heading(title ? 1 : Math.min(6, level + 1), p.range()));
        continue;
      }
      out.add(b);
    }
    return out;
  }

  Optional<MeetingNote> assemble() {
    collectAttendees();
    List<String> headings = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Block.Heading h && h.level() > 1) headings.add(inline(h.range()).plain());
    }
    bracketedOffsets = RecordingOffset.bracketedAreOffsets(headings);
    for (int i = 0; i < blocks.size(); i++) {
      if (consumed.get(i)) continue;
      Block b = blocks.get(i);
      at = i;
      if (b instanceof Block.Heading h) heading(h);
      else if (b instanceof Block.Paragraph p) paragraph(p);
      else if (b instanceof Block.Item it) item(it);
      else if (b instanceof Block.Code c) code(c);
      if (current != null && !(b instanceof Block.Code))
        current.end = Math.max(current.end, b.range().end());
    }
    closeSection();
    if (sections.isEmpty() && !chat.isEmpty()) { // a bare meetbot log: its "#topic" lines
      sections.addAll(MeetbotTopics.sections(chat, 1));
      if (!sections.isEmpty()) seen.add(LayoutSignal.TALK_LOG_TOPIC);
    }
    if (frontMatter.containsKey("date")) {
      DateText.find(frontMatter.get("date")).ifPresent(d -> time.frontMatterDate = d.date());
    } else if (frontMatter.containsKey("title")) { // "title: Triage meeting 2022-09-06"
      DateText.find(frontMatter.get("title")).ifPresent(d -> time.frontMatterDate = d.date());
    }
    // one meeting of a running notes file is dated by its own heading, not by the file's name
    java.util.regex.Matcher part = SourceDocument.PART.matcher(document.name());
    MeetingTime when = time.resolve(part.find() ? part.group(1) : document.fileName(), zone, diag);
    if (when == null) {
      Optional<String> invalid =
          DateText.invalid(title)
              .or(() -> DateText.invalid(frontMatter.get("date")))
              .or(() -> DateText.invalid(document.fileName()));
      if (invalid.isPresent()) {
        diag.error(
            0,
            "invalid date " + invalid.get() + "; no other meeting date found; note" + " skipped");
        return Optional.empty();
      }
      diag.error(
          0,
          "no date found: not in a heading, a start line, front matter, a"
              + " transcript header or the file name; note skipped");
      return Optional.empty();
    }
    seen.add(
        switch (when.dateSource()) {
          case "front matter" -> LayoutSignal.DATE_FRONT_MATTER;
          case "transcript" -> LayoutSignal.DATE_TRANSCRIPT;
          case "file name" ->
              time.headingDate != null || time.startDate != null
                  ? LayoutSignal.DATE_HEADING
                  : LayoutSignal.DATE_FILE_NAME;
          default -> LayoutSignal.DATE_HEADING;
        });
    if (!chat.isEmpty()) seen.add(LayoutSignal.CHAT_LOG);
    if (!transcript.isEmpty()) seen.add(LayoutSignal.TRANSCRIPT);
    if (!planned.isEmpty()) seen.add(LayoutSignal.AGENDA_LIST);
    if (!nextMeetings.isEmpty()) seen.add(LayoutSignal.NEXT_MEETING);
    String t = title != null ? title : frontMatter.getOrDefault("title", "Meeting");
    if (ownedAgenda()) agendaAsTalks(untakenTopics());
    PlannedPresenters.fill(sections, planned);
    plannedOffsets();
    chapterOffsets();
    TranscriptOffsets.fill(sections, transcript);
    presentedInSummary();
    keepOwnedItems();
    outlineIsOneTalk(t);
    speakersAttended();
    report(); // after the agenda may have become the talks
    holdersOfRoles();
    List<AgendaSection> built = sections.stream().map(SectionBuilder::build).toList();
    return Optional.of(
        new MeetingNote(
            document.name(),
            SeriesName.forNote(title, frontMatter.get("title"), seriesPath()),
            t,
            when,
            attendees,
            declared,
            recording,
            built,
            planned,
            next,
            resolveNext(when),
            chat,
            transcript,
            transcriptAttendees,
            segments,
            ActionItems.distinct(actions, botStamped, agentKey()),
            absent,
            seen.stream().map(LayoutSignal::label).toList()));
  }

  /** The note's path for its folder name: relative to the input root, else its file URI. */
  private String seriesPath() {
    if (document.path().indexOf('/') >= 0 || !"file".equals(document.uri().getScheme())) {
      return document.path();
    }
    return document.uri().getPath();
  }

  /**
   * A reference item ("### \"Some RFC\" rfcs#12" with its "Link:" line) that names nobody was
   * listed, not presented, when nothing but its link stands under it, or when the notes name the
   * owners of their other items (a presenter, a liaison, a shepherd): it is no section. Notes that
   * name no owner at all (a planning meeting walking through its initiatives) keep every item they
   * say something about.
   */
  private void keepOwnedItems() {
    boolean owners = sections.stream().anyMatch(s -> !s.presenters.isEmpty());
    int[] renumber = new int[sections.size() + 1];
    List<SectionBuilder> kept = new ArrayList<>();
    for (SectionBuilder s : sections) {
      boolean listed =
          s.item && s.presenters.isEmpty() && s.offset == null && (owners || !s.content);
      if (listed) {
        seen.add(LayoutSignal.UNOWNED_ITEM);
        continue;
      }
      kept.add(s);
      renumber[s.index] = kept.size();
      s.index = kept.size();
    }
    if (kept.size() == sections.size()) return;
    replaceSections(kept, renumber);
  }

  /** Makes {@code kept} the sections and points each segment at its section's new number. */
  private void replaceSections(List<SectionBuilder> kept, int[] renumber) {
    sections.clear();
    sections.addAll(kept);
    for (int k = 0; k < segments.size(); k++) {
      TextSegment t = segments.get(k);
      if (t.sectionIndex() > 0 && t.sectionIndex() < renumber.length) {
        segments.set(
            k, new TextSegment(t.kind(), t.range(), renumber[t.sectionIndex()], t.speaker()));
      }
    }
  }

  /**
   * A design document read at a meeting ("Summary", "Motivation", "Alternatives") has an outline,
   * not an agenda: when the file name gives the meeting's topic after its date and no section of
   * the outline has a presenter on its heading or in a field, an offset, a reference or a group
   * above it, its plain sections are one talk named by the note's title. Q&amp;A and open
   * discussion sections stay as they are (they hold the questions), and so does the discussion that
   * follows the outline (from the first section opened by a speaker's turn).
   */
  /** "2020-07-22-Const-generics-MVP.md": the file names the one topic of its meeting. */
  private static final java.util.regex.Pattern TOPIC_FILE_NAME =
      java.util.regex.Pattern.compile(
          "(?i)^\\d{4}[-_.]\\d{2}[-_.]\\d{2}[-_ ]+(?!(?:minutes|notes|agenda"
              + "|meeting)\\b)\\p{L}");

  private void outlineIsOneTalk(String noteTitle) {
    if (!planned.isEmpty()) return;
    if (seen.contains(LayoutSignal.AGENDA_GROUP) && !seen.contains(LayoutSignal.DISCUSSION_GROUP))
      return;
    if (!TOPIC_FILE_NAME.matcher(document.fileName()).find()) return; // dated notes of a series
    // The document's own outline comes before its discussion: the questions raised under a
    // discussion heading stay sections of their own. So does every section from the first one
    // whose owner we read from the speaker's turn that opens it: in any community's minutes of a
    // document review, the document is prose its authors wrote before the meeting, and turns
    // ("Name: ...") are what the note-taker records during it, so the first section opened by a
    // turn starts the discussion, whatever caption stands above it (a "notes" heading, a Q&A
    // heading, none). A presenter read from a turn tells who asked a question, not that the
    // document's outline was an agenda; only presenters on headings and fields, offsets and
    // references do. An owner read from a sentence of the document (a bot's "@someone has
    // proposed to merge this" quoted in a worked example) is the document's content, not the
    // note-taker's agenda: that section is part of the outline.
    List<SectionBuilder> plain = new ArrayList<>();
    boolean discussion = false;
    for (SectionBuilder s : sections) {
      if (s.ownerFromTurn) discussion = true;
      if (s.underGroup || discussion) continue;
      boolean presented = !s.presenters.isEmpty() && !s.ownerFromProse;
      if (presented || s.offset != null || s.item || s.fromListItem) return;
      if (s.kind() == AgendaSection.SectionKind.OTHER || s.ownerFromProse) plain.add(s);
    }
    if (plain.size() < 2) return;
    String name = tidyTitle(SeriesName.withoutDates(noteTitle));
    if (name.isEmpty()) return;
    SectionBuilder first = plain.get(0);
    SectionBuilder talk = new SectionBuilder(1, first.level, name, first.titleRange);
    talk.end = plain.get(plain.size() - 1).end;
    int[] renumber = new int[sections.size() + 1];
    List<SectionBuilder> kept = new ArrayList<>();
    kept.add(talk);
    for (SectionBuilder s : sections) {
      if (plain.contains(s)) {
        renumber[s.index] = 1;
        talk.links.addAll(s.links);
        talk.slides.addAll(s.slides);
        talk.items.addAll(s.items);
        continue;
      }
      kept.add(s);
      renumber[s.index] = kept.size();
      s.index = kept.size();
    }
    replaceSections(kept, renumber);
    seen.add(LayoutSignal.OUTLINE_TALK);
  }

  /**
   * A note that lists nobody but carries the meeting's transcript: whoever speaks in it was there.
   * Only then: a list, where there is one, is the record of who attended, and a transcript's
   * speakers include people dialled in for one item.
   */
  private void speakersAttended() {
    if (!attendees.isEmpty() || !transcriptAttendees.isEmpty()) return;
    Set<String> seenNames = new HashSet<>();
    for (Utterance u : transcript) {
      NameRef n = u.speaker();
      if (n == null || SpeakerLabel.isNoteTaker(n)) continue;
      if (seenNames.add(n.name().toLowerCase(java.util.Locale.ROOT))) transcriptAttendees.add(n);
    }
    if (!transcriptAttendees.isEmpty()) seen.add(LayoutSignal.TRANSCRIPT);
  }

  /** Says what was not understood (which signals were matched goes on the note, for -v). */
  private void report() {
    if (attendees.isEmpty() && transcriptAttendees.isEmpty()) diag.warn(0, "no attendees found");
    if (sections.isEmpty()) diag.warn(0, "no talks found");
  }

  // ---- attendees first: their names tell presenter headings from titles ----

  private void collectAttendees() {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b instanceof Block.Item item) {
        attendeeItem(i, item);
        continue;
      }
      if (!(b instanceof Block.Heading) && !(b instanceof Block.Paragraph)) continue;
      InlineText it = inline(b.range());
      String p = it.plain();
      if (MeetbotSummary.isPeopleHeading(p) && meetbotPeople(i)) continue;
      if (summaryAttendees(i, it, p, b.range().line())) continue;
      if (Roles.ABSENTEES.matcher(p).find()) {
        if (!consumed.get(i)) absentees(i, it, p); // a roll call's absent group is read already
        continue;
      }
      if (!Roles.ATTENDEES.matcher(p).find()) {
        if (b instanceof Block.Paragraph) attendeeFieldLine(it, p);
        continue;
      }
      consumed.set(i);
      Integer count = AttendeeList.declaredCount(p);
      if (count != null && declared == null) declared = count;
      int colon = listStart(p);
      if (colon >= 0 && colon < p.length() && !p.substring(colon).isBlank()) {
        seen.add(LayoutSignal.ATTENDEES_INLINE);
        // "Present: A, B" then "Regrets: C" on the next line of the same paragraph
        java.util.regex.Matcher regrets = ABSENT_LINE.matcher(p);
        int to = regrets.find(colon) ? regrets.start() : p.length();
        // "Members present: A, B and C. Dee, our guest, joined us for ...": the list is the
        // sentence; the sentences after it name who else joined
        java.util.regex.Matcher stop = SENTENCE_END.matcher(p).region(colon, to);
        int listEnd = stop.find() ? stop.start() + 1 : to;
        attendees.addAll(AttendeeList.parse(it, colon, listEnd, lines));
        if (listEnd < to) attendees.addAll(JoinedUs.read(it, listEnd, to, lines));
        if (to < p.length()) absentLine(it, p, regrets);
      } else if (b instanceof Block.Heading && groupedRollCall(i)) {
        seen.add(LayoutSignal.ATTENDEES_BULLETS);
      } else if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Paragraph next) {
        InlineText nt = inline(next.range());
        List<NameRef> answered = ChatRollCall.read(nt, lines);
        if (answered != null) {
          consumed.set(i + 1);
          seen.add(LayoutSignal.ATTENDEES_CHAT_ROLL_CALL);
          attendees.addAll(answered);
        } else if (isTable(next.range())) {
          seen.add(LayoutSignal.ATTENDEES_TABLE);
          consumed.set(i + 1);
          tableAttendees(next.range());
        } else if (!Roles.START.matcher(nt.plain()).find() && looksLikeList(nt.plain())) {
          consumed.set(i + 1);
          seen.add(LayoutSignal.ATTENDEES_PARAGRAPH);
          // "TOC regrets: Ana" on a line of its own among the groups of people present
          String q = nt.plain();
          java.util.regex.Matcher regrets = ABSENT_LINE.matcher(q);
          if (regrets.find()) {
            int lineEnd = q.indexOf('\n', regrets.end());
            attendees.addAll(AttendeeList.parse(nt, 0, regrets.start(), lines));
            absentLine(nt, q, regrets);
            if (lineEnd >= 0) attendees.addAll(AttendeeList.parse(nt, lineEnd, q.length(), lines));
          } else {
            attendees.addAll(AttendeeList.parse(nt, 0, lines));
          }
        }
      } else {
        // "Attendees:" followed by a bullet list, one person per item.
        for (int k = i + 1; k < blocks.size() && blocks.get(k) instanceof Block.Item item; k++) {
          consumed.set(k);
          seen.add(LayoutSignal.ATTENDEES_BULLETS);
          InlineText entry = inline(item.range());
          boolean away = Boolean.FALSE.equals(AttendeeList.ticked(entry.plain()));
          (away ? absent : attendees).addAll(AttendeeList.parse(entry, 0, lines));
        }
      }
    }
    if (attendees.isEmpty() && frontMatter.containsKey("attendees")) frontMatterAttendees();
    namedHandles();
    // people who sent regrets still take tasks ("OLUWASEUN: review the draft")
    List<NameRef> people = new ArrayList<>(attendees);
    people.addAll(absent);
    known = AttendeeList.firstNames(people);
    collectSpeakers();
  }

  /**
   * "**Present:** @kofibm, @aminahash" with "- Kofi Boateng-Mensah (@kofibm)" in the invitation
   * list above: people present by handle only are the people a list item elsewhere in the note
   * names with that handle (a meeting issue's roster, a members list).
   */
  private void namedHandles() {
    if (attendees.stream().noneMatch(NoteAssembler::handleOnly)
        && absent.stream().noneMatch(NoteAssembler::handleOnly)) {
      return;
    }
    java.util.Map<String, NameRef> roster = new java.util.HashMap<>();
    for (Block b : blocks) {
      if (!(b instanceof Block.Item item)) continue;
      for (NameRef n : AttendeeList.parse(inline(item.range()), 0, lines)) {
        if (n.handle() != null && !n.handle().equals(n.name()) && PersonShape.fullName(n.name())) {
          roster.putIfAbsent(n.handle().toLowerCase(java.util.Locale.ROOT), n);
        }
      }
    }
    if (roster.isEmpty()) return;
    java.util.function.UnaryOperator<NameRef> named =
        n -> {
          NameRef r =
              handleOnly(n) ? roster.get(n.handle().toLowerCase(java.util.Locale.ROOT)) : null;
          if (r == null) return n;
          seen.add(LayoutSignal.HANDLES_NAMED);
          return new NameRef(
              r.name(),
              n.handle(),
              n.organization() != null ? n.organization() : r.organization(),
              n.range());
        };
    attendees.replaceAll(named);
    absent.replaceAll(named);
  }

  private static boolean handleOnly(NameRef n) {
    return n.handle() != null && n.handle().equals(n.name());
  }

  /** "Directors present:", "Guests:", "Staff absent:": a caption of one group of a roll call. */
  private static final java.util.regex.Pattern ROLL_GROUP =
      java.util.regex.Pattern.compile(
          "^[ \\t]*\\**[ \\t]*(\\p{L}[\\p{L} /&-]{1,40}?)[ \\t]*\\**[ \\t]*(?:\\([^()\\n]{1,60}\\)[ \\t]*)?"
              + ":[ \\t]*\\**[ \\t]*(.*)$");

  /** The words of a roll call's group caption: "Voting members", "Non-voting", "Guests". */
  private static final java.util.regex.Pattern ROLL_CAPTION =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:voting|members?|guests?|staff|observers?|directors?|present|absent|regrets"
              + "|apolog(?:y|ies)|excused|liaisons?|officers?|attend\\w*|participants?|maintainers?)\\b");

  private static final java.util.regex.Pattern ABSENT_GROUP =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:absent|regrets|apolog(?:y|ies)|excused|not\\s+present)\\b");

  /**
   * A roll-call heading over groups, each a caption and then its people ("Directors present:" and a
   * list, "Guests: Gus Tanaka"): the present ones are attendees, the absent ones absentees. False,
   * reading nothing, unless a caption follows the heading.
   */
  private boolean groupedRollCall(int i) {
    if (i + 1 >= blocks.size() || !(blocks.get(i + 1) instanceof Block.Paragraph first)) {
      return false;
    }
    if (!inline(first.range()).plain().lines().allMatch(NoteAssembler::isRollGroup)) return false;
    boolean away = false;
    for (int k = i + 1; k < blocks.size(); k++) {
      Block next = blocks.get(k);
      if (next instanceof Block.Item item) {
        consumed.set(k);
        (away ? absent : attendees).addAll(AttendeeList.parse(inline(item.range()), 0, lines));
        continue;
      }
      if (next instanceof Block.Heading h) {
        // "**Non-voting:**" alone on its line reads as a heading: the caption of the next group
        java.util.regex.Matcher caption = ROLL_GROUP.matcher(inline(h.range()).plain().strip());
        if (!caption.matches()
            || !caption.group(2).isBlank()
            || !ROLL_CAPTION.matcher(caption.group(1)).find()) {
          break; // "## Notes:", "## Action items:": the roll call is over
        }
        consumed.set(k);
        away = ABSENT_GROUP.matcher(caption.group(1)).find();
        continue;
      }
      if (!(next instanceof Block.Paragraph para) || isTable(para.range())) break;
      InlineText nt = inline(para.range());
      String q = nt.plain();
      if (!q.lines().allMatch(NoteAssembler::isRollGroup)) break;
      consumed.set(k);
      // one group per line: "TOC: Ana, Bo" / "TOC regrets: Cy" / "Guests: Di"
      for (int from = 0; from < q.length(); ) {
        int to = q.indexOf('\n', from);
        if (to < 0) to = q.length();
        java.util.regex.Matcher m = ROLL_GROUP.matcher(q).region(from, to);
        if (m.matches()) {
          away = ABSENT_GROUP.matcher(m.group(1)).find();
          if (!m.group(2).isBlank() && !Roles.NOTHING.matcher(m.group(2)).matches()) {
            (away ? absent : attendees).addAll(AttendeeList.parse(nt, m.start(2), to, lines));
          }
        }
        from = to + 1;
      }
    }
    if (!absent.isEmpty()) seen.add(LayoutSignal.ABSENTEES);
    return true;
  }

  private static boolean isRollGroup(String p) {
    java.util.regex.Matcher m = ROLL_GROUP.matcher(p);
    return m.matches()
        && WHITESPACE.split(m.group(1).strip()).length <= 4
        && (m.group(2).isBlank()
            || looksLikeList(m.group(2))
            || OrganizationFirst.personStart(m.group(2)) > 0); // "Absent: Acme Bank — Ana Roe"
  }

  /** A later line of a paragraph that lists who was absent: "Regrets: Ana". */
  private static final java.util.regex.Pattern ABSENT_LINE =
      java.util.regex.Pattern.compile(
          "(?im)^[ \\t*_]*(?:[\\p{L}-]+[ \\t]+){0,2}(?i:regrets|apolog(?:y|ies)|absent(?:ees)?"
              + "|not\\s+present|excused)[ \\t*_]*:");

  /** The names on the absentee line {@code m} found, to the end of that line. */
  private void absentLine(InlineText it, String p, java.util.regex.Matcher m) {
    int end = p.indexOf('\n', m.end());
    absent.addAll(AttendeeList.parse(it, m.end(), end < 0 ? p.length() : end, lines));
    seen.add(LayoutSignal.ABSENTEES);
  }

  /**
   * "Regrets: Ana, Bo" or an "Apologies" heading over a list of names: people the note names who
   * were not there. They are persons of the note, never attendees.
   */
  private void absentees(int i, InlineText it, String p) {
    int colon = listStart(p);
    if (colon >= 0 && colon < p.length() && !p.substring(colon).isBlank()) {
      consumed.set(i);
      absent.addAll(AttendeeList.parse(it, colon, lines));
      seen.add(LayoutSignal.ABSENTEES);
      return;
    }
    if (!(blocks.get(i) instanceof Block.Heading)) return;
    for (int k = i + 1; k < blocks.size(); k++) {
      Block next = blocks.get(k);
      if (next instanceof Block.Paragraph para && !isTable(para.range())) {
        InlineText nt = inline(para.range());
        if (!looksLikeList(nt.plain())) return;
        consumed.set(k);
        absent.addAll(AttendeeList.parse(nt, 0, lines));
        seen.add(LayoutSignal.ABSENTEES);
        return;
      }
      if (!(next instanceof Block.Item item)) return;
      consumed.set(k);
      absent.addAll(AttendeeList.parse(inline(item.range()), 0, lines));
      seen.add(LayoutSignal.ABSENTEES);
    }
  }

  /**
   * "Participants: A, B" on a later line of a block of fields ("Date: ...", "Type: ..."), or after
   * a sentence of the same line ("Thread for the Cabal. Attendees: @ana, @bo").
   */
  private static final java.util.regex.Pattern ATTENDEE_FIELD_LINE =
      java.util.regex.Pattern.compile(
          "(?im)(?:^|(?<=[.!?][ \\t]))[ \\t]*(?:attendees|attendance|participants|present)[ \\t]*:"
              + "[ \\t]*(?=\\S)");

  /**
   * A page tool's property block (Notion, Confluence, Loop) puts the participants on one line among
   * the page's other fields: that line alone is the attendee list, the lines around it are not.
   */
  private void attendeeFieldLine(InlineText it, String p) {
    java.util.regex.Matcher m = ATTENDEE_FIELD_LINE.matcher(p);
    if (!m.find() || m.start() == 0) return; // at the start, the paragraph is the field itself
    int end = p.indexOf('\n', m.end());
    if (end < 0) end = p.length();
    InlineText line = InlineText.of(text, it.source(m.start()), it.source(end - 1) + 1);
    int from = line.plain().indexOf(':') + 1;
    seen.add(LayoutSignal.ATTENDEES_INLINE);
    attendees.addAll(AttendeeList.parse(line, from, lines));
  }

  private void collectSpeakers() {
    Map<String, Integer> turns = new java.util.HashMap<>();
    for (Block b : blocks) {
      if (!(b instanceof Block.Paragraph) && !(b instanceof Block.Item)) continue;
      String p = inline(b.range()).plain();
      ItemOwner.speaker(p)
          .ifPresent(
              s ->
                  turns.merge(
                      p.substring(s[0], s[1]).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
    }
    Set<String> all = new java.util.HashSet<>(known);
    turns.forEach(
        (label, n) -> {
          if (n >= 2) all.add(label);
        });
    speakers = Set.copyOf(all);
  }

  /**
   * The notes of an item name who brought it: "X has proposed to merge this", "nominated by X", "X
   * presented", or a long first turn "X: ..." right under the heading. Only for a section that has
   * no presenter yet, and never from a transcript or chat (those are read elsewhere).
   */
  private void ownerFromNotes(InlineText it, String p, int line) {
    if (current == null || !current.presenters.isEmpty()) return;
    Optional<int[]> owner = ItemOwner.find(p);
    if (owner.isPresent()) {
      current.presenters.add(speakerRef(it, owner.get(), line));
      current.ownerFromProse = true;
      seen.add(LayoutSignal.PRESENTER_IN_NOTES);
      return;
    }
    // Only the turn that opens a topic: an issue's owner is its author, not whoever speaks first
    // (the note-taker often opens every item with its context).
    if (current.content || current.fromListItem || current.item) return;
    // A question queue ("Questions", "Discussion questions") is everyone's, not its first asker's.
    if (current.takesQuestions() || LayoutSignal.DISCUSSION_GROUP.in(current.title)) return;
    // "- Dawit Haile proposed moving the generator ...": a full name opening the topic's notes
    // with a verb of bringing it, as summaries write them
    List<NameRef> opener =
        LayoutSignal.SUMMARY_CAPTION.in(current.title)
            ? List.of() // a summary of the whole meeting names no one topic's presenter
            : SummaryPresenter.find(it, 0, known, line);
    if (!opener.isEmpty() && opener.stream().allMatch(n -> n.name().strip().indexOf(' ') > 0)) {
      current.presenters.addAll(opener);
      current.ownerFromProse = true;
      seen.add(LayoutSignal.PRESENTER_IN_NOTES);
      return;
    }
    Optional<int[]> turn = ItemOwner.speaker(p);
    if (turn.isEmpty() || !ItemOwner.isOpeningTurn(p, turn.get()[1])) return;
    String label = p.substring(turn.get()[0], turn.get()[1]);
    if (!speakers.contains(label.toLowerCase(java.util.Locale.ROOT))) return;
    current.presenters.add(speakerRef(it, turn.get(), line));
    current.ownerFromTurn = true;
    seen.add(LayoutSignal.PRESENTER_FIRST_TURN);
  }

  /** A person named at [b, e) of the plain text; a lower-case single word is a handle. */
  private static NameRef speakerRef(InlineText it, int[] span, int line) {
    String name = it.plain().substring(span[0], span[1]);
    boolean handle = name.indexOf(' ') < 0 && name.equals(name.toLowerCase(java.util.Locale.ROOT));
    return new NameRef(name, handle ? name : null, null, it.range(span[0], span[1], line));
  }

  /**
   * "Invited [Ana Ruiz](mailto:..) [Bo](mailto:..)" (Gemini notes: the link texts are the people,
   * e-mail addresses are not names) or "SPEAKERS" over "Ana Ruiz, Bo Lind, Speaker 1" (Otter: the
   * tool's unnamed voices are nobody). False when the block is neither.
   */
  private boolean summaryAttendees(int i, InlineText it, String p, int line) {
    if (LayoutSignal.ATTENDEES_INVITED.in(p) && !it.links().isEmpty()) {
      List<NameRef> found = new ArrayList<>();
      for (InlineText.LinkRef l : it.links()) {
        String name = l.text().strip();
        if (name.isEmpty() || name.contains("@") || name.contains("://")) continue;
        if (SummaryWords.UNNAMED_SPEAKER.matcher(name).matches()) continue;
        int b = it.plain().indexOf(name, l.plainBegin());
        if (b < 0) continue;
        found.add(new NameRef(name, null, null, it.range(b, b + name.length(), line)));
      }
      if (found.isEmpty()) return false;
      consumed.set(i);
      attendees.addAll(found);
      seen.add(LayoutSignal.ATTENDEES_INVITED);
      return true;
    }
    if (LayoutSignal.ATTENDEES_SPEAKERS.in(p)
        && i + 1 < blocks.size()
        && blocks.get(i + 1) instanceof Block.Paragraph next) {
      InlineText nt = inline(next.range());
      if (!nt.plain().contains(",") || isTable(next.range())) return false;
      List<NameRef> found = new ArrayList<>();
      for (NameRef n : AttendeeList.parse(nt, 0, lines)) {
        if (!SummaryWords.UNNAMED_SPEAKER.matcher(n.name()).matches()) found.add(n);
      }
      if (found.isEmpty()) return false;
      consumed.set(i);
      consumed.set(i + 1);
      attendees.addAll(found);
      seen.add(LayoutSignal.ATTENDEES_SPEAKERS);
      return true;
    }
    return false;
  }

  /**
   * "People present (lines said)" over "nick (N)" items (a meetbot summary): each nick is an
   * attendee. False when no item below reads so (the heading is then read as any other).
   */
  private boolean meetbotPeople(int i) {
    List<NameRef> found = new ArrayList<>();
    int k = i + 1;
    for (; k < blocks.size() && blocks.get(k) instanceof Block.Item item; k++) {
      List<NameRef> one = MeetbotSummary.person(inline(item.range()), item.range().line());
      if (one.isEmpty()) break;
      found.addAll(one);
    }
    if (found.isEmpty()) return false;
    for (int c = i; c < k; c++) consumed.set(c);
    found.removeIf(n -> MeetbotSummary.isBot(n.name()));
    attendees.addAll(found);
    seen.add(LayoutSignal.ATTENDEES_MEETBOT);
    return true;
  }

  /**
   * "* Attending: Ana, Bo" as a list item, or "* Attending:" with the names (or "Team: ..." groups)
   * in the items nested below it.
   */
  private void attendeeItem(int i, Block.Item item) {
    InlineText it = inline(item.range());
    String p = it.plain();
    java.util.regex.Matcher m = Roles.ATTENDEES.matcher(p);
    if (!m.find()) return;
    int colon = p.indexOf(':', m.end() - 1);
    if (colon < 0 || colon > m.end() + 2) return; // "Attendees were surprised that ..." is prose
    consumed.set(i);
    seen.add(LayoutSignal.ATTENDEES_BULLETS);
    if (!p.substring(colon + 1).isBlank()) {
      attendees.addAll(AttendeeList.parse(it, colon + 1, lines));
      return;
    }
    for (int k = i + 1;
        k < blocks.size() && blocks.get(k) instanceof Block.Item sub && sub.depth() > item.depth();
        k++) {
      consumed.set(k);
      attendees.addAll(AttendeeList.parse(inline(sub.range()), 0, lines));
    }
  }

  /**
   * "attendees: [Ana Ruiz, Bo Lindgren]" or a YAML list in the front matter: each name where the
   * header writes it (the header is blanked in {@code text}, so found in the document's own text).
   */
  private void frontMatterAttendees() {
    String source = document.text();
    int headerEnd = source.indexOf("\n---", 3);
    int from = source.indexOf("attendees");
    if (headerEnd < 0 || from < 0 || from > headerEnd) return;
    for (String name : frontMatter.get("attendees").split(",\\s*")) {
      String n = name.strip();
      int at = n.isEmpty() ? -1 : source.indexOf(n, from);
      if (at < 0 || at > headerEnd) continue;
      NameRef ref =
          AttendeeList.parse(InlineText.of(source, at, at + n.length()), 0, lines).stream()
              .findFirst()
              .orElse(null);
      if (ref != null) attendees.add(ref);
      from = at + n.length();
    }
    if (!attendees.isEmpty()) seen.add(LayoutSignal.ATTENDEES_FRONT_MATTER);
  }

  private static final java.util.regex.Pattern TABLE_RULE =
      java.util.regex.Pattern.compile("\\s*\\|?[\\s:|-]*-[\\s:|-]*\\|?\\s*");

  /** A pipe table (commonmark-java core reads it as a paragraph): every line starts with '|'. */
  private boolean isTable(SourceRange r) {
    for (int line = r.line(); line <= lines.lineOf(r.end() - 1); line++) {
      int lb = Math.max(r.begin(), lines.lineStart(line));
      int le = Math.min(r.end(), lines.lineEnd(line, text));
      if (!text.substring(lb, le).strip().startsWith("|")) return false;
    }
    return true;
  }

  /**
   * An attendee table whose header names its columns ("Name | Organization | GitHub"): each row is
   * a person, with the organization and handle of its row.
   */
  private boolean headedAttendeeTable(SourceRange r) {
    Optional<PipeTable> table = PipeTable.read(text, r, lines);
    if (table.isEmpty()) return false;
    PipeTable t = table.get();
    int who = t.column(Roles.COLUMN_PERSON);
    if (who < 0) return false;
    int org = t.column(Roles.COLUMN_ORGANIZATION);
    int handle = t.column(Roles.COLUMN_HANDLE);
    if (org >= 0) seen.add(LayoutSignal.ATTENDEE_TABLE_COLUMNS);
    for (PipeTable.Row row : t.rows()) {
      int[] c = row.cell(who);
      if (c == null || c[0] == c[1]) continue;
      String o = cellText(row.cell(org));
      String h = cellText(row.cell(handle));
      if (h != null) h = h.replaceFirst("^@", "");
      for (NameRef n : AttendeeList.parse(inline(c[0], c[1]), 0, lines)) {
        attendees.add(
            new NameRef(
                n.name(),
                n.handle() != null ? n.handle() : h,
                n.organization() != null ? n.organization() : o,
                n.range()));
      }
    }
    return true;
  }

  /** A cell's plain text; null when it is empty or says nothing ("-", "n/a", "none", "TBD"). */
  private String cellText(int[] cell) {
    if (cell == null || cell[0] == cell[1]) return null;
    String p = inline(cell[0], cell[1]).plain().strip();
    return p.isEmpty() || EMPTY_CELL.matcher(p).matches() ? null : p;
  }

  private static final java.util.regex.Pattern EMPTY_CELL =
      java.util.regex.Pattern.compile("(?i)[-–—?/.\\s]*|n/?a|none|tbd|tba|-+|\\?+");

  /**
   * A heading that captions a table of talks ("Speakers", "Programme", "Schedule", "Line-up"): with
   * a topic and a speaker column right under it, the rows are the talks and it is none.
   */
  private static final java.util.regex.Pattern TABLE_CAPTION =
      java.util.regex.Pattern.compile(
          "(?i)\\W*(?:speakers?|talks|sessions|schedule|program(?:me)?|line-?\\s?up"
              + "|presentations|demos?|running\\s+order|order\\s+of\\s+(?:business|the\\s+day)"
              + "|discussions?(?:\\s+(?:items|topics))?|topics)"
              + "\\W*");

  /**
   * A table with a topic column ("Topic | Owner | Time"): each row is an agenda item. When topic
   * headings follow, the table previewed them (planned topics, whose owners fill in their
   * presenters); otherwise its rows are the meeting's talks.
   */
  private boolean agendaTable(SourceRange r) {
    boolean captioned =
        at > 0
            && blocks.get(at - 1) instanceof Block.Heading h
            && TABLE_CAPTION.matcher(inline(h.range()).plain()).matches();
    if (current != null && !captioned) return false;
    Optional<PipeTable> table = PipeTable.read(text, r, lines);
    if (table.isEmpty()) return false;
    PipeTable t = table.get();
    int topic = t.column(Roles.COLUMN_TOPIC);
    if (topic < 0) return false;
    int owner = t.column(Roles.COLUMN_OWNER);
    if (owner == topic) owner = -1;
    if (captioned && owner < 0) return false;
    if (captioned && current != null && current.bare()) {
      // "### Speakers" over the table opened a section: a caption, not a talk of its own
      dropCurrentSection();
      seen.add(LayoutSignal.NOT_A_TALK);
    }
    int offset = t.column(Roles.COLUMN_OFFSET);
    if (offset < 0) offset = timesIntoTheRecording(t);
    int organization = t.column(Roles.COLUMN_ORGANIZATION);
    boolean talks = !topicHeadingsFollow(at);
    seen.add(LayoutSignal.AGENDA_TABLE);
    for (PipeTable.Row row : t.rows()) {
      int[] c = row.cell(topic);
      if (c == null || c[0] == c[1]) continue;
      InlineText it = inline(c[0], c[1]);
      String title = tidyTitle(it.plain());
      if (title.length() < 2
          || AgendaList.isHousekeeping(title)
          || Roles.NOTHING.matcher(title).matches()
          || isBareLink(it, title)) {
        continue;
      }
      List<NameRef> who = withOrganizations(namesIn(row.cell(owner)), row.cell(organization));
      SourceRange rowRange = rowRange(r, row);
      if (!talks) {
        Topic row1 = new Topic(title, who, rowRange);
        planned.add(row1);
        java.time.Duration at = rowOffset(row.cell(offset));
        if (at != null) plannedOffsets.put(row1, at);
        segment(SegmentKind.LIST_ITEM, rowRange, 0, null);
        continue;
      }
      closeSection();
      current = new SectionBuilder(sections.size() + 1, 7, title, rowRange);
      current.fromListItem = true;
      current.presenters.addAll(who);
      if (!who.isEmpty()) seen.add(LayoutSignal.PRESENTER_IN_ITEM);
      it.links().forEach(l -> current.link(l.text(), l.url()));
      current.offset = rowOffset(row.cell(offset));
      if (current.offset != null) seen.add(LayoutSignal.TALK_OFFSET);
      segment(SegmentKind.LIST_ITEM, rowRange, current.index, null);
    }
    if (talks) closeSection();
    return true;
  }

  /**
   * "Bongani Khumalo presented the 0.14 release plan: ...": one line of the minutes' prose or list
   * per talk, the presenter's full name first, a verb of presenting, then the title up to the first
   * colon, comma, semicolon or stop.
   */
  private static final java.util.regex.Pattern PRESENTED_LINE =
      java.util.regex.Pattern.compile(
          "(?m)^[ \\t]*(?:[-*+][ \\t]+)?(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’-]+"
              + "|van|von|de|da|del|der|du|la|le)){1,3})[ \\t]+(?:presented|demoed|demonstrated"
              + "|showcased|gave[ \\t]+(?:a|an|the)[ \\t]+(?:talk|demo|presentation|update|overview)"
              + "[ \\t]+(?:on|of|about)|walked[ \\t]+(?:us[ \\t]+|everyone[ \\t]+)?through)[ \\t]+"
              + "(?:(?:the|a|an|their|his|her|our)[ \\t]+)?((?:[^\\n:;,—–(.!?]|\\.(?=\\S)){3,80})");

  /**
   * Minutes whose only talk is their own summary caption ("## Summary"), or that have none, and
   * whose prose says who presented what in two or more lines: each line is a talk.
   */
  private void presentedInSummary() {
    for (SectionBuilder s : sections) {
      if (!LayoutSignal.SUMMARY_CAPTION.in(s.title)) return;
    }
    List<SectionBuilder> found = new ArrayList<>();
    for (TextSegment t : segments) {
      if (t.kind() != SegmentKind.PROSE && t.kind() != SegmentKind.LIST_ITEM) continue;
      java.util.regex.Matcher m =
          PRESENTED_LINE.matcher(text).region(t.range().begin(), t.range().end());
      while (m.find()) {
        String name = m.group(1);
        String title = tidyTitle(m.group(2));
        if (title.length() < 3 || !PersonNames.looksLikeName(name, known)) continue;
        int line = lines.lineOf(m.start(1));
        SectionBuilder talk =
            new SectionBuilder(found.size() + 1, 7, title, lines.range(m.start(1), m.end(2)));
        talk.presenters.add(new NameRef(name, null, null, lines.range(m.start(1), m.end(1))));
        talk.content = true;
        found.add(talk);
      }
    }
    if (found.size() < 2) return;
    seen.add(LayoutSignal.PRESENTED_IN_SUMMARY);
    replaceSections(found, new int[sections.size() + 1]);
  }

  /** The people a table cell lists; none for an empty or missing cell. */
  private List<NameRef> namesIn(int[] cell) {
    if (cell == null || cell[0] >= cell[1]) return new ArrayList<>();
    InlineText it = inline(cell[0], cell[1]);
    List<NameRef> out = new ArrayList<>();
    // "Bérénice / Priscilla", "NA + FZB": one cell, two people
    if (NAME_SLASH_HANDLE.matcher(it.plain()).find()) { // "Ho Ji-woo / @jiwoo": one person
      return new ArrayList<>(AttendeeList.parse(it, 0, lines));
    }
    for (int[] piece : PersonNames.pieces(CELL_PEOPLE, it.plain(), 0, it.plain().length())) {
      out.addAll(AttendeeList.parse(it, piece[0], piece[1], lines));
    }
    return out;
  }

  /** What sets two people of one table cell apart besides commas and "and": " / ", " + ", " & ". */
  private static final java.util.regex.Pattern NAME_SLASH_HANDLE =
      java.util.regex.Pattern.compile("\\s/\\s+@");

  private static final java.util.regex.Pattern CELL_PEOPLE =
      java.util.regex.Pattern.compile("\\s+[/+&]\\s+");

  /** "Kilonova Labs / —": one organization per person of the row's owner cell, in order. */
  private static final java.util.regex.Pattern ORGANIZATION_SEPARATOR =
      java.util.regex.Pattern.compile("\\s+/\\s+|\\s*;\\s*");

  /**
   * The people of a speaker table's row with the organization its affiliation column gives each:
   * one cell for one person, or one part per person ("Kilonova Labs / —").
   */
  private List<NameRef> withOrganizations(List<NameRef> who, int[] cell) {
    if (who.isEmpty() || cell == null || cell[0] >= cell[1]) return who;
    String[] parts = ORGANIZATION_SEPARATOR.split(inline(cell[0], cell[1]).plain().strip());
    if (parts.length != who.size() && parts.length != 1) return who;
    List<NameRef> out = new ArrayList<>();
    for (int i = 0; i < who.size(); i++) {
      NameRef n = who.get(i);
      String org = parts.length == 1 ? (who.size() == 1 ? parts[0] : null) : parts[i];
      boolean none = org == null || EMPTY_CELL.matcher(org.strip()).matches();
      out.add(
          n.organization() != null || none
              ? n
              : new NameRef(n.name(), n.handle(), org.strip(), n.range()));
    }
    return out;
  }

  /** The source range of a table row, within the table's range {@code r}. */
  private SourceRange rowRange(SourceRange r, PipeTable.Row row) {
    int lb = Math.max(r.begin(), lines.lineStart(row.line()));
    int le = Math.min(r.end(), lines.lineEnd(row.line(), text));
    return new SourceRange(row.line(), lb, Math.max(lb, le));
  }

  /** The task column of an action table: "Action", "Task", "Next step", "What". */
  private static final java.util.regex.Pattern COLUMN_TASK =
      java.util.regex.Pattern.compile(
          "(?i)(?:actions?(?:\\s+items?)?|tasks?|next\\s+steps?|to-?dos?|what|follow-?ups?)");

  /** The people column of an action table: "Owner", "Who", "Assignee". */
  private static final java.util.regex.Pattern COLUMN_ASSIGNEE =
      java.util.regex.Pattern.compile("(?i)(?:owners?|who|assignees?|assigned\\s+to|responsible)");

  /**
   * Under an "Action items" / "Next steps" caption, a table with a task and an owner column: each
   * row a task of the people in its owner cell ("| Owner | Next step | By |").
   */
  private boolean actionTable(SourceRange r) {
    Optional<PipeTable> table = PipeTable.read(text, r, lines);
    if (table.isEmpty()) return false;
    PipeTable t = table.get();
    int task = t.column(COLUMN_TASK);
    if (task < 0) task = t.column(Roles.COLUMN_TOPIC); // "| Item | Who |" under "Action items"
    int owner = t.column(COLUMN_ASSIGNEE);
    if (task < 0 || owner < 0 || task == owner) return false;
    seen.add(LayoutSignal.ACTION_SECTION);
    for (PipeTable.Row row : t.rows()) {
      int[] c = row.cell(task);
      if (c == null || c[0] >= c[1]) continue;
      String what = tidyTitle(inline(c[0], c[1]).plain());
      if (what.isEmpty()) continue;
      List<NameRef> who = namesIn(row.cell(owner));
      SourceRange rowRange = rowRange(r, row);
      actions.add(new ActionItem(what, who, false, rowRange));
      segment(SegmentKind.LIST_ITEM, rowRange, 0, null);
    }
    return true;
  }

  /**
   * The offset a table's offset column gives: "01:10", "(3:00 in the video)", or a linked clock
   * "[2:41](https://youtu.be/...?t=161)". Null when the cell gives none.
   */
  private static final java.util.regex.Pattern TIME_COLUMN =
      java.util.regex.Pattern.compile("(?i)time|start|starts|at|when");

  /**
   * A "Time" column that counts from the start of the recording, not the clock: every cell a stamp,
   * in order, the first at 0 ("0:45", "12:30", "31:10"); -1 when there is none. A column of times
   * of day ("11:00", "11:15") is a schedule.
   */
  private int timesIntoTheRecording(PipeTable t) {
    int col = t.column(TIME_COLUMN);
    if (col < 0 || t.rows().isEmpty()) return -1;
    java.time.Duration last = java.time.Duration.ZERO;
    boolean first = true;
    for (PipeTable.Row row : t.rows()) {
      int[] c = row.cell(col);
      if (c == null || c[0] >= c[1]) continue;
      String when = inline(c[0], c[1]).plain().strip();
      java.time.Duration d = ClockTimes.parseStamp(when);
      if (d == null || first && !when.startsWith("0") || d.compareTo(last) < 0) return -1;
      first = false;
      last = d;
    }
    return first ? -1 : col;
  }

  private java.time.Duration rowOffset(int[] cell) {
    if (cell == null || cell[0] >= cell[1]) return null;
    InlineText it = inline(cell[0], cell[1]);
    for (InlineText.LinkRef l : it.links()) {
      java.time.Duration d = RecordingOffset.fromLink(l.text(), l.url());
      if (d != null) return d;
    }
    String when = it.plain().strip();
    if (TRANSCRIPT_STAMP.matcher(when).matches()) { // "01:10", "0:45" in its column
      java.time.Duration d = ClockTimes.parseStamp(when);
      if (d != null) return d;
      return ClockTimes.parseOffset(when.length() < 6 ? "00:" + when : when);
    }
    return RecordingOffset.find(when).map(RecordingOffset.Found::offset).orElse(null);
  }

  /** "TAC chair" presenting or owning a task is the chair; "Staff (Dorian)" is Dorian. */
  private void holdersOfRoles() {
    ChairRole roles = new ChairRole(text);
    for (SectionBuilder s : sections) {
      List<NameRef> held = roles.resolve(s.presenters);
      if (held != s.presenters) {
        List<NameRef> copy = new ArrayList<>(held);
        s.presenters.clear();
        s.presenters.addAll(copy);
      }
    }
    for (int i = 0; i < actions.size(); i++) {
      ActionItem a = actions.get(i);
      List<NameRef> held = roles.resolve(a.agents());
      if (held != a.agents()) actions.set(i, new ActionItem(a.task(), held, a.done(), a.range()));
    }
  }

  /**
   * "00:00 Intro", "02:40 Podman 6.3 is out": the recording's chapters, if {@code r} lists them.
   */
  private boolean chapterList(SourceRange r) {
    List<Chapters.Chapter> found = Chapters.read(text.substring(r.begin(), r.end()));
    if (found.isEmpty()) return false;
    for (Chapters.Chapter c : found) {
      chapters.put(new Topic(c.title(), List.of(), r), c.at());
    }
    seen.add(LayoutSignal.CHAPTERS);
    segment(SegmentKind.LIST_ITEM, r, 0, null);
    return true;
  }

  /**
   * "- 00:00 Intro", "- 02:40 Title", ...: a chapter list written as a list, from its first item.
   */
  private boolean chapterItems(Block.Item b) {
    if (b.depth() != 0 || !Chapters.startsWithStamp(inline(b.range()).plain())) return false;
    int last = at;
    while (last + 1 < blocks.size()
        && blocks.get(last + 1) instanceof Block.Item next
        && next.depth() == 0) {
      last++;
    }
    SourceRange all =
        new SourceRange(b.range().line(), b.range().begin(), blocks.get(last).range().end());
    if (!chapterList(all)) return false;
    for (int k = at + 1; k <= last; k++) consumed.set(k);
    return true;
  }

  /** Talks without an offset start where the recording's chapter of the same title does. */
  private void chapterOffsets() {
    if (chapters.isEmpty()) return;
    List<Topic> titles = new ArrayList<>(chapters.keySet());
    for (SectionBuilder s : sections) {
      if (s.offset != null) continue;
      java.util.Optional<java.time.Duration> d =
          PlannedPresenters.match(s.title, titles).map(chapters::get);
      if (d.isPresent()) {
        s.offset = d.get();
        seen.add(LayoutSignal.TALK_OFFSET);
      }
    }
  }

  /**
   * An agenda table gives offsets and the sections below give the talks ("## Release update
   * (Aisha)"): a section without an offset takes the one of the planned row it names.
   */
  private void plannedOffsets() {
    if (plannedOffsets.isEmpty()) return;
    for (SectionBuilder s : sections) {
      if (s.offset != null) continue;
      java.util.Optional<java.time.Duration> d =
          PlannedPresenters.match(s.title, planned).map(plannedOffsets::get);
      if (d.isPresent()) {
        s.offset = d.get();
        seen.add(LayoutSignal.TALK_OFFSET);
      }
    }
  }

  /**
   * Minutes that list an owned agenda and then no topic section (free notes, or topics in a form
   * the parser does not read as sections): the agenda's topics are what the meeting took up.
   */
  /**
   * An agenda that says who brings most of its items is the meeting's programme; a list of routine
   * steps nobody owns ("Review nominated PRs", "Review P-high issues") is a template.
   */
  private boolean ownedAgenda() {
    long owned = planned.stream().filter(t -> !t.proposers().isEmpty()).count();
    return !planned.isEmpty() && owned * 2 >= planned.size();
  }

  /**
   * The planned topics the body takes up in no section of its own, when it hardly has any: all of
   * them when the body has no section, the rest when it has at most one topic section for an agenda
   * of three or more ("## Podman 6.1 brings" and then a pasted transcript); none otherwise, since
   * sections titled apart from their agenda items are the same topics.
   */
  private List<Topic> untakenTopics() {
    if (sections.isEmpty()) return planned;
    long talks = sections.stream().filter(s -> s.kind() == AgendaSection.SectionKind.TALK).count();
    if (planned.size() < 3 || talks > 1) return List.of();
    List<Topic> untaken = new ArrayList<>();
    for (Topic t : planned) {
      if (sections.stream().noneMatch(s -> PlannedPresenters.isPlanned(s.title, List.of(t)))) {
        untaken.add(t);
      }
    }
    return untaken.size() + 1 >= planned.size() ? untaken : List.of();
  }

  private void agendaAsTalks(List<Topic> topics) {
    if (topics.isEmpty()) return;
    seen.add(LayoutSignal.AGENDA_AS_TALKS);
    for (Topic t : topics) {
      if (t.range() == null || t.text().length() < 2) continue;
      SectionBuilder s = new SectionBuilder(sections.size() + 1, 7, t.text(), t.range());
      s.fromListItem = true;
      s.presenters.addAll(t.proposers());
      s.offset = plannedOffsets.get(t);
      sections.add(s);
    }
  }

  /** "⏱️ 00:02:10", "[00:14:45]" at the end of a bold topic line: where it is in the recording. */
  private static final java.util.regex.Pattern BOLD_LINE_STAMP =
      java.util.regex.Pattern.compile(
          "(?:⏱\\uFE0F?|🕐|⌚)?[ \\t]*[\\[(]?(\\d{1,2}:\\d{2}:\\d{2})[\\])]?[ \\t]*$");

  /** "presented by Kofi", "led by @wrenfield": who brought a topic, after its title. */
  private static final String PRESENTED_BY =
      "(?:presented|led|introduced|proposed|brought)\\s+by\\s+@?([^\\n]{1,60}?)";

  /** "**Title** (Ana)", "**Title** - Ana Ruiz": a bold line standing for a topic's heading. */
  private static final java.util.regex.Pattern BOLD_TOPIC_LINE =
      java.util.regex.Pattern.compile(
          "^\\s*(?:\\*\\*|__)([^*_\\n]{2,120}?)(?:\\*\\*|__)[ \\t]*(?:\\([^)\\n]{1,60}\\)"
              + "|[-–—][ \\t]+[^\\n]{1,60})?(?:,?[ \\t]+"
              + PRESENTED_BY
              + ")?[ \\t]*$");

  /**
   * A bold line that names one of the agenda's planned topics opens that topic's section, as a
   * heading would ("**Release retrospective** (Marco)" under "Discussion"); the agenda's owners
   * become its presenters. Only with an agenda to match: a bold line alone is emphasis.
   */
  private boolean boldTopic(SourceRange r) {
    if (actionLevel > 0 || logSection) return false;
    SourceRange first = lineRange(r, r.line());
    java.util.regex.Matcher m = BOLD_TOPIC_LINE.matcher(text).region(first.begin(), first.end());
    if (!m.matches()) return boldLead(r, first);
    String title = tidyTitle(m.group(1));
    if (title.endsWith(":")) return false;
    List<NameRef> who = new ArrayList<>();
    java.time.Duration at = null;
    if (m.group(2) != null) { // "**Title** (#6342), presented by Kofi"
      InlineText it = inline(first.begin(), first.end());
      String p = it.plain();
      int from = p.lastIndexOf(m.group(2));
      for (PersonNames.Part n : PersonNames.splitList(p, from, from + m.group(2).length(), known)) {
        who.add(nameRef(it, n, r.line()));
      }
    }
    if (planned.isEmpty() || !PlannedPresenters.isPlanned(title, planned)) {
      // No agenda to match: the line must say it is a talk itself, by the people present it
      // names after the title or by its offset into the recording.
      InlineText it = inline(first.begin(), first.end());
      String p = it.plain();
      int after = p.indexOf(m.group(1).strip());
      if (after < 0) return false;
      after += m.group(1).strip().length();
      int end = p.length();
      java.util.regex.Matcher stamp = BOLD_LINE_STAMP.matcher(p).region(after, end);
      if (stamp.find()) {
        String when = stamp.group(1);
        at = ClockTimes.parseOffset(when.length() < 6 ? "00:" + when : when);
        end = stamp.start();
      }
      while (after < end && " \t-–—(".indexOf(p.charAt(after)) >= 0) after++;
      while (end > after && " \t)".indexOf(p.charAt(end - 1)) >= 0) end--;
      List<PersonNames.Part> names =
          after < end ? PersonNames.splitList(p, after, end, known) : List.of();
      boolean present =
          !names.isEmpty()
              && names.stream()
                  .allMatch(
                      n ->
                          known.contains(
                              n.name().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT)));
      if (!present && at == null && who.isEmpty()) return false;
      if (present) for (PersonNames.Part n : names) who.add(nameRef(it, n, r.line()));
    }
    dropGroupingHeading();
    closeSection();
    current = new SectionBuilder(sections.size() + 1, 7, title, first);
    current.fromListItem = true;
    current.presenters.addAll(who);
    current.offset = at;
    seen.add(LayoutSignal.BOLD_TOPIC_LINE);
    segment(SegmentKind.HEADING, first, current.index, null);
    if (r.end() > first.end() + 1) {
      SourceRange rest = new SourceRange(r.line() + 1, lines.lineStart(r.line() + 1), r.end());
      current.content = true;
      segment(SegmentKind.PROSE, rest, current.index, null);
    }
    return true;
  }

  /** "**Variable explorer (Jae-won).** Jae-won showed ...": a bold lead, then the paragraph. */
  private static final java.util.regex.Pattern BOLD_LEAD =
      java.util.regex.Pattern.compile(
          "^\\s*(?:\\*\\*|__)([^*_\\n]{2,120}?)(?:\\s*\\(([^)\\n]{1,60})\\))?[.:]?(?:\\*\\*|__)"
              + "[.:]?[ \\t]+\\S");

  /** "Hideo raised this one.", "Łucja Wierzbicka walked us through ...": who brought a topic. */
  private static final java.util.regex.Pattern RAISED_BY =
      java.util.regex.Pattern.compile(
          "(?U)(?:^|(?<=[.!?]\\s))\\s*(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})\\s+"
              + "(?:raised|walked\\s+(?:us|everyone)\\s+through|presented|proposed|introduced|summari[sz]ed"
              + "|reported|demoed|demonstrated|showed|led|brought|asked\\s+us)\\b");

  /** The person a bold-lead topic's first sentences say brought it, if one present is named. */
  private List<NameRef> raisedBy(int from, int to, int line) {
    InlineText it = inline(from, to);
    java.util.regex.Matcher m = RAISED_BY.matcher(it.plain());
    if (!m.find() || m.start(1) > 200) return List.of();
    String name = m.group(1);
    String first = name.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
    if (!known.contains(first) && !PersonShape.fullName(name)) return List.of();
    return List.of(new NameRef(name, null, null, it.range(m.start(1), m.end(1), line)));
  }

  /** The title of a bold lead opening {@code first}, or null when it has none or is a label. */
  private String boldLeadTitle(SourceRange first) {
    java.util.regex.Matcher m = BOLD_LEAD.matcher(text).region(first.begin(), first.end());
    if (!m.lookingAt()) return null;
    String title = tidyTitle(inline(m.start(1), m.end(1)).plain());
    String lead = text.substring(m.start(1), m.end()).strip();
    // "**Vote:** Motion to ...": a field's label, not a topic's title
    if (title.indexOf(' ') < 0 || LABEL_LEAD.matcher(lead).find()) return null;
    return title;
  }

  /** A caption over the topics taken up: "We discussed", "Discussion", "Topics", "Updates". */
  private static final java.util.regex.Pattern DISCUSSED =
      java.util.regex.Pattern.compile(
          "(?i)^\\W*(?:(?:we|what\\s+we)\\s+discussed|discussion(?:\\s+(?:items|topics))?|topics"
              + "|updates|other\\s+items|items\\s+discussed)\\W*$");

  /** A short title, not a sentence: up to 80 characters, no question, no clause after a comma. */
  private static final java.util.regex.Pattern TITLE_LIKE =
      java.util.regex.Pattern.compile("[^?!;,]{3,80}");

  /** Whether another paragraph opening with a bold lead title follows before the next heading. */
  private boolean boldLeadFollows() {
    for (int k = at + 1; k < blocks.size() && !(blocks.get(k) instanceof Block.Heading); k++) {
      if (blocks.get(k) instanceof Block.Paragraph q
          && boldLeadTitle(lineRange(q.range(), q.range().line())) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the last paragraph opened a topic by its bold lead without an agenda: a run of such
   * paragraphs under one heading ("## We discussed", then "**Title.** ..." each) are its topics.
   */
  private boolean leadRun;

  private static final java.util.regex.Pattern LABEL_LEAD =
      java.util.regex.Pattern.compile(":\\s*(?:\\*\\*|__)|(?:\\*\\*|__)\\s*:");

  /**
   * A paragraph led by a bold title that names one of the agenda's planned topics ("**JupyterLite
   * in the classroom (Tevita).** Tevita showed ...") is that topic's section, the people in the
   * parentheses its presenters. Only with an agenda to match: bold leads are emphasis too.
   */
  private boolean boldLead(SourceRange r, SourceRange first) {
    String title = boldLeadTitle(first);
    if (title == null) return false;
    boolean topic =
        planned.isEmpty()
            ? current != null
                && TITLE_LIKE.matcher(title).matches()
                && (leadRun || DISCUSSED.matcher(current.title).find() && boldLeadFollows())
            : PlannedPresenters.isPlanned(title, planned);
    if (!topic) return false;
    leadRun = planned.isEmpty();
    java.util.regex.Matcher m = BOLD_LEAD.matcher(text).region(first.begin(), first.end());
    m.lookingAt();
    List<NameRef> who = new ArrayList<>();
    if (m.group(2) == null) who.addAll(raisedBy(m.end() - 1, r.end(), r.line()));
    if (m.group(2) != null) {
      InlineText it = inline(m.start(2), m.end(2));
      for (PersonNames.Part n : PersonNames.splitList(it.plain(), 0, it.plain().length(), known)) {
        if (known.contains(n.name().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT))) {
          who.add(nameRef(it, n, r.line()));
        }
      }
    }
    dropGroupingHeading();
    closeSection();
    current = new SectionBuilder(sections.size() + 1, 7, title, first);
    current.fromListItem = true;
    current.presenters.addAll(who);
    current.content = true;
    seen.add(LayoutSignal.BOLD_TOPIC_LINE);
    segment(SegmentKind.PROSE, r, current.index, null);
    return true;
  }

  /**
   * The heading right above a topic opened by a bold line ("Discussion", "Live demos", "Notes")
   * groups the topics: when nothing was said under it yet, it is no talk of its own.
   */
  private void dropGroupingHeading() {
    if (current != null
        && !current.fromListItem
        && !current.content
        && current.presenters.isEmpty()
        && current.items.isEmpty()
        && current.offset == null) {
      dropCurrentSection();
    }
  }

  /** Whether a topic heading (not an aside, attendees or the like) follows block {@code i}. */
  private boolean topicHeadingsFollow(int i) {
    for (int j = i + 1; j < blocks.size(); j++) {
      if (consumed.get(j) || !(blocks.get(j) instanceof Block.Heading d)) continue;
      String q = inline(d.range()).plain().strip();
      if (q.isEmpty() || AgendaList.isAside(q) || Roles.ATTENDEES.matcher(q).find()) continue;
      if (LayoutSignal.ACTION_SECTION.in(q)) continue;
      if (TABLE_CAPTION.matcher(q).matches()
          && j + 1 < blocks.size()
          && blocks.get(j + 1) instanceof Block.Paragraph next
          && isTable(next.range())) {
        continue; // "### Demo" over its own table: more rows, not a topic the table previewed
      }
      return true;
    }
    return false;
  }

  /** An attendee table: the first cell of each row below the header names a person. */
  private void tableAttendees(SourceRange r) {
    if (headedAttendeeTable(r)) return;
    int first = r.line();
    int last = lines.lineOf(r.end() - 1);
    for (int line = first; line <= last; line++) {
      int lb = Math.max(r.begin(), lines.lineStart(line));
      int le = Math.min(r.end(), lines.lineEnd(line, text));
      if (TABLE_RULE.matcher(text.substring(lb, le)).matches()) continue;
      boolean header =
          line == first
              && first < last
              && TABLE_RULE
                  .matcher(text.substring(lines.lineStart(line + 1), lines.lineEnd(line + 1, text)))
                  .matches();
      if (header) continue;
      int open = text.indexOf('|', lb);
      int close = text.indexOf('|', open + 1);
      if (close < 0 || close > le) close = le;
      if (close > open + 1) attendees.addAll(AttendeeList.parse(inline(open + 1, close), 0, lines));
    }
  }

  /** The end of a sentence: a full stop after a word (not an initial), then a capital. */
  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("(?<=\\p{L}{2}|\\))\\.\\s+(?=\\p{Lu})");

  /** Where the names start after "Attendees (22):" / "Attendees:"; -1 if nothing follows. */
  private static int listStart(String p) {
    int colon = p.indexOf(':');
    int paren = p.indexOf(')');
    int at = Math.max(colon, colon < 0 ? paren : -1);
    return at < 0 ? -1 : at + 1;
  }

  private static boolean looksLikeList(String p) {
    return p.contains(",") || WHITESPACE.split(p).length <= 4;
  }

  // ---- headings ----

  /**
   * Whether a lower heading only repeats the note's title (its date and punctuation aside): a
   * meeting tool's notes pasted under the hand-written header name the meeting again.
   */
  private boolean restatesTitle(String heading) {
    if (title == null || current != null) return false;
    String t = titleWords(title);
    return t.length() > 3 && t.equals(titleWords(heading));
  }

  private static String titleWords(String s) {
    String w =
        DateText.find(s).map(d -> s.substring(0, d.begin()) + s.substring(d.end())).orElse(s);
    return w.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
  }

  private void heading(Block.Heading h) {
    InlineText it = inline(h.range());
    String p = it.plain().strip();
    int line = h.range().line();
    if (p.isEmpty()) return;
    actionParagraph = false;
    if (logSection && TRANSCRIPT_STAMP.matcher(p).matches()) { // "### 00:14:05" in a transcript
      seen.add(LayoutSignal.TRANSCRIPT_STAMP_HEADING);
      stamp = ClockTimes.parseOffset(p.length() < 6 ? "00:" + p : p);
      return;
    }
    if (actionLevel > 0
        && (h.level() <= actionLevel
            || AgendaList.isAside(p) && !LayoutSignal.ACTION_SECTION.in(p))) {
      actionLevel = 0; // "**Links**" under the next steps: a part of its own, no tasks in it
    }
    tasksFollow = false;
    summaryTopics = false;
    listTalks = false; // set again below when this heading is a group or announcements
    agendaItems = false; // set again below when this heading captions the minutes' list
    captionedList = false;
    nestedAgenda = false;
    restatedTasks = RESTATED_TASKS.matcher(p).matches();
    leadRun = false;
    logSection = false; // a log caption heading sets it again in structural()
    reviewList = ACTION_REVIEW.matcher(p).matches();
    if (reviewList || LayoutSignal.ACTION_SECTION.in(p)) {
      actionLevel = h.level();
      seen.add(LayoutSignal.ACTION_SECTION);
    }
    if (summary && title == null && (h.level() == 1 && TAB_NAME.matcher(p).matches() || tabTitle)) {
      if (tabTitle) title = p; // "# Notes" then "## Fenwick Community Sync": the second names it
      tabTitle = title == null;
      if (title != null) DateText.find(p).ifPresent(d -> time.dateLine(p, line, d, diag));
      return;
    }
    if (summary && summaryCaption(p, h.range(), h.level())) return;
    if (h.level() == 1 && title == null) {
      title = SeriesName.resolvePlaceholders(p, frontMatter);
      DateText.find(p).ifPresent(d -> time.dateLine(p, line, d, diag));
      return;
    }
    if (restatesTitle(p)) { // "**Podman Community Meeting**" again at the top of pasted notes
      seen.add(LayoutSignal.NOT_A_TALK);
      segment(SegmentKind.HEADING, h.range(), 0, null);
      return;
    }
    if (MeetbotSummary.isLogHeading(p)) { // "## Log" over a pasted meetbot log: no talk
      caption = p;
      enterMode(Mode.NONE, h.level());
      logSection = true;
      return;
    }
    if (structural(p, it, line, h.level(), true)) return;
    Optional<DateText.Found> date = DateText.find(p);
    if (date.isPresent()
        && time.headingDate == null
        && current != null
        && isDateLine(p, date.get())) {
      closeSection(); // "## January 8, 2024" below a stray first heading is still the date line
    }
    if (date.isPresent() && current == null && h.level() <= 3) {
      String rest = p.substring(0, date.get().begin()) + p.substring(date.get().end());
      if (time.headingDate == null) {
        time.dateLine(p, line, date.get(), diag);
        enterMode(Roles.isAgendaCaption(rest) ? Mode.PLANNED_TOPICS : Mode.NONE, h.level());
        return;
      }
      if (Roles.isAgendaCaption(rest)) { // "June 16, 2022 Topics" after "Next Meeting"
        // ... but "May 21, 2024 Topics" on the meeting's own date is this meeting's agenda.
        boolean own = date.get().date().equals(time.headingDate);
        enterMode(own ? Mode.PLANNED_TOPICS : Mode.NEXT_TOPICS, h.level());
        return;
      }
    }
    if (date.isPresent()
        && time.headingDate != null
        && !date.get().date().equals(time.headingDate)
        && isDateLine(p, date.get())) {
      // "## 2025-09-11" below this meeting's own date: another meeting's block, no talk
      closeSection();
      enterMode(Mode.NONE, h.level());
      seen.add(LayoutSignal.NOT_A_TALK);
      segment(SegmentKind.HEADING, h.range(), 0, null);
      return;
    }
    if (mode != Mode.NEXT_TOPICS && AgendaList.isCaption(p) && listIsMinutes(at)) {
      enterMode(Mode.NONE, h.level());
      agendaItems = true;
      seen.add(LayoutSignal.AGENDA_ITEM_LIST);
      segment(SegmentKind.HEADING, h.range(), 0, null);
      return;
    }
    if (LayoutSignal.AGENDA_LIST.in(p)) {
      if (at + 1 < blocks.size()
          && blocks.get(at + 1) instanceof Block.Heading below
          && below.level() > h.level()) {
        // "## Agenda" right over "### Announcements", "### nodejs/node": a caption of the
        // meeting's own sections, not a list of planned topics
        enterMode(Mode.NONE, h.level());
        seen.add(LayoutSignal.NOT_A_TALK);
        segment(SegmentKind.HEADING, h.range(), 0, null);
        return;
      }
      enterMode(Mode.PLANNED_TOPICS, h.level());
      return;
    }
    boolean talkEvidence =
        RecordingOffset.find(p).isPresent()
            || linkedOffset(it) != null
            || bracketedOffsets && RecordingOffset.bracketed(p).isPresent()
            || mode == Mode.PLANNED_TOPICS && isItem(at); // a titled item under "Agenda" is a talk
    if ((mode == Mode.NEXT_TOPICS || mode == Mode.PLANNED_TOPICS)
        && h.level() > modeLevel
        && !talkEvidence) { // an offset into the recording: it was presented, a talk
      segment(SegmentKind.HEADING, h.range(), 0, null);
      return;
    }
    mode = Mode.NONE;
    if (current != null && attachToSection(h, it, p, line)) return;
    HeadingRole role = role(at, h, p);
    if (groupLevel > 0 && h.level() <= groupLevel) groupLevel = 0;
    listTalks =
        role == HeadingRole.GROUP
            || role == HeadingRole.BOILERPLATE && ANNOUNCEMENTS.matcher(p).find();
    if (role == HeadingRole.GROUP) groupLevel = h.level();
    agendaItems = role == HeadingRole.GROUP && AgendaList.isRepoGroup(p);
    if (agendaItems) seen.add(LayoutSignal.AGENDA_REPO_GROUP);
    if (role != HeadingRole.ITEM) {
      closeSection();
      seen.add(role == HeadingRole.GROUP ? LayoutSignal.AGENDA_GROUP : LayoutSignal.NOT_A_TALK);
      segment(SegmentKind.HEADING, h.range(), 0, null);
      return;
    }
    openSection(h, it, line);
  }

  /** "00:14:05": a transcript's time mark standing as a heading. */
  private static final java.util.regex.Pattern TRANSCRIPT_STAMP =
      java.util.regex.Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");

  /** "📝 Notes", "📖 Transcript": the name of a document tab, not of the meeting. */
  private static final java.util.regex.Pattern TAB_NAME =
      java.util.regex.Pattern.compile("(?i)^[^\\p{L}]*(?:notes|transcript)[^\\p{L}]*$");

  /**
   * A summary's own caption ("Details", "Summary", "Quick recap") or its task caption ("Suggested
   * next steps"): no talk. Under a topics caption the items and paragraphs are the talks.
   */
  private boolean summaryCaption(String p, SourceRange range, int level) {
    boolean tasks = LayoutSignal.ACTION_SECTION.in(p);
    if (!tasks && !LayoutSignal.SUMMARY_CAPTION.in(p)) return false;
    enterMode(Mode.NONE, level);
    seen.add(tasks ? LayoutSignal.ACTION_SECTION : LayoutSignal.SUMMARY_CAPTION);
    if (tasks && level < 99) actionLevel = level;
    actionParagraph = tasks && level == 99;
    summaryTopics = !tasks && SummaryWords.TOPICS_CAPTION.matcher(p).matches();
    if (level < 99) segment(SegmentKind.HEADING, range, 0, null);
    return true;
  }

  private static final java.util.regex.Pattern ANNOUNCEMENTS =
      java.util.regex.Pattern.compile("(?i)announcement|custom\\s+items|updates");

  /** What is left of "#### (51:10) in the video) 55" once its offset is cut: no title. */
  private static final java.util.regex.Pattern OFFSET_WORDS =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:in|the|video|recording|at|mins?|minutes)\\b|[^\\p{L}]");

  /** The {@link HeadingRole} table, row by row, for the heading at block {@code i}. */
  private HeadingRole role(int i, Block.Heading h, String p) {
    if (isItem(i)) return HeadingRole.ITEM;
    if (LayoutSignal.NOT_A_TALK.in(p)) return HeadingRole.BOILERPLATE;
    if (LayoutSignal.AGENDA_GROUP.in(p)) return HeadingRole.GROUP;
    if (LayoutSignal.DISCUSSION_GROUP.in(p) && deeperHeadingFollows(i, h)) {
      seen.add(LayoutSignal.DISCUSSION_GROUP);
      return HeadingRole.GROUP;
    }
    if (HeadingRole.UPDATES_WORDS.matcher(p).find() && deeperHeadingFollows(i, h)) {
      return HeadingRole.GROUP; // one report per heading below (HeadingRole.UPDATES_WORDS)
    }
    if (AgendaList.isRepoGroup(p)
        && i + 1 < blocks.size()
        && blocks.get(i + 1) instanceof Block.Item
        && (Character.isLowerCase(p.strip().codePointAt(0)) || issueLinkedItems(i))) {
      return HeadingRole.GROUP; // "### org/repo" over its issue-linked items
    }
    for (int j = i + 1; j < blocks.size(); j++) { // the first heading below it decides
      if (!(blocks.get(j) instanceof Block.Heading d)) continue;
      return d.level() > h.level() && isItem(j) ? HeadingRole.GROUP : HeadingRole.ITEM;
    }
    return HeadingRole.ITEM;
  }

  /**
   * Whether two or more titled headings stand below the heading at block {@code i} (the questions
   * of a discussion), the first right after it. An offset, a demo, a link or a presenter's name on
   * a deeper heading belongs to this heading instead.
   */
  private boolean deeperHeadingFollows(int i, Block.Heading h) {
    int titled = 0;
    for (int j = i + 1; j < blocks.size(); j++) {
      if (!(blocks.get(j) instanceof Block.Heading d)) continue;
      if (d.level() <= h.level()) break;
      InlineText it = inline(d.range());
      String q = it.plain().strip();
      boolean part =
          RecordingOffset.find(q).isPresent()
              || linkedOffset(it) != null
              || Roles.DEMO.matcher(q).find()
              || !it.links().isEmpty() && WHITESPACE.split(q).length <= 3
              || !PersonNames.splitList(q, 0, q.length(), known).isEmpty();
      if (part) return false;
      titled++;
    }
    return titled >= 2;
  }

  /**
   * Whether the heading at block {@code i} is an agenda item by its own signals: an issue / RFC /
   * PR reference or link, a "Link:" or "Presenter:" line right under it, or a presenter or an
   * offset beside a title. Words alone ("Summary", "Motivation") are not evidence: a document's own
   * outline is not its agenda.
   */
  private boolean isItem(int i) {
    if (!(blocks.get(i) instanceof Block.Heading h)) return false;
    InlineText it = inline(h.range());
    String p = it.plain().strip();
    if (p.isEmpty()) return false;
    if (LayoutSignal.ITEM_REFERENCE.in(p)) return true;
    for (InlineText.LinkRef l : it.links()) {
      if (l.url() != null && HeadingRole.ISSUE_URL.matcher(l.url()).find()) return true;
    }
    if (i + 1 < blocks.size()
        && !(blocks.get(i + 1) instanceof Block.Heading)
        && !(blocks.get(i + 1) instanceof Block.Code)) {
      String under = inline(blocks.get(i + 1).range()).plain();
      if (LayoutSignal.ITEM_LINK_LINE.in(under) || Roles.PRESENTER_LINE.matcher(under).find()) {
        return true;
      }
    }
    char[] masked = p.toCharArray();
    boolean offset = false;
    Optional<RecordingOffset.Found> f = RecordingOffset.find(p);
    if (f.isPresent()) {
      blank(masked, f.get().begin(), f.get().end());
      offset = true;
    }
    String q = new String(masked);
    TitleSplit split = TitleSplit.of(q, known);
    String title = tidyTitle(q.substring(split.titleBegin(), split.titleEnd()));
    if (OFFSET_WORDS.matcher(title).replaceAll("").length() < 2
        || PersonNames.splitList(title, 0, title.length(), known).size() > 0) {
      return false; // only a name or only an offset: it belongs to the heading above
    }
    return offset || !split.presenters().isEmpty();
  }

  /**
   * Whether the list right after the caption at block {@code i} is the minutes themselves: only
   * housekeeping headings (action items, people present, the log, links) follow it. When topic
   * headings follow, the list was a preview of them (planned topics).
   */
  private boolean listIsMinutes(int i) {
    // "**Meeting:** X · **Chair:** Y" between the caption and its list: the summary's fields
    if (i + 2 < blocks.size()
        && blocks.get(i + 1) instanceof Block.Paragraph f
        && FIELDS_LINE.matcher(f.range().of(text)).lookingAt()) {
      i++;
    }
    if (i + 1 >= blocks.size() || !(blocks.get(i + 1) instanceof Block.Item)) return false;
    // One item with everything nested under it is an outline, not an agenda, unless it says who
    // brings it ("[Dara] Release retrospective" over its notes).
    int top = 0;
    int nested = 0;
    Block.Item only = null;
    for (int j = i + 1; j < blocks.size() && blocks.get(j) instanceof Block.Item it; j++) {
      if (it.depth() == 0) {
        top++;
        only = it;
      } else {
        nested++;
      }
    }
    if (top == 0) return false;
    if (top == 1
        && nested > 0
        && ItemPresenter.read(inline(only.range()), known).presenters().isEmpty()) {
      return false;
    }
    for (int j = i + 2; j < blocks.size(); j++) {
      if (consumed.get(j) || !(blocks.get(j) instanceof Block.Heading d)) continue;
      String q = inline(d.range()).plain().strip();
      if (AgendaList.isNotesHeading(q)) return false; // the minutes stand under "Notes"
      if (q.isEmpty() || AgendaList.isAside(q) || Roles.ATTENDEES.matcher(q).find()) continue;
      return false;
    }
    return true;
  }

  /** "**Meeting:** ...": a line of bold-labelled fields. */
  private static final java.util.regex.Pattern FIELDS_LINE =
      java.util.regex.Pattern.compile(
          "^\\s*(?:\\*\\*|__)[^*_\\n]{1,30}:(?:\\*\\*|__)[^\\n]{1,200}$");

  /** Whether a top-level item right below the heading at block {@code i} links an issue or PR. */
  private boolean issueLinkedItems(int i) {
    for (int j = i + 1; j < blocks.size() && blocks.get(j) instanceof Block.Item it; j++) {
      InlineText t = inline(it.range());
      if (it.depth() == 0
          && (HeadingRole.ISSUE_REFERENCE.matcher(t.plain()).find()
              || t.links().stream()
                  .anyMatch(
                      l -> l.url() != null && HeadingRole.ISSUE_URL.matcher(l.url()).find()))) {
        return true;
      }
    }
    return false;
  }

  /** Nothing but a date, times, zones and "Topics"/"Agenda" words: a date line, not a title. */
  private static boolean isDateLine(String p, DateText.Found d) {
    String rest = p.substring(0, d.begin()) + " " + p.substring(d.end());
    rest = CLOCK_TIME.matcher(rest).replaceAll(" ");
    rest = DATE_LINE_WORD.matcher(rest).replaceAll(" ");
    rest = NON_LETTERS.matcher(rest).replaceAll(" ").strip();
    return rest.isEmpty();
  }

  /** Structural headings and captions; true when handled. Closes the open section. */
  private boolean structural(String p, InlineText it, int line, int level, boolean isHeading) {
    if (LayoutSignal.START_LINE.in(p)) {
      seen.add(LayoutSignal.START_LINE);
      time.startLine(p, line, diag);
    } else if (Roles.END.matcher(p).find()) {
      time.endLine(p, line, diag);
    } else if (LayoutSignal.NEXT_MEETING.in(p)) {
      nextMeeting(p, it, line);
      enterMode(Roles.NEXT_TOPICS.matcher(p).find() ? Mode.NEXT_TOPICS : Mode.NONE, level);
      if (mode == Mode.NONE) closeSection();
      return true;
    } else if (Roles.NEXT_TOPICS.matcher(p).find()) {
      enterMode(Mode.NEXT_TOPICS, level);
      return true;
    } else if (isHeading && isLogHeading(p) || !isHeading && isCaption(p)) {
      caption = p;
      enterMode(Mode.NONE, level);
      logSection = true;
      return true;
    } else if (Roles.RECORDING.matcher(p).find()
        && !it.links().isEmpty()
        && p.length() < 200
        && RecordingOffset.find(p).isEmpty()
        && recording == null
        && (isHeading || WHITESPACE.split(p).length < 12)) {
      recording = it.links().get(0).url();
    } else if (isHeading && Roles.NOTES_CAPTION.matcher(p).find()) {
      enterMode(Mode.NONE, level);
      return true;
    } else {
      return false;
    }
    if (isHeading) enterMode(Mode.NONE, level);
    return true;
  }

  /**
   * "Raw Meeting Chat:", "Google Meet Transcription": a short heading naming a log. A talk heading
   * that mentions chat ("Choose an official chat platform? - Name - (26:58 in the video)") is not.
   */
  private static boolean isLogHeading(String p) {
    return Roles.LOG_CAPTION.matcher(p).find()
        && RecordingOffset.find(p).isEmpty()
        && WHITESPACE.split(p).length <= 8;
  }

  private static boolean isCaption(String p) {
    if (p.length() >= 80) return false;
    if (Roles.LOG_CAPTION.matcher(p).find())
      return p.endsWith(":") || WHITESPACE.split(p).length <= 5;
    return p.endsWith(":") && Roles.LOG_SOURCE.matcher(p).find() && WHITESPACE.split(p).length <= 4;
  }

  private void enterMode(Mode m, int level) {
    closeSection();
    mode = m;
    modeLevel = level;
  }

  /** A heading inside the open section: offset, slides, demo, presenters or a subheading. */
  private boolean attachToSection(Block.Heading h, InlineText it, String p, int line) {
    boolean deeper = h.level() > current.level;
    if (isOnlyLinkedOffset(it, p)) {
      InlineText.LinkRef l = linkedOffset(it);
      java.time.Duration d = RecordingOffset.fromLink(l.text(), l.url());
      if (current.offset == null) current.offset = d;
      else current.demos.add(new Demo(d, h.range()));
      return true;
    }
    if (RecordingOffset.isOnlyOffset(p)) {
      Optional<RecordingOffset.Found> f = RecordingOffset.find(p);
      if (f.isEmpty()) diag.warn(line, "offset into the recording has no time: '" + p + "'");
      else if (current.offset == null) current.offset = f.get().offset();
      else current.demos.add(new Demo(f.get().offset(), h.range()));
      return true;
    }
    if (Roles.DEMO.matcher(p).find() && (deeper || RecordingOffset.find(p).isPresent())) {
      current.demos.add(
          new Demo(
              RecordingOffset.find(p).map(RecordingOffset.Found::offset).orElse(null), h.range()));
      segment(SegmentKind.HEADING, h.range(), current.index, null);
      return true;
    }
    if (!it.links().isEmpty() && WHITESPACE.split(p).length <= 3 && deeper) {
      it.links().forEach(l -> current.link(l.text(), l.url()));
      return true;
    }
    if (!deeper || RecordingOffset.find(p).isPresent()) return false;
    List<PersonNames.Part> names = PersonNames.splitList(p, 0, p.length(), known);
    if (!names.isEmpty()) {
      seen.add(LayoutSignal.PRESENTER_SUBHEADING);
      for (PersonNames.Part n : names) current.presenters.add(nameRef(it, n, line));
      it.links().forEach(l -> current.link(l.text(), l.url()));
      return true;
    }
    it.links().forEach(l -> current.link(l.text(), l.url()));
    segment(SegmentKind.HEADING, h.range(), current.index, null);
    return true;
  }

  private void openSection(Block.Heading h, InlineText it, int line) {
    closeSection();
    String p = it.plain();
    char[] masked = p.toCharArray();
    java.time.Duration offset = null;
    Optional<RecordingOffset.Found> f = RecordingOffset.find(p);
    if (f.isPresent()) {
      offset = f.get().offset();
      blank(masked, f.get().begin(), f.get().end());
    } else if (linkedOffset(it) != null) { // "Title - Name - [12:34](https://youtu.be/..)"
      InlineText.LinkRef l = linkedOffset(it);
      offset = RecordingOffset.fromLink(l.text(), l.url());
      blank(masked, l.plainBegin(), l.plainEnd());
    } else if (bracketedOffsets && RecordingOffset.bracketed(p).isPresent()) { // "[03:12] Title"
      RecordingOffset.Found b = RecordingOffset.bracketed(p).get();
      offset = b.offset();
      blank(masked, b.begin(), b.end());
      seen.add(LayoutSignal.TALK_BRACKETED_OFFSET);
    } else {
      Optional<int[]> missing = RecordingOffset.findMissing(p);
      if (missing.isPresent()) {
        diag.warn(line, "offset into the recording has no time: '" + p.strip() + "'");
        blank(masked, missing.get()[0], missing.get()[1]);
      }
    }
    String q = new String(masked);
    // Below a group heading a trailing "(ana, Bo)" names the item's owners even when nobody
    // listed them as present ("**inline assembly (Ana, bo)**" under "Shepherded items").
    TitleSplit split =
        groupLevel > 0 && h.level() > groupLevel
            ? TitleSplit.ofGroupItem(q, known)
            : TitleSplit.of(q, known);
    if (split.presenters().isEmpty()) {
      TitleSplit named = TitleSplit.ofTrailingNames(q, known); // "Roadmap for 3.0 (Kit Lu)"
      if (!named.presenters().isEmpty()) split = named;
    }
    String title = tidyTitle(q.substring(split.titleBegin(), split.titleEnd()));
    if (title.isEmpty()) title = tidyTitle(q);
    // "### 2. Quadlet for desktop users", "## #topic Release plan": the outline's number and
    // the meeting bot's marker are no part of the title
    title = HEADING_NUMBER.matcher(title).replaceFirst("");
    title = MEETBOT_TOPIC.matcher(title).replaceFirst("");
    SourceRange titleRange = h.range();
    current = new SectionBuilder(sections.size() + 1, h.level(), title, titleRange);
    current.underGroup = groupLevel > 0 && h.level() > groupLevel;
    current.offset = offset;
    // an item by its reference or "Link:" line (an offset or a presenter speak for themselves)
    current.item = offset == null && split.presenters().isEmpty() && isItem(at);
    if (current.item) {
      seen.add(
          LayoutSignal.ITEM_REFERENCE.in(p)
              ? LayoutSignal.ITEM_REFERENCE
              : LayoutSignal.ITEM_LINK_LINE);
    }
    seen.add(LayoutSignal.TALK_HEADING);
    if (f.isPresent()) seen.add(LayoutSignal.TALK_OFFSET);
    else if (offset != null) seen.add(LayoutSignal.TALK_LINKED_OFFSET);
    if (!split.presenters().isEmpty()) seen.add(LayoutSignal.PRESENTER_ON_HEADING);
    for (PersonNames.Part n : split.presenters()) current.presenters.add(nameRef(it, n, line));
    it.links().stream()
        .filter(l -> RecordingOffset.fromLink(l.text(), l.url()) == null)
        .forEach(l -> current.link(l.text(), l.url()));
    segment(SegmentKind.HEADING, h.range(), current.index, null);
  }

  /** The first link that is an offset into a video ("[12:34](https://youtu.be/x?t=754)"). */
  private static InlineText.LinkRef linkedOffset(InlineText it) {
    for (InlineText.LinkRef l : it.links()) {
      if (RecordingOffset.fromLink(l.text(), l.url()) != null) return l;
    }
    return null;
  }

  /** Nothing but a linked offset and separators. */
  private static boolean isOnlyLinkedOffset(InlineText it, String p) {
    InlineText.LinkRef l = linkedOffset(it);
    if (l == null) return false;
    String rest = it.plain().substring(0, l.plainBegin()) + it.plain().substring(l.plainEnd());
    return rest.replaceAll("[()*\\s:–—-]", "").isEmpty();
  }

  private static void blank(char[] s, int b, int e) {
    for (int i = b; i < e; i++) s[i] = ' ';
  }

  static String tidyTitle(String s) {
    String t = WHITESPACE.matcher(s.replace("~~", "")).replaceAll(" ").strip();
    return TITLE_EDGES.matcher(t).replaceAll("").strip();
  }

  /** The open section was no agenda item: its text becomes text of the meeting. */
  private void dropCurrentSection() {
    for (int k = segments.size() - 1;
        k >= 0 && segments.get(k).sectionIndex() == current.index;
        k--) {
      TextSegment t = segments.get(k);
      segments.set(k, new TextSegment(t.kind(), t.range(), 0, t.speaker()));
    }
    current = null;
  }

  private void closeSection() {
    if (current != null && current.isEmpty()) {
      // "## P-critical issues" / "None.": a heading with nothing under it and nobody presenting
      // it was not an agenda item of this meeting; its heading stays text of the meeting.
      seen.add(LayoutSignal.EMPTY_SECTION);
      dropCurrentSection();
    }
    if (current != null) {
      sections.add(current);
      current = null;
    }
    java.util.Arrays.fill(labels, null);
  }

  // ---- paragraphs and list items ----

  /** A paragraph that is one bold caption: "**From the chat** (copied by Ana)", "**Links**". */
  private static final java.util.regex.Pattern BOLD_CAPTION =
      java.util.regex.Pattern.compile(
          "\\s*\\*\\*[^*\\n]{1,60}\\*\\*[ \\t]*(?:\\([^)\\n]{0,60}\\))?[ \\t]*:?\\s*");

  private void paragraph(Block.Paragraph b) {
    SourceRange r = b.range();
    tasksFollow = false;
    // "Demos:" then its list: the prose after the list is no longer the list's
    if (captionedList && at > 0 && blocks.get(at - 1) instanceof Block.Item) {
      agendaItems = false;
      captionedList = false;
    }
    if (chapterList(r)) return; // a video description's chapters pasted as a paragraph
    if (!logSection && bracketedChat(r)) return;
    if (logSection && transcriptParagraphs(r)) return;
    if (logSection && unfencedLog(r)) return;
    if (logSection && labelledTurn(r)) return; // one "**Name:** text" turn per paragraph
    if (speakerTurns(r) || exportParagraph(r)) return;
    if (actionLevel > 0
        && (reviewList || BOLD_CAPTION.matcher(r.of(text)).matches())
        && !isTaskCaption(inline(r).plain())) {
      // "**From the chat** (copied by Ana)" after the next steps: a part of its own; and the
      // review of earlier tasks is its list alone
      actionLevel = 0;
      reviewList = false;
    }
    if (isTable(r) && actionLevel > 0 && actionTable(r)) return;
    if (isTable(r) && agendaTable(r)) return;
    if (boldTopic(r)) return;
    if (r.line() == lines.lineOf(Math.max(r.begin(), r.end() - 1))) {
      paragraphPart(r);
      String caption = inline(r).plain();
      // "Follow-ups" right over its list needs no colon
      tasksFollow =
          isTaskCaption(caption)
              || Roles.ACTION_HEADING.matcher(caption.strip()).matches()
                  && at + 1 < blocks.size()
                  && blocks.get(at + 1) instanceof Block.Item;
      return;
    }
    // Several lines: any of them may be a structural line ("Meeting start ..." under the
    // recording link) or its own topic; the rest stay together as prose.
    int proseBegin = -1;
    for (int line = r.line(); line <= lines.lineOf(r.end() - 1); line++) {
      int lb = Math.max(r.begin(), lines.lineStart(line));
      int le = Math.min(r.end(), lines.lineEnd(line, text));
      if (le <= lb) continue;
      InlineText it = inline(lb, le);
      String p = it.plain().strip();
      if (isTaskCaption(p)) { // "Next Steps:" on its own line: the lines below are the tasks
        if (proseBegin >= 0) paragraphPart(lines.range(proseBegin, lastEnd(lb)));
        proseBegin = -1;
        paragraphPart(lines.range(lb, MarkdownBlocks.trimEnd(text, lb, le)));
        tasksFollow = true;
        continue;
      }
      boolean own =
          tasksFollow
              || mode != Mode.NONE
              || p.length() < 300
                  && (Roles.START.matcher(p).find()
                      || Roles.END.matcher(p).find()
                      || Roles.RECORDING.matcher(p).find()
                          && !it.links().isEmpty()
                          && recording == null
                          && RecordingOffset.find(p).isEmpty()
                      || Roles.NEXT_MEETING.matcher(p).find()
                      || isCaption(p)
                      || isTask(p));
      if (own) {
        if (proseBegin >= 0) paragraphPart(lines.range(proseBegin, lastEnd(lb)));
        proseBegin = -1;
        paragraphPart(lines.range(lb, MarkdownBlocks.trimEnd(text, lb, le)));
      } else if (proseBegin < 0) {
        proseBegin = lb;
      }
    }
    if (proseBegin >= 0) paragraphPart(lines.range(proseBegin, r.end()));
  }

  /** "Next steps:", "Action items:" alone on a line: a caption over tasks. */
  private static boolean isTaskCaption(String p) {
    String t = p.strip();
    return t.endsWith(":") && t.length() < 40 && Roles.ACTION_HEADING.matcher(t).matches();
  }

  /** The last "### 00:14:05" mark of a transcript tab: when its turns were said. */
  private java.time.Duration stamp;

  /** "**Ana Ruiz:** text" (the colon inside or outside the bold) or "Ana Ruiz: text". */
  private static final java.util.regex.Pattern LABELLED_TURN =
      java.util.regex.Pattern.compile(
          "^(\\*\\*)?([^*:\\n]{2,60}?)(?::\\*\\*|\\*\\*:|:)[ \\t]+(?=\\S)");

  /**
   * One turn of a transcript tab written as Markdown paragraphs, each "**Name:** text" (Gemini
   * notes): the log readers need several lines to trust a layout, so a paragraph under a transcript
   * caption is read as one turn here. The name must read as a name ({@link SpeakerLabel}).
   */
  private boolean labelledTurn(SourceRange r) {
    if (!Roles.TRANSCRIPT_CAPTION.matcher(caption).find()) return false;
    java.util.regex.Matcher m = LABELLED_TURN.matcher(text).region(r.begin(), r.end());
    if (!m.lookingAt() || (m.group(1) == null) != !m.group(0).contains("**")) return false;
    NameRef who = SpeakerLabel.parse(text, m.start(2), m.end(2), r.line(), true);
    if (who == null || unnamed(who)) return false;
    SourceRange said = new SourceRange(r.line(), m.end(), r.end());
    String words = inline(said).plain().strip();
    if (words.isEmpty()) return false;
    transcript.add(new Utterance(who, stamp, words, r));
    segments.add(
        new TextSegment(
            SegmentKind.TRANSCRIPT, said, current == null ? 0 : current.index, who.name()));
    return true;
  }

  /** "Ruth Abara 0:03" heading a paragraph of speech (Otter, Teams exports, unfenced). */
  private static final java.util.regex.Pattern SPEAKER_STAMP =
      java.util.regex.Pattern.compile("^\\S.{0,79}?(?: {2,}|\\t)\\d{1,2}:\\d{2}(?::\\d{2})?\\s*$");

  /**
   * A run of paragraphs each headed "Name 0:03" is a transcript pasted without a fence: read as one
   * block (the readers need more than one turn to trust a layout).
   */
  private boolean speakerTurns(SourceRange r) {
    if (!SPEAKER_STAMP.matcher(firstLine(r)).matches()) return false;
    int j = at;
    while (j < blocks.size()
        && blocks.get(j) instanceof Block.Paragraph q
        && SPEAKER_STAMP.matcher(firstLine(q.range())).matches()) {
      j++;
    }
    if (j - at < 2) return false;
    int end = blocks.get(j - 1).range().end();
    LogBlock log = logs.parse(text, r.begin(), end, r.line(), "Transcript", diag);
    if (log.kind() != LogBlock.Kind.TRANSCRIPT) return false;
    takeLog(log, new SourceRange(r.line(), r.begin(), end));
    for (int k = at + 1; k < j; k++) consumed.set(k);
    seen.add(LayoutSignal.SPEAKER_STAMP_TURNS);
    return true;
  }

  private String firstLine(SourceRange r) {
    int le = Math.min(r.end(), lines.lineEnd(r.line(), text));
    return text.substring(r.begin(), Math.max(r.begin(), le));
  }

  /**
   * The paragraphs a meeting tool writes: its title and date lines, its captions and footer, the
   * task lines under "Next steps", the topics under "Summary". True when handled.
   */
  private boolean exportParagraph(SourceRange r) {
    InlineText it = inline(r);
    String p = it.plain().strip();
    if (p.isEmpty()) return false;
    int first = r.line();
    int last = lines.lineOf(Math.max(r.begin(), r.end() - 1));
    if (summary && LayoutSignal.SUMMARY_FOOTER.in(p)) {
      seen.add(LayoutSignal.SUMMARY_FOOTER);
      return true;
    }
    boolean opening = title == null && current == null && sections.isEmpty();
    if (opening && last > first && time.headingDate == null) { // "Finch Sync" over its date line
      SourceRange second = lineRange(r, first + 1);
      String p2 = inline(second).plain().strip();
      Optional<DateText.Found> d = DateText.find(p2);
      String name = tidyTitle(inline(lineRange(r, first)).plain());
      if (d.isPresent() && isDateLine(p2, d.get()) && !name.isEmpty() && name.length() < 120) {
        title = name;
        time.dateLine(p2, first + 1, d.get(), diag);
        seen.add(LayoutSignal.SUMMARY_TITLE_LINE);
        return true;
      }
    }
    if (first == last && LayoutSignal.SUMMARY_TITLE_LINE.in(p)) {
      java.util.regex.Matcher m = SummaryWords.TITLE_LINE.matcher(p);
      if (m.matches()) {
        String name = m.group(1);
        Optional<DateText.Found> d = DateText.find(name);
        if (d.isPresent()) {
          if (time.headingDate == null) time.dateLine(p, first, d.get(), diag);
          name = name.substring(0, d.get().begin()) + " " + name.substring(d.get().end());
        }
        name = tidyTitle(name.replaceAll("\\(\\s*\\)|[\\[(]\\s*$", ""));
        if (!name.isEmpty()) {
          title = name;
          seen.add(LayoutSignal.SUMMARY_TITLE_LINE);
          return true;
        }
      }
    }
    if (first == last && time.headingDate == null && current == null && sections.isEmpty()) {
      Optional<DateText.Found> d = DateText.find(p);
      if (d.isPresent() && isDateLine(p, d.get())) { // "Feb 11, 2025" under the title
        time.dateLine(p, first, d.get(), diag);
        seen.add(LayoutSignal.DATE_LINE);
        return true;
      }
    }
    if (summary && first == last && p.length() < 60 && summaryCaption(p, r, 99)) return true;
    if (actionParagraph) {
      seen.add(LayoutSignal.ACTION_PARAGRAPH);
      for (int line = first; line <= last; line++) {
        SourceRange lr = lineRange(r, line);
        if (lr.length() == 0 || inline(lr).plain().isBlank()) continue;
        action(inline(lr), lr);
      }
      segment(SegmentKind.PROSE, r, current == null ? 0 : current.index, null);
      return true;
    }
    if (summaryTopics && last > first) return topicParagraph(r, first);
    return false;
  }

  /** "CI Dashboard" over "Marcus walked us through ...": a topic of a summary written as text. */
  private boolean topicParagraph(SourceRange r, int first) {
    SourceRange head = lineRange(r, first);
    String t = tidyTitle(inline(head).plain());
    String[] words = WHITESPACE.split(t);
    if (t.isEmpty()
        || words.length > 10
        || ".!?:;,".indexOf(t.charAt(t.length() - 1)) >= 0
        || !(Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)))) {
      return false;
    }
    closeSection();
    current = new SectionBuilder(sections.size() + 1, 7, t, head);
    current.fromListItem = true;
    seen.add(LayoutSignal.SUMMARY_TOPIC_PARAGRAPH);
    SourceRange body = new SourceRange(first + 1, lines.lineStart(first + 1), r.end());
    InlineText bt = inline(body);
    List<NameRef> who = SummaryPresenter.find(bt, 0, known, first + 1);
    if (!who.isEmpty()) seen.add(LayoutSignal.PRESENTER_IN_SUMMARY);
    current.presenters.addAll(who);
    segment(SegmentKind.HEADING, head, current.index, null);
    segment(SegmentKind.PROSE, body, current.index, null);
    return true;
  }

  /** Line {@code line} of paragraph {@code r}, without its line break. */
  private SourceRange lineRange(SourceRange r, int line) {
    int lb = Math.max(r.begin(), lines.lineStart(line));
    int le = Math.min(r.end(), lines.lineEnd(line, text));
    return new SourceRange(line, lb, Math.max(lb, MarkdownBlocks.trimEnd(text, lb, le)));
  }

  private int lastEnd(int nextLineBegin) {
    return MarkdownBlocks.trimEnd(text, 0, nextLineBegin);
  }

  private void paragraphPart(SourceRange range) {
    InlineText it = inline(range);
    String p = it.plain().strip();
    int line = range.line();
    if (p.isEmpty()) return;
    if (isTask(p) || tasksFollow) action(it, range);
    else tasksInLine(it, p, range);
    if (p.length() < 300 && structural(p, it, line, 99, false)) return;
    if (time.headingDate == null && LayoutSignal.DATE_FIELD.in(p)) {
      Optional<DateText.Found> d = DateText.find(p);
      if (d.isPresent()) {
        seen.add(LayoutSignal.DATE_FIELD);
        time.dateLine(p, line, d.get(), diag);
        return;
      }
    }
    if (mode != Mode.NEXT_TOPICS
        && (AgendaList.isCaption(p) || AgendaList.closesWithCaption(p))
        && listIsMinutes(at)) { // "Agenda:", "Hi all, triage is starting. Agenda:"
      closeSection();
      mode = Mode.NONE;
      agendaItems = true;
      captionedList = true;
      seen.add(LayoutSignal.AGENDA_ITEM_LIST);
      segment(SegmentKind.PROSE, range, 0, null);
      return;
    }
    if (mode == Mode.NEXT_TOPICS || mode == Mode.PLANNED_TOPICS) {
      topic(it, range, line);
      return;
    }
    if (current != null && current.offset == null && isOnlyLinkedOffset(it, p)) {
      // "[Recording](https://youtu.be/...&t=754)" on a line of its own under the topic
      InlineText.LinkRef l = linkedOffset(it);
      current.offset = RecordingOffset.fromLink(l.text(), l.url());
      seen.add(LayoutSignal.TALK_OFFSET);
      segment(SegmentKind.PROSE, range, current.index, null);
      return;
    }
    if (current != null) offsetField(p);
    if (current != null && presenterField(it, p, line)) return;
    if (current == null) {
      segment(SegmentKind.PROSE, range, 0, null);
      return;
    }
    summaryPresenter(it, line);
    ownerFromNotes(it, p, line);
    if (current.takesQuestions() && current.hasOpenQuestion()) current.answer(p);
    if (RecordingOffset.isOnlyOffset(p) && current.offset == null) {
      RecordingOffset.find(p).ifPresent(f -> current.offset = f.offset());
      return;
    }
    demoIn(p, range);
    it.links().forEach(l -> current.link(l.text(), l.url()));
    labels[0] =
        p.endsWith(":")
            ? p.substring(0, p.length() - 1).strip()
            : WHITESPACE.split(p).length <= 4 && !p.endsWith(".") ? p : null;
    segment(SegmentKind.PROSE, range, current.index, null);
  }

  /** ". Two" after a name: the sentence the name ends. */
  private static final java.util.regex.Pattern SENTENCE_STOP =
      java.util.regex.Pattern.compile("\\.\\s+(?=\\p{Lu}\\p{Ll})");

  /** "Recording: 00:06:40", "Video: 12:30": a line of a section saying where it is in the video. */
  private static final java.util.regex.Pattern OFFSET_FIELD =
      java.util.regex.Pattern.compile(
          "(?im)^[ \\t*_]*(?:recording|video|timestamp|offset|time\\s+in\\s+(?:the\\s+)?video)"
              + "[ \\t*_]*:[ \\t*_]*(\\d{1,2}:\\d{2}(?::\\d{2})?)[ \\t]*$");

  private void offsetField(String p) {
    if (current.offset != null) return;
    java.util.regex.Matcher m = OFFSET_FIELD.matcher(p);
    if (!m.find()) return;
    String when = m.group(1);
    current.offset = ClockTimes.parseOffset(when.length() < 6 ? "00:" + when : when);
    seen.add(LayoutSignal.TALK_OFFSET);
  }

  /** "Presenter: Name", "Speakers: A and B", "Led by Name" inside a section. */
  private boolean presenterField(InlineText it, String p, int line) {
    if (asRole(it, line)) return true;
    if (!LayoutSignal.PRESENTER_FIELD.in(p)) return false;
    java.util.regex.Matcher m = Roles.PRESENTER_FIELD.matcher(p);
    m.find();
    // "Presenter: Bo Lindgren" then "Recording: 00:06:40" on the next line of the paragraph
    int end = it.plain().indexOf('\n', m.end());
    // "#info Led by Ana Ruiz. Two boards fail ...": the field ends with its sentence
    java.util.regex.Matcher stop =
        SENTENCE_STOP.matcher(it.plain()).region(m.end(), end < 0 ? it.plain().length() : end);
    if (stop.find()) end = stop.start();
    List<PersonNames.Part> names =
        PersonNames.splitList(it.plain(), m.end(), end < 0 ? it.plain().length() : end, known);
    if (names.isEmpty()) return false;
    seen.add(LayoutSignal.PRESENTER_FIELD);
    for (PersonNames.Part n : names) current.presenters.add(nameRef(it, n, line));
    return true;
  }

  private static final java.util.regex.Pattern AS_ROLE =
      java.util.regex.Pattern.compile(
          "(?i)^\\W*(.{2,60}?)\\s+(?:as|is(?:\\s+the)?)\\s+(?:the\\s+)?(?:liaison|shepherd|owner"
              + "|champion|presenter|lead|driver)s?\\W*$");
  private static final java.util.regex.Pattern OR_PIECES =
      java.util.regex.Pattern.compile("\\s*(?:,|/|&|\\bor\\s+maybe\\b|\\bor\\b|\\band\\b)\\s*");
  private static final java.util.regex.Pattern HANDLE_WORD =
      java.util.regex.Pattern.compile("@?[a-z][a-z0-9_-]{2,38}");

  /** "scottmcm as liaison", "Ana or maybe bo as shepherd": the item's owners. */
  private boolean asRole(InlineText it, int line) {
    String p = it.plain();
    java.util.regex.Matcher m = AS_ROLE.matcher(p);
    if (!m.matches()) return false;
    List<NameRef> who = new ArrayList<>();
    java.util.regex.Matcher sep = OR_PIECES.matcher(p).region(m.start(1), m.end(1));
    int from = m.start(1);
    List<int[]> spans = new ArrayList<>();
    while (sep.find()) {
      spans.add(new int[] {from, sep.start()});
      from = sep.end();
    }
    spans.add(new int[] {from, m.end(1)});
    for (int[] sp : spans) {
      String piece = p.substring(sp[0], sp[1]).strip();
      if (piece.isEmpty()) continue;
      int b = p.indexOf(piece, sp[0]);
      boolean handle = HANDLE_WORD.matcher(piece).matches();
      if (!handle
          && !PersonNames.looksLikeName(piece, known)
          && !(piece.indexOf(' ') < 0 && Character.isUpperCase(piece.charAt(0)))) {
        return false;
      }
      String name = piece.startsWith("@") ? piece.substring(1) : piece;
      int nb = piece.startsWith("@") ? b + 1 : b;
      who.add(
          new NameRef(name, handle ? name : null, null, it.range(nb, nb + name.length(), line)));
    }
    if (who.isEmpty()) return false;
    seen.add(LayoutSignal.PRESENTER_FIELD);
    current.presenters.addAll(who);
    return true;
  }

  /**
   * "Review outstanding action items", "Open items from previous meetings": the tasks of earlier
   * meetings, each as it stands now; only the list right below is theirs ({@link #reviewList}).
   */
  private static final java.util.regex.Pattern ACTION_REVIEW =
      java.util.regex.Pattern.compile(
          "(?i)^\\W*(?:review\\s+(?:of\\s+)?(?:the\\s+)?(?:outstanding|open)\\s+action\\s+items"
              + "|(?:open|outstanding)\\s+(?:action\\s+)?items\\s+from\\s+(?:the\\s+)?(?:previous|last"
              + "|earlier|prior)\\s+meetings?|action\\s+items\\s+from\\s+(?:the\\s+)?(?:previous|last"
              + "|earlier|prior)\\s+meetings?)\\W*$");

  /** The action section is a review of earlier tasks: it ends with its list. */
  private boolean reviewList;

  private void item(Block.Item b) {
    InlineText it = inline(b.range());
    String p = it.plain().strip();
    int line = b.range().line();
    if (chapterItems(b)) return;
    if (actionLevel > 0 && isBareLink(it, p)) { // "[Action items list](https://...)"
      segment(SegmentKind.LIST_ITEM, b.range(), 0, null);
      return;
    }
    boolean task =
        !p.isEmpty() && ((actionLevel > 0 || tasksFollow) && b.depth() == 0 || isTask(p));
    if (task) {
      action(it, b.range());
    } else if (!p.isEmpty()) {
      tasksInLine(it, p, b.range());
    }
    if (time.headingDate == null && LayoutSignal.DATE_FIELD.in(p)) { // "- Date: 2019.10.17"
      Optional<DateText.Found> d = DateText.find(p);
      if (d.isPresent()) {
        seen.add(LayoutSignal.DATE_FIELD);
        time.dateLine(p, line, d.get(), diag);
        return;
      }
    }
    if (mode == Mode.NEXT_TOPICS || mode == Mode.PLANNED_TOPICS) {
      if (b.depth() == 0 && !p.isEmpty()) topic(it, b.range(), line);
      else if (!p.isEmpty()) segment(SegmentKind.LIST_ITEM, b.range(), 0, null);
      return;
    }
    if (p.isEmpty()) return;
    if (b.depth() == 0) nestedAgenda = false;
    if (b.depth() == 0
        && actionLevel == 0
        && (current == null || current.fromListItem)
        && NESTED_AGENDA.matcher(p).matches()
        && at + 1 < blocks.size()
        && blocks.get(at + 1) instanceof Block.Item first
        && first.depth() == 1) { // "- Agenda:" over "  - [Ana Ruiz] Snapshot GA plan"
      closeSection();
      nestedAgenda = true;
      seen.add(LayoutSignal.AGENDA_ITEM_LIST);
      segment(SegmentKind.LIST_ITEM, b.range(), 0, null);
      return;
    }
    if (nestedAgenda && b.depth() == 1 && actionLevel == 0) {
      if (current != null && current.fromListItem) closeSection();
      if (current == null && agendaItem(it, b)) return;
    }
    if (summaryTopics && b.depth() == 0 && actionLevel == 0 && summaryItem(it, b)) return;
    if (agendaItems && b.depth() == 0 && actionLevel == 0) {
      if (current != null && current.fromListItem) closeSection();
      if (current == null && agendaItem(it, b)) return;
    } else if (listTalks && b.depth() == 0) {
      if (current != null && current.fromListItem) closeSection();
      if (current == null && listTalk(it, b)) return;
    }
    if (current == null) {
      segment(SegmentKind.LIST_ITEM, b.range(), 0, null);
      return;
    }
    summaryPresenter(it, line);
    if (presenterField(it, p, line)) {
      segment(SegmentKind.LIST_ITEM, b.range(), current.index, null);
      return;
    }
    ownerFromNotes(it, p, line);
    if (RecordingOffset.isOnlyOffset(p) && current.offset == null) { // "- (14:08 in the video)"
      RecordingOffset.find(p).ifPresent(f -> current.offset = f.offset());
      if (current.offset != null) return;
    }
    it.links().forEach(l -> current.link(l.text(), l.url()));
    demoIn(p, b.range());
    boolean question =
        current.takesQuestions()
            && b.depth() == 0
            && (p.contains("?")
                || b.ordered() && current.kind() == AgendaSection.SectionKind.QUESTIONS);
    if (question) {
      questionItem(it, p, b.range());
    } else if (current.takesQuestions() && current.hasOpenQuestion()) {
      current.answer(p);
    } else if (!task) { // "AI: Bo to update the KEP" under a topic is its task, not its content
      int d = Math.min(b.depth(), labels.length - 2);
      String label = d == 0 ? labels[0] : labels[d];
      current.items.add(new ListItem(p, b.depth(), label, b.range()));
      labels[d + 1] = p.endsWith(":") ? p.substring(0, p.length() - 1).strip() : p;
    }
    segment(SegmentKind.LIST_ITEM, b.range(), current.index, null);
  }

  /** "(00:14:05)" closing a summary's topic: where it starts in the recording. */
  private static final java.util.regex.Pattern TIME_MARK =
      java.util.regex.Pattern.compile("\\(\\s*(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*\\)\\W*$");

  /**
   * "(at 02:41)" inside a summary's topic: the tool's own mark of where in the recording the topic
   * is taken up, wherever in the prose it stands (the first one counts).
   */
  private static final java.util.regex.Pattern AT_MARK =
      java.util.regex.Pattern.compile("\\(\\s*at\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*\\)");

  /** "* **Helm chart demo**: Bo presented ..." (the colon inside or after the bold). */
  private static final java.util.regex.Pattern BOLD_LABEL =
      java.util.regex.Pattern.compile(
          "^\\s*(?:(?:[-*+]|\\d{1,2}[.)])\\s+)?(?:\\[[ xX]]\\s+)?\\*\\*([^*\\n]{2,120}?)\\s*:?\\s*\\*\\*\\s*:");

  /**
   * "**Topic**: Name presented ... ([00:12:34](link))" under a summary's topic caption: a talk, its
   * presenter the subject the prose opens with, its offset the time mark.
   */
  private boolean summaryItem(InlineText it, Block.Item b) {
    java.util.regex.Matcher m = BOLD_LABEL.matcher(b.range().of(text));
    if (!m.lookingAt()) return false;
    String label = tidyTitle(m.group(1));
    String p = it.plain();
    int ti = p.indexOf(label);
    if (label.isEmpty() || ti < 0) return false;
    int from = ti + label.length();
    while (from < p.length() && (p.charAt(from) == ':' || Character.isWhitespace(p.charAt(from)))) {
      from++;
    }
    int line = b.range().line();
    closeSection();
    current = new SectionBuilder(sections.size() + 1, 7, label, b.range());
    current.fromListItem = true;
    seen.add(LayoutSignal.SUMMARY_TOPIC_ITEM);
    List<NameRef> who = SummaryPresenter.find(it, from, known, line);
    if (!who.isEmpty()) seen.add(LayoutSignal.PRESENTER_IN_SUMMARY);
    current.presenters.addAll(who);
    InlineText.LinkRef l = linkedOffset(it);
    java.util.regex.Matcher mark = TIME_MARK.matcher(p);
    if (!mark.find(from)) mark = AT_MARK.matcher(p);
    mark.region(from, p.length());
    if (l != null) {
      current.offset = RecordingOffset.fromLink(l.text(), l.url());
      seen.add(LayoutSignal.TALK_LINKED_OFFSET);
    } else if (mark.find() && mark.start() >= from) {
      // the tool marks where in the recording the topic starts ("(00:14:05)", linked to it)
      String stamp = mark.group(1);
      current.offset = ClockTimes.parseOffset(stamp.length() < 6 ? "00:" + stamp : stamp);
      if (current.offset != null) seen.add(LayoutSignal.TALK_OFFSET);
    }
    it.links().stream()
        .filter(k -> RecordingOffset.fromLink(k.text(), k.url()) == null)
        .forEach(k -> current.link(k.text(), k.url()));
    segment(SegmentKind.LIST_ITEM, b.range(), current.index, null);
    return true;
  }

  /**
   * In a generated summary, the first text under a topic heading names who brought it ("Grace
   * explained the plan ...", "Tomás shared an update on ...").
   */
  private void summaryPresenter(InlineText it, int line) {
    if (!summary || current == null || !current.presenters.isEmpty() || current.content) return;
    List<NameRef> who = SummaryPresenter.find(it, 0, known, line);
    if (who.isEmpty()) return;
    current.presenters.addAll(who);
    seen.add(LayoutSignal.PRESENTER_IN_SUMMARY);
  }

  private static final java.util.regex.Pattern NAME_TOPIC =
      java.util.regex.Pattern.compile(
          "^\\W*@?([\\p{L}][\\p{L}\\p{N}_.\\-]*(?:\\s[\\p{L}][\\p{L}.\\-]*)?)"
              + "\\s*:\\s+(\\S.*)$");

  /**
   * "Ana: ~const stuff" under announcements or a group heading: a short topic someone present
   * brought, a talk of its own (its sub-items are its notes). A sentence after the colon is an
   * announcement, not a topic.
   */
  private boolean listTalk(InlineText it, Block.Item b) {
    String p = it.plain();
    java.util.regex.Matcher m = NAME_TOPIC.matcher(p);
    if (!m.matches()) return false;
    String who = m.group(1);
    String topic = m.group(2).strip();
    if (!known.contains(who.toLowerCase(java.util.Locale.ROOT))
        && !PersonNames.looksLikeName(who, known)) {
      return false;
    }
    if (WHITESPACE.split(topic).length > 8 || topic.endsWith(".")) return false;
    int line = b.range().line();
    current = new SectionBuilder(sections.size() + 1, 7, tidyTitle(topic), b.range());
    current.fromListItem = true;
    current.presenters.add(new NameRef(who, null, null, it.range(m.start(1), m.end(1), line)));
    seen.add(LayoutSignal.PRESENTER_LIST_ITEM);
    segment(SegmentKind.LIST_ITEM, b.range(), current.index, null);
    return true;
  }

  /**
   * A top-level item of the minutes' agenda list: a talk with its title, its owner ("[Ana] Title",
   * "Title (Ana Ruiz)", "Title - Ana", "Ana: Title", "Title (nick, 15:04)") and its links; the
   * nested items below it are its notes. Tasks, "Roll call"-like housekeeping and bare links are
   * not talks.
   */
  private boolean agendaItem(InlineText it, Block.Item b) {
    String p = it.plain().strip();
    if (isTask(p) || Roles.NOTHING.matcher(p).matches()) return false;
    ItemPresenter read = ItemPresenter.read(it, known);
    String t = read.title();
    if (t.length() < 2 || AgendaList.isHousekeeping(t) || isBareLink(it, t)) return false;
    int line = b.range().line();
    java.time.Duration offset = null;
    java.util.regex.Matcher stamp = LEADING_POSITION.matcher(t);
    if (stamp.lookingAt() && stamp.end() < t.length()) {
      offset = ClockTimes.parseOffset(stamp.group(1)); // "00:09:10 Search index rewrite"
      t = t.substring(stamp.end());
    }
    current = new SectionBuilder(sections.size() + 1, 7, t, b.range());
    current.fromListItem = true;
    if (offset != null) {
      current.offset = offset;
      seen.add(LayoutSignal.TALK_OFFSET);
    }
    for (PersonNames.Part n : read.presenters()) current.presenters.add(nameRef(it, n, line));
    read.links().forEach(l -> current.link(l.text(), l.url()));
    seen.add(LayoutSignal.TALK_LIST_ITEM);
    if (!read.presenters().isEmpty()) seen.add(LayoutSignal.PRESENTER_IN_ITEM);
    if (read.duration()) seen.add(LayoutSignal.ITEM_DURATION);
    segment(SegmentKind.LIST_ITEM, b.range(), current.index, null);
    return true;
  }

  /**
   * "00:09:10 " opening an agenda item: a position in hours, minutes and seconds is the recording's
   * (a wall clock says "10:30" or "10:30 UTC"); the item's talk starts there.
   */
  private static final java.util.regex.Pattern LEADING_POSITION =
      java.util.regex.Pattern.compile("(\\d{1,2}:\\d{2}:\\d{2})\\s*[-–—|·]?\\s+");

  /** "https://...", "[Design doc](...)": the item is a link, not a topic. */
  private static boolean isBareLink(InlineText it, String title) {
    if (title.matches("(?i)^(?:https?://|www\\.)\\S+$")) return true;
    for (InlineText.LinkRef l : it.links()) {
      if (tidyTitle(l.text()).equals(title) && WHITESPACE.split(title).length <= 3) return true;
    }
    return false;
  }

  private void questionItem(InlineText it, String p, SourceRange range) {
    int q = p.indexOf('?');
    String question = q >= 0 ? p.substring(0, q + 1) : p;
    String rest = q >= 0 ? p.substring(q + 1).strip() : "";
    NameRef asker = null;
    java.util.regex.Matcher m = ASKER.matcher(rest);
    if (m.find()) {
      String who = m.group(1).strip();
      int at = it.plain().indexOf(who, it.plain().indexOf(rest));
      if (at >= 0)
        asker = new NameRef(who, null, null, it.range(at, at + who.length(), range.line()));
      rest = rest.substring(m.end()).strip();
    }
    current.question(WHITESPACE.matcher(question).replaceAll(" "), asker, rest, range);
  }

  /** A task line by its own words, or a person present taking a task ("Ana to ..."). */
  private boolean isTask(String p) {
    return ActionItems.isTaskLine(p)
        || ActionItems.isNamedTask(p, speakers)
        || !agendaItems && mode != Mode.PLANNED_TOPICS && ActionItems.isUnownedBox(p);
  }

  /**
   * Tasks inside a line that is not one by itself: a speaker's own commitment ("niko: I'll take a
   * look") or a later sentence giving someone a task ("We could not tell. Mark to unnominate it.").
   */
  private void tasksInLine(InlineText it, String p, SourceRange range) {
    if (logSection || isTask(p)) return;
    Optional<int[]> turn = ItemOwner.speaker(p);
    if (turn.isPresent()
        && speakers.contains(
            p.substring(turn.get()[0], turn.get()[1]).toLowerCase(java.util.Locale.ROOT))) {
      List<ActionItem> taken = ActionItems.turnCommitments(it, range, turn.get()[0], turn.get()[1]);
      if (!taken.isEmpty()) {
        actions.addAll(taken);
        seen.add(LayoutSignal.ACTION_TURN);
        return;
      }
    }
    String raw = range.of(text);
    java.util.regex.Matcher m = SENTENCE_START.matcher(raw);
    while (m.find()) {
      int b = range.begin() + m.end();
      int e = range.begin() + sentenceEnd(raw, m.end());
      InlineText one = inline(b, e);
      if (!ActionItems.isNamedTask(one.plain(), speakers)) continue;
      ActionItem a = ActionItems.read(one, lines.range(b, e), speakers);
      if (a != null && !a.agents().isEmpty()) {
        actions.add(a);
        seen.add(LayoutSignal.ACTION_TURN);
      }
    }
  }

  /** Where a later sentence of a line starts: after ". ", "! ", "? ". */
  private static final java.util.regex.Pattern SENTENCE_START =
      java.util.regex.Pattern.compile("(?<=[.!?])\\s+(?=\\S)");

  private static int sentenceEnd(String raw, int from) {
    java.util.regex.Matcher m = SENTENCE_START.matcher(raw);
    return m.find(from) ? m.start() : raw.length();
  }

  /**
   * Who an action's agent is, for telling two records of one task apart from two tasks: the
   * attendee whose handle the agent is written as ("@blind" is Bo Lindgren (@blind)), else the
   * name.
   */
  private java.util.function.Function<NameRef, String> agentKey() {
    Map<String, String> byHandle = new java.util.HashMap<>();
    for (NameRef a : attendees) {
      if (a.handle() != null) {
        byHandle.putIfAbsent(a.handle().toLowerCase(java.util.Locale.ROOT), a.name());
      }
    }
    return n -> {
      String key = n.handle() != null ? n.handle() : n.name();
      String name = byHandle.getOrDefault(key.toLowerCase(java.util.Locale.ROOT), n.name());
      return name.toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** The ranges of tasks a meeting bot stamped "(nick, 16:09:12)". */
  private final Set<SourceRange> botStamped = new HashSet<>();

  private void action(InlineText it, SourceRange range) {
    if (restatedTasks) return;
    if (ActionItems.botStamped(it.plain())) botStamped.add(range);
    if (actionLevel == 0) seen.add(LayoutSignal.ACTION_LINE);
    // a summarising tool's task lines ("[Ana] Label: task", "task (Ana)") have forms of their own
    ActionItem a =
        summary ? FollowUpTask.read(it, range, known) : ActionItems.read(it, range, known);
    if (summary && (a == null || a.agents().isEmpty())) {
      // the hand-written part of a note around a generated summary: "- [ ] Kim: review the doc"
      ActionItem own = ActionItems.read(it, range, known);
      if (own != null && !own.agents().isEmpty()) a = own;
    }
    if (a != null) actions.add(a);
  }

  private void demoIn(String p, SourceRange range) {
    if (!p.toLowerCase(java.util.Locale.ROOT).contains("demo")) return;
    RecordingOffset.find(p).ifPresent(f -> current.demos.add(new Demo(f.offset(), range)));
  }

  private void topic(InlineText it, SourceRange range, int line) {
    String p = it.plain().strip();
    if (Roles.NOTHING.matcher(p).matches()) return;
    if (p.startsWith("[")) { // "[x] [@ana] Topic ([recording](...&t=95s))": box, owners, offset
      ItemPresenter item = ItemPresenter.read(it, known);
      if (!item.presenters().isEmpty() && !item.title().isEmpty()) {
        List<NameRef> owners = new ArrayList<>();
        for (PersonNames.Part n : item.presenters()) owners.add(nameRef(it, n, line));
        Topic topic = new Topic(item.title(), owners, range);
        (mode == Mode.PLANNED_TOPICS ? planned : next).add(topic);
        InlineText.LinkRef offset = linkedOffset(it);
        if (offset != null)
          plannedOffsets.put(topic, RecordingOffset.fromLink(offset.text(), offset.url()));
        segment(SegmentKind.LIST_ITEM, range, 0, null);
        return;
      }
    }
    String body = TOPIC_PREFIX.matcher(p).replaceFirst("");
    int shift = it.plain().indexOf(body);
    TitleSplit split =
        TitleSplit.lenient(PersonNames.unmention(it.plain()), Math.max(0, shift), known);
    List<NameRef> proposers = new ArrayList<>();
    for (PersonNames.Part n : split.presenters()) proposers.add(nameRef(it, n, line));
    String t =
        ItemPresenter.withoutDuration(
            tidyTitle(it.plain().substring(Math.max(0, shift), split.titleEnd())));
    Topic topic = new Topic(t.isEmpty() ? tidyTitle(body) : t, proposers, range);
    (mode == Mode.PLANNED_TOPICS ? planned : next).add(topic);
    segment(SegmentKind.LIST_ITEM, range, 0, null);
  }

  private void nextMeeting(String p, InlineText it, int line) {
    Optional<DateText.Found> d = DateText.find(p);
    if (d.isEmpty()) return;
    String rest = p.substring(d.get().end());
    LocalTime t = TimeText.find(rest).map(TimeText.Found::time).orElse(LocalTime.MIDNIGHT);
    ZoneOffset stated = TimeText.offset(rest).orElse(null);
    String series = null;
    java.util.regex.Matcher m = NEXT_SERIES.matcher(p);
    if (m.find()) series = m.group(1);
    LocalDate date = d.get().date();
    ZoneOffset off = stated != null ? stated : zone.getRules().getOffset(date.atTime(t));
    nextMeetings.add(
        new NextMeeting(
            series, OffsetDateTime.of(date, t, off), it.range(0, it.plain().length(), line)));
  }

  private List<NextMeeting> resolveNext(MeetingTime when) {
    return nextMeetings;
  }

  // ---- fenced blocks ----

  /** A chat or transcript pasted without a fence under a log caption; false if it is not one. */
  /**
   * A transcript pasted as Markdown, one paragraph per turn ("[00:03:12] Ana Ruiz", the speech on
   * the next line): the run of paragraphs from {@code r} read as one log, since a single turn is
   * too short for any layout to head most of it.
   */
  private boolean transcriptParagraphs(SourceRange r) {
    int last = at;
    while (last + 1 < blocks.size() && blocks.get(last + 1) instanceof Block.Paragraph) last++;
    if (last == at) return false;
    SourceRange all = new SourceRange(r.line(), r.begin(), blocks.get(last).range().end());
    LogBlock log = logs.parse(text, all.begin(), all.end(), all.line(), caption, diag);
    if (log.kind() != LogBlock.Kind.TRANSCRIPT) return false;
    for (int c = at + 1; c <= last; c++) consumed.set(c);
    takeLog(log, all);
    return true;
  }

  /**
   * A channel export pasted as Markdown, one "[12:04] name: text" message a line, in one or more
   * paragraphs: read as one chat wherever it stands, since the form says what it is.
   */
  private boolean bracketedChat(SourceRange r) {
    if (!BracketedChatReader.isMessage(firstLine(r))) return false;
    int last = at;
    while (last + 1 < blocks.size()
        && blocks.get(last + 1) instanceof Block.Paragraph q
        && BracketedChatReader.isMessage(firstLine(q.range()))) {
      last++;
    }
    SourceRange all = new SourceRange(r.line(), r.begin(), blocks.get(last).range().end());
    LogBlock log =
        BracketedChatReader.read(LogLines.split(text, all.begin(), all.end(), all.line()), text);
    if (log == null) return false;
    for (int c = at + 1; c <= last; c++) consumed.set(c);
    seen.add(LayoutSignal.CHAT_LOG);
    takeLog(log, all);
    return true;
  }

  private boolean unfencedLog(SourceRange r) {
    LogBlock log = logs.parse(text, r.begin(), r.end(), r.line(), caption, diag);
    if (log.kind() == LogBlock.Kind.CODE) return false;
    takeLog(log, r);
    return true;
  }

  private void code(Block.Code c) {
    if (!c.closed()) {
      diag.warn(
          c.openLine(),
          "code fence is never closed; the rest of the file is read as its" + " content");
    }
    SourceRange r = c.range();
    // a fence indented under a list item is part of that item: the list goes on after it
    int fence = lines.lineStart(c.openLine());
    boolean nested =
        fence < text.length() && (text.charAt(fence) == ' ' || text.charAt(fence) == '\t');
    if (mode != Mode.NONE && !nested) enterMode(Mode.NONE, 0);
    if (r.length() == 0) return;
    if (chapterList(r)) return;
    LogBlock log = logs.parse(text, r.begin(), r.end(), r.line(), caption, diag);
    if (log.kind() == LogBlock.Kind.CODE) {
      // prose in a fence (a pasted summary, an unlabelled transcript) is text of the meeting
      if (ProseBlock.isProse(text.substring(r.begin(), r.end()))
          || Roles.TRANSCRIPT_CAPTION.matcher(caption).find()) {
        segment(SegmentKind.PROSE, r, current == null ? 0 : current.index, null);
      }
      return;
    }
    takeLog(log, r);
  }

  /**
   * A task given out loud: "ACTION: JB to check the package", or the speaker's own "I'll take the
   * action to write the notice". Only these explicit forms: a transcript is full of "I'll share my
   * screen".
   */
  private static final java.util.regex.Pattern SPOKEN_TASK =
      java.util.regex.Pattern.compile(
          "(\\bACTION(?:\\s+ITEM)?:)|\\bI(?:'ll|’ll|\\s+will|\\s+can)\\s+take\\s+(?:the|an|this|that)\\s+"
              + "(?i:action(?:\\s+item)?)\\s+to\\s+(?=\\p{Ll})");

  private void spokenTasks(Utterance u) {
    spokenTasks(u.speaker(), u.range());
  }

  private void spokenTasks(NameRef speaker, SourceRange r) {
    if (r == null || r.end() <= r.begin()) return;
    String raw = text.substring(r.begin(), r.end());
    java.util.regex.Matcher m = SPOKEN_TASK.matcher(raw);
    while (m.find()) {
      int b = r.begin() + m.start();
      int e = r.begin() + sentenceEnd(raw, m.end());
      if (m.group(1) != null) {
        ActionItem a = ActionItems.read(inline(b, e), lines.range(b, e), speakers);
        if (a != null) actions.add(a);
      } else {
        String task = inline(r.begin() + m.end(), e).plain().strip().replaceAll("[.;,]+$", "");
        if (!task.isEmpty()) {
          actions.add(new ActionItem(task, List.of(speaker), false, lines.range(b, e)));
        }
      }
      seen.add(LayoutSignal.ACTION_TURN);
    }
  }

  private void takeLog(LogBlock log, SourceRange r) {
    switch (log.kind()) {
      case CHAT -> {
        chat.addAll(log.chat());
        for (ChatMessage m : log.chat()) {
          if (!m.fromNoteTaker() && !unnamed(m.sender())) spokenTasks(m.sender(), m.range());
        }
      }
      case TRANSCRIPT -> {
        // "Speaker 1", "Unknown Speaker": a voice the tool could not name is nobody
        for (Utterance u : log.transcript()) {
          if (unnamed(u.speaker())) continue;
          transcript.add(u);
          spokenTasks(u);
        }
        for (NameRef n : log.transcriptAttendees()) {
          if (!unnamed(n)) transcriptAttendees.add(n);
        }
        String first = text.substring(r.begin(), Math.min(r.end(), lines.lineEnd(r.line(), text)));
        DateText.find(first)
            .ifPresent(
                d -> {
                  time.transcriptDate = d.date();
                  time.transcriptLine = r.line();
                });
      }
      case CODE -> {}
    }
    if (log.segments().isEmpty()) { // no turn had a speaker: still text of the meeting
      segment(SegmentKind.PROSE, r, current == null ? 0 : current.index, null);
      return;
    }
    for (TextSegment t : log.segments()) {
      boolean nobody =
          t.speaker() != null && SummaryWords.UNNAMED_SPEAKER.matcher(t.speaker()).matches();
      segments.add(nobody ? new TextSegment(t.kind(), t.range(), t.sectionIndex(), null) : t);
    }
  }

  private static boolean unnamed(NameRef n) {
    return n != null && SummaryWords.UNNAMED_SPEAKER.matcher(n.name()).matches();
  }

  // ---- helpers ----

  /**
   * The inline text of {@code [begin, end)}, computed once: attendee collection and the walk read
   * most headings and paragraphs twice.
   */
  private InlineText inline(int begin, int end) {
    return inline.computeIfAbsent(((long) begin << 32) | end, k -> InlineText.of(text, begin, end));
  }

  private InlineText inline(SourceRange range) {
    return inline(range.begin(), range.end());
  }

  private NameRef nameRef(InlineText it, PersonNames.Part n, int line) {
    return new NameRef(n.name(), n.handle(), n.organization(), it.range(n.begin(), n.end(), line));
  }

  private void segment(SegmentKind kind, SourceRange range, int section, String speaker) {
    if (range.length() == 0) return;
    if (current != null && section == current.index && kind != SegmentKind.HEADING) {
      String said = range.of(text);
      if (Roles.NOTHING.matcher(said).matches()) current.nothing = true;
      else if (!HeadingRole.LINK_LINE
          .matcher(InlineText.of(text, range.begin(), range.end()).plain())
          .find()) {
        current.content = true; // the "Link:" line only says what the item is about
      }
    }
    segments.add(new TextSegment(kind, range, section, speaker));
  }
}
