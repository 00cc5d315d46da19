package io.notegraph.rdf;

import io.notegraph.ingest.SourceDocument;
import io.notegraph.link.Entity;
import io.notegraph.link.LinkedNote;
import io.notegraph.nlp.Mention;
import io.notegraph.parse.ActionItem;
import io.notegraph.parse.AgendaSection;
import io.notegraph.parse.ChatMessage;
import io.notegraph.parse.Demo;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.MeetingTime;
import io.notegraph.parse.NameRef;
import io.notegraph.parse.NextMeeting;
import io.notegraph.parse.Question;
import io.notegraph.parse.SourceRange;
import io.notegraph.parse.Topic;
import io.notegraph.parse.Utterance;
import io.notegraph.vocab.Doap;
import io.notegraph.vocab.Ng;
import io.notegraph.vocab.Nif;
import io.notegraph.vocab.Schema;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes everything one linked note says into its document's named graph, as docs/GRAPH.md
 * specifies. One instance per note; output order follows the note, so it is deterministic.
 */
final class NoteEmitter {
  private final LinkedNote linked;
  private final SourceDocument doc;
  private final MeetingNote note;
  private final Iris iris;
  private final QuadSink out;
  private final Map<String, Entity> entities;
  private final Node docIri;
  private final Node meeting;
  private final String meetingPath;

  /**
   * Where this note's sections, tasks, topics, chat and transcript live: the meeting's path, or
   * "{meeting}/part/2" for a second note of the same meeting that says something else (see {@link
   * GraphEmitter}); such a note leaves the meeting's times and declared count to the first.
   */
  private final String partPath;

  private final boolean primary;
  private final SortedSet<String> mentioned = new TreeSet<>();

  private final String seriesName;

  /**
   * @param seriesNames one spelling per series slug across the corpus (see {@link SeriesNames}); a
   *     series missing from it keeps the note's own spelling
   * @param partPath the path this note's parts of the meeting go under ({@link #partPath})
   */
  NoteEmitter(
      LinkedNote linked,
      Iris iris,
      Map<String, Entity> entities,
      Map<String, String> seriesNames,
      QuadSink out,
      String partPath) {
    this.linked = linked;
    this.doc = linked.annotated().document();
    this.note = linked.annotated().note();
    this.iris = iris;
    this.entities = entities;
    this.docIri = iris.document(doc.name());
    this.out = out.inGraph(docIri);
    this.seriesName =
        seriesNames.getOrDefault(io.notegraph.link.Slug.of(note.series()), note.series());
    this.meetingPath = iris.meetingPath(note.series(), note.time().date());
    this.meeting = iris.iri(meetingPath);
    this.partPath = partPath;
    this.primary = partPath.equals(meetingPath);
  }

  void emit() {
    document();
    meeting();
    for (AgendaSection s : note.sections()) section(s);
    topics(note.plannedTopics(), "topic");
    topics(note.nextTopics(), "next-topic");
    actionItems();
    chat();
    transcript();
    mentions();
    for (String id : mentioned) out.add(docIri, Schema.mentions, iris.entity(id));
  }

  private void document() {
    out.add(docIri, RDF.Nodes.type, Schema.DigitalDocument);
    out.add(docIri, RDF.Nodes.type, Doap.provEntity);
    out.add(docIri, Schema.name, Lit.str(doc.fileName()));
    out.add(docIri, Schema.about, meeting);
    // No file: IRI of the machine that ran extract: the path relative to the input root is the
    // document's identity, so the same notes give the same graph anywhere (docs/GRAPH.md).
    out.add(docIri, Labels.LABEL, Labels.of(doc.name()));
    out.add(docIri, Ng.sourcePath, Lit.str(doc.path()));
    out.add(docIri, Schema.encodingFormat, Lit.str("text/markdown"));
    // The day the note speaks for: what a version it mentions was "mentioned on".
    out.add(docIri, Schema.datePublished, Lit.date(note.time().date()));
    if (!doc.repairs().isEmpty())
      out.add(docIri, Ng.repairCount, Lit.integer(doc.repairs().size()));
    Node ctx = iris.context(doc.name(), doc.text().length());
    out.add(ctx, RDF.Nodes.type, Nif.Context);
    out.add(ctx, RDF.Nodes.type, Nif.RFC5147String);
    out.add(ctx, Nif.isString, Lit.str(doc.text()));
    out.add(ctx, Nif.beginIndex, Lit.nonNegative(0));
    out.add(ctx, Nif.endIndex, Lit.nonNegative(doc.text().length()));
    out.add(ctx, Nif.sourceUrl, docIri);
  }

