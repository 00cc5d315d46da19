package io.notegraph.link;

import io.notegraph.link.Observation.Role;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Mention;
import io.notegraph.parse.ActionItem;
import io.notegraph.parse.AgendaSection;
import io.notegraph.parse.ChatMessage;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.NameRef;
import io.notegraph.parse.Question;
import io.notegraph.parse.Topic;
import io.notegraph.parse.Utterance;
import java.util.ArrayList;
import java.util.List;

/** Collects every place a note names a person, in document order. Stateless. */
final class Observations {
  /** The recognizer's finder name for its rule-based finds. */
  private static final String PATTERN = "pattern";

  private Observations() {}

  static List<Observation> of(AnnotatedNote annotated) {
    MeetingNote note = annotated.note();
    String meeting = annotated.document().name();
    List<Observation> out = new ArrayList<>();
    for (NameRef r : note.attendees()) out.add(obs(r, Role.LISTED, meeting, 0));
    for (NameRef r : note.transcriptAttendees()) out.add(obs(r, Role.HEADER, meeting, 0));
    for (NameRef r : note.absentees()) out.add(obs(r, Role.NAMED, meeting, 0));
    for (AgendaSection s : note.sections()) {
      for (NameRef r : s.presenters()) out.add(obs(r, Role.PRESENTER, meeting, s.index()));
      for (Question q : s.questions()) {
        if (q.asker() != null) out.add(obs(q.asker(), Role.SPEAKER, meeting, s.index()));
      }
    }
    for (Topic t : note.plannedTopics()) {
      for (NameRef r : t.proposers()) out.add(obs(r, Role.SPEAKER, meeting, 0));
    }
    for (Topic t : note.nextTopics()) {
      for (NameRef r : t.proposers()) out.add(obs(r, Role.SPEAKER, meeting, 0));
    }
    for (ChatMessage m : note.chat()) {
      Role role = m.fromNoteTaker() ? Role.NOTE_TAKER : Role.SPEAKER;
      out.add(obs(m.sender(), role, meeting, 0));
    }
    for (Utterance u : note.transcript()) out.add(obs(u.speaker(), Role.SPEAKER, meeting, 0));
    for (ActionItem a : note.actionItems()) { // named by the structure, like a topic's proposer
      for (NameRef r : a.agents()) out.add(obs(r, Role.SPEAKER, meeting, 0));
    }
    for (Mention m : annotated.mentions()) {
      if (m.type() == EntityType.PERSON) {
        PersonName name = PersonName.parse(m.text(), null, null);
        // The recognizer's person patterns (handles, owners of a title, lists beside a known
        // person) only ever name people; its dictionaries and model find names in prose.
        Role role = PATTERN.equals(m.finder()) ? Role.NAMED : Role.MENTION;
        out.add(
            new Observation(name, role, meeting, m.sectionIndex(), m.range(), !m.statistical()));
      }
    }
    return out;
  }

  private static Observation obs(NameRef r, Role role, String meeting, int section) {
    PersonName name = PersonName.parse(r.name(), r.handle(), r.organization());
    return new Observation(name, role, meeting, section, r.range(), true);
  }
}
