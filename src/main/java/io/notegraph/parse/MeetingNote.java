package io.notegraph.parse;

import java.util.List;
import java.util.Objects;

/**
 * Everything the structure of one note says about its meeting. Produced by {@link NoteParser};
 * immutable; every part carries its {@link SourceRange}.
 *
 * @param documentName the source document's name (see {@link
 *     io.notegraph.ingest.SourceDocument#name()})
 * @param series the meeting series, normalised: "Podman Community Meeting", "Podman Community Cabal
 *     Meeting"
 * @param title the note's title as written (template placeholders resolved)
 * @param time date, offset, scheduled/actual start and end
 * @param attendees every listed attendee in order, duplicates kept (identity is resolved later);
 *     non-person entries ("X's Presentation") are left out
 * @param declaredAttendeeCount the count the notes declare ("(24 total)"), or null
 * @param recording the recording link, or null
 * @param sections agenda sections in order
 * @param plannedTopics the agenda list given up front ("June 15, 2023 Topics")
 * @param nextTopics topics proposed for a next meeting
 * @param nextMeetings "Next Meeting" announcements
 * @param chat chat log messages in order
 * @param transcript transcript turns in order
 * @param transcriptAttendees names a transcript's own attendee header lists
 * @param segments free text for entity recognition, in document order
 * @param actionItems tasks the meeting gave people, in document order
 * @param absentees people the notes list as absent ("Regrets:", "Apologies"): persons the note
 *     names, not attendees
 * @param layoutSignals the layout signals the parser matched in this note ("attendees-bullets",
 *     "talk-offset"), in table order; {@code extract -v} prints them
 */
public record MeetingNote(
    String documentName,
    String series,
    String title,
    MeetingTime time,
    List<NameRef> attendees,
    Integer declaredAttendeeCount,
    String recording,
    List<AgendaSection> sections,
    List<Topic> plannedTopics,
    List<Topic> nextTopics,
    List<NextMeeting> nextMeetings,
    List<ChatMessage> chat,
    List<Utterance> transcript,
    List<NameRef> transcriptAttendees,
    List<TextSegment> segments,
    List<ActionItem> actionItems,
    List<NameRef> absentees,
    List<String> layoutSignals) {
  public MeetingNote {
    Objects.requireNonNull(documentName, "documentName");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(time, "time");
    attendees = List.copyOf(attendees);
    sections = List.copyOf(sections);
    plannedTopics = List.copyOf(plannedTopics);
    nextTopics = List.copyOf(nextTopics);
    nextMeetings = List.copyOf(nextMeetings);
    chat = List.copyOf(chat);
    transcript = List.copyOf(transcript);
    transcriptAttendees = List.copyOf(transcriptAttendees);
    segments = List.copyOf(segments);
    actionItems = List.copyOf(actionItems);
    absentees = List.copyOf(absentees);
    layoutSignals = List.copyOf(layoutSignals);
  }

  /**
   * Every person the structure names: attendees, transcript attendees, presenters, topic proposers,
   * question askers, chat senders, transcript speakers and action item agents, in document order.
   */
  public List<NameRef> nameRefs() {
    List<NameRef> all = new java.util.ArrayList<>(attendees);
    all.addAll(transcriptAttendees);
    for (AgendaSection s : sections) {
      all.addAll(s.presenters());
      for (Question q : s.questions()) if (q.asker() != null) all.add(q.asker());
    }
    for (Topic t : plannedTopics) all.addAll(t.proposers());
    for (Topic t : nextTopics) all.addAll(t.proposers());
    for (ChatMessage m : chat) all.add(m.sender());
    for (Utterance u : transcript) all.add(u.speaker());
    for (ActionItem a : actionItems) all.addAll(a.agents());
    all.addAll(absentees);
    all.sort(java.util.Comparator.comparing(NameRef::range));
    return all;
  }
}