  private void meeting() {
    Node series = iris.series(note.series());
    out.add(series, RDF.Nodes.type, Schema.EventSeries);
    out.add(series, Schema.name, Lit.str(seriesName));
    out.add(series, Labels.LABEL, Labels.of(seriesName));
    out.add(meeting, RDF.Nodes.type, Schema.Event);
    out.add(meeting, Schema.name, Lit.str(meetingName()));
    out.add(meeting, Labels.LABEL, Labels.of(meetingName()));
    out.add(meeting, Schema.superEvent, series);
    MeetingTime t = note.time();
    if (primary) times(t); // a later part of the meeting leaves them to the first note
    if (note.recording() != null && Lit.isIri(note.recording())) {
      Node rec = org.apache.jena.graph.NodeFactory.createURI(note.recording());
      out.add(meeting, Schema.recordedIn, rec);
      out.add(rec, RDF.Nodes.type, Schema.VideoObject);
      out.add(rec, Schema.url, rec);
      // Not "of" a meeting: two notes of one meeting (or two meetings) can share a recording.
      out.add(rec, Labels.LABEL, Labels.of("Recording " + note.recording()));
    }
    for (NameRef a : note.attendees())
      person(a).ifPresent(p -> out.add(meeting, Schema.attendee, p));
    for (NameRef a : note.transcriptAttendees()) {
      person(a).ifPresent(p -> out.add(meeting, Schema.attendee, p));
    }
    for (NextMeeting n : note.nextMeetings())
      out.add(meeting, Ng.nextMeeting, Lit.dateTime(n.when()));
  }

  /** The meeting's single-valued facts: start (a date alone when no time is said), end, count. */
  private void times(MeetingTime t) {
    // A note that gives a date but no time of day says only the date: xsd:date, no invented time.
    if (t.startDateTime() != null)
      out.add(meeting, Schema.startDate, Lit.dateTime(t.startDateTime()));
    else out.add(meeting, Schema.startDate, Lit.date(t.date()));
    if (t.endDateTime() != null) out.add(meeting, Schema.endDate, Lit.dateTime(t.endDateTime()));
    if (t.scheduled() != null)
      out.add(meeting, Ng.scheduledStart, Lit.dateTime(t.at(t.scheduled())));
    if (note.declaredAttendeeCount() != null) {
      out.add(meeting, Ng.declaredAttendeeCount, Lit.integer(note.declaredAttendeeCount()));
    }
  }

  private void section(AgendaSection s) {
    Node sec = iris.iri(partPath + "/section/" + s.index());
    out.add(meeting, Schema.subEvent, sec);
    out.add(sec, RDF.Nodes.type, Schema.Event);
    out.add(sec, Schema.name, Lit.str(s.title()));
    out.add(sec, Labels.LABEL, Labels.of(s.title()));
    out.add(sec, Schema.position, Lit.integer(s.index()));
    out.add(sec, Schema.superEvent, meeting);
    out.add(sec, Ng.sectionKind, Lit.str(s.kind().name().toLowerCase().replace('_', '-')));
    out.add(sec, Ng.line, Lit.integer(s.titleRange().line()));
    if (s.offset() != null) out.add(sec, Ng.recordingOffset, Lit.duration(s.offset()));
    for (NameRef p : s.presenters()) person(p).ifPresent(n -> out.add(sec, Schema.performer, n));
    for (String url : s.slides()) {
      if (Lit.isIri(url)) out.add(sec, Ng.slides, org.apache.jena.graph.NodeFactory.createURI(url));
    }
    SortedSet<String> projects = new TreeSet<>();
    for (Mention m : linked.annotated().mentions()) {
      if (m.sectionIndex() != s.index()) continue;
      linked
          .entityAt(m.range())
          .filter(id -> typeOf(id) == io.notegraph.nlp.EntityType.PROJECT)
          .ifPresent(projects::add);
    }
    for (String id : projects) out.add(sec, Schema.about, iris.entity(id));
    int k = 0;
    for (Demo d : s.demos()) {
      Node demo = iris.iri(partPath + "/section/" + s.index() + "/demo/" + (++k));
      out.add(sec, Ng.demo, demo);
      out.add(demo, RDF.Nodes.type, Ng.Demo);
      out.add(demo, Labels.LABEL, Labels.of("Demo " + k + ": " + s.title()));
      if (d.offset() != null) out.add(demo, Ng.recordingOffset, Lit.duration(d.offset()));
      out.add(demo, Ng.line, Lit.integer(d.range().line()));
    }
    for (Question q : s.questions()) question(sec, s.index(), q);
  }

  private void question(Node sec, int sectionIndex, Question q) {
    Node qn = iris.iri(partPath + "/section/" + sectionIndex + "/question/" + q.index());
    out.add(qn, RDF.Nodes.type, Schema.Question);
    out.add(qn, Schema.text, Lit.str(q.text()));
    out.add(qn, Labels.LABEL, Labels.of(q.text()));
    out.add(qn, Schema.position, Lit.integer(q.index()));
    out.add(qn, Schema.isPartOf, sec);
    out.add(qn, Ng.line, Lit.integer(q.range().line()));
    if (q.asker() != null) person(q.asker()).ifPresent(p -> out.add(qn, Schema.author, p));
    if (q.answer() != null) {
      Node an =
          iris.iri(partPath + "/section/" + sectionIndex + "/question/" + q.index() + "/answer");
      out.add(qn, Schema.suggestedAnswer, an);
      out.add(an, RDF.Nodes.type, Schema.Answer);
      out.add(an, Schema.text, Lit.str(q.answer()));
      out.add(an, Labels.LABEL, Labels.of(q.answer()));
    }
  }

  private void topics(List<Topic> topics, String kind) {
    int k = 0;
    for (Topic t : topics) {
      Node tn = iris.iri(partPath + "/" + kind + "/" + (++k));
      out.add(meeting, Ng.proposedTopic, tn);
      out.add(tn, RDF.Nodes.type, Ng.TopicProposal);
      out.add(tn, Schema.name, Lit.str(t.text()));
      out.add(tn, Labels.LABEL, Labels.of(t.text()));
      boolean next = kind.equals("next-topic");
      out.add(tn, Ng.topicKind, Lit.str(next ? "next" : "agenda"));
      if (!next) out.add(tn, Ng.forMeeting, meeting);
      else nextOfSeries().ifPresent(m -> out.add(tn, Ng.forMeeting, m));
      out.add(tn, Ng.line, Lit.integer(t.range().line()));
      for (NameRef p : t.proposers()) person(p).ifPresent(n -> out.add(tn, Schema.author, n));
    }
  }

  private void actionItems() {
    int k = 0;
    for (ActionItem a : note.actionItems()) {
      Node an = iris.iri(partPath + "/action/" + (++k));
      out.add(meeting, Ng.actionItem, an);
      out.add(an, RDF.Nodes.type, Ng.ActionItem);
      out.add(an, Schema.name, Lit.str(a.task()));
      out.add(
          an,
          Schema.actionStatus,
          a.done() ? Schema.CompletedActionStatus : Schema.PotentialActionStatus);
      out.add(an, Ng.line, Lit.integer(a.range().line()));
      for (NameRef p : a.agents()) person(p).ifPresent(n -> out.add(an, Schema.agent, n));
    }
  }

  /** The announced next meeting of this note's own series, as a meeting IRI. */
  private java.util.Optional<Node> nextOfSeries() {
    return note.nextMeetings().stream()
        .filter(n -> n.series() == null)
        .findFirst()
        .map(n -> iris.iri(iris.meetingPath(note.series(), n.when().toLocalDate())));
  }

  private void chat() {
    if (note.chat().isEmpty()) return;
    Node log = iris.iri(partPath + "/chat");
    out.add(log, RDF.Nodes.type, Schema.Conversation);
    out.add(log, Schema.about, meeting);
    out.add(log, Labels.LABEL, Labels.of("Chat of " + meetingName()));
    int k = 0;
    for (ChatMessage m : note.chat()) {
      Node msg = iris.iri(partPath + "/chat/" + (++k));
      out.add(log, Schema.hasPart, msg);
      out.add(msg, RDF.Nodes.type, Schema.Message);
      out.add(msg, Schema.isPartOf, log);
      out.add(msg, Schema.position, Lit.integer(k));
      out.add(msg, Schema.text, Lit.str(m.text()));
      out.add(msg, Ng.line, Lit.integer(m.range().line()));
      if (m.time() != null) out.add(msg, Schema.dateSent, Lit.dateTime(note.time().at(m.time())));
      person(m.sender()).ifPresent(p -> out.add(msg, Schema.sender, p));
    }
  }

  private void transcript() {
    if (note.transcript().isEmpty()) return;
    Node tr = iris.iri(partPath + "/transcript");
    out.add(tr, RDF.Nodes.type, Ng.Transcript);
    out.add(tr, Schema.about, meeting);
    out.add(tr, Labels.LABEL, Labels.of("Transcript of " + meetingName()));
    int k = 0;
    for (Utterance u : note.transcript()) {
      Node turn = iris.iri(partPath + "/transcript/" + (++k));
      out.add(tr, Schema.hasPart, turn);
      out.add(turn, RDF.Nodes.type, Ng.Utterance);
      out.add(turn, Schema.position, Lit.integer(k));
      out.add(turn, Schema.text, Lit.str(u.text()));
      out.add(turn, Ng.line, Lit.integer(u.range().line()));
      if (u.at() != null) out.add(turn, Ng.recordingOffset, Lit.duration(u.at()));
      person(u.speaker()).ifPresent(p -> out.add(turn, Schema.sender, p));
    }
  }

  /** Every structural name and every recognised mention, as a NIF phrase with provenance. */
  private void mentions() {
    Node ctx = iris.context(doc.name(), doc.text().length());
    java.util.SortedMap<SourceRange, Mention> all = new java.util.TreeMap<>();
    for (NameRef n : note.nameRefs()) {
      all.putIfAbsent(
          n.range(),
          new Mention(
              io.notegraph.nlp.EntityType.PERSON,
              n.range().of(doc.text()),
              n.range(),
              1.0,
              "structure",
              0));
    }
    for (Mention m : linked.annotated().mentions()) all.putIfAbsent(m.range(), m);
    for (Mention m : all.values()) {
      SourceRange r = m.range();
      if (r.end() > doc.text().length() || r.length() == 0) continue;
      Node phrase = iris.mention(docIri, r.begin(), r.end());
      out.add(phrase, RDF.Nodes.type, Nif.Phrase);
      out.add(phrase, RDF.Nodes.type, Nif.RFC5147String);
      out.add(phrase, Nif.anchorOf, Lit.str(r.of(doc.text())));
      out.add(phrase, Nif.beginIndex, Lit.nonNegative(r.begin()));
      out.add(phrase, Nif.endIndex, Lit.nonNegative(r.end()));
      out.add(phrase, Nif.referenceContext, ctx);
      out.add(phrase, Nif.taClassRef, EntityTypes.classOf(m.type()));
      out.add(phrase, Ng.line, Lit.integer(r.line()));
      out.add(phrase, Ng.finder, Lit.str(m.finder()));
      if (m.statistical()) out.add(phrase, Nif.taConfidence, Lit.dbl(m.confidence()));
      linked
          .entityAt(r)
          .ifPresent(
              id -> {
                out.add(phrase, Nif.taIdentRef, iris.entity(id));
                if (typeOf(id) != io.notegraph.nlp.EntityType.VERSION
                    && typeOf(id) != io.notegraph.nlp.EntityType.COMMAND) {
                  mentioned.add(id);
                }
              });
    }
  }

  private String meetingName() {
    return seriesName + " " + note.time().date();
  }

  private java.util.Optional<Node> person(NameRef ref) {
    return linked
        .entityAt(ref.range())
        .map(
            id -> {
              mentioned.add(id);
              return iris.entity(id);
            });
  }

  private io.notegraph.nlp.EntityType typeOf(String id) {
    Entity e = entities.get(id);
    return e == null ? null : e.type();
  }
}
