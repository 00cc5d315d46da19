package io.notegraph.nlp;

import io.notegraph.parse.ActionItem;
import io.notegraph.parse.AgendaSection;
import io.notegraph.parse.ChatMessage;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.NameRef;
import io.notegraph.parse.Topic;
import io.notegraph.parse.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The people one note's structure names (attendees, presenters, chat senders, transcript speakers,
 * topic proposers), as a phrase matcher for that note's prose: full names, and first and last names
 * on their own, each only as written; handles too. Built per document; immutable.
 */
final class PersonDictionary {
  /** Capitalised words that are names of people but far more often something else. */
  private static final Set<String> COMMON_WORDS =
      Set.of(
          "Will", "May", "Mark", "Bill", "Rose", "Grant", "Art", "Pat", "Guest", "Me", "You", "All",
          "Team", "The", "And", "Van", "Le", "De", "La", "Del", "Da", "Di", "Jr", "Sr", "Hope",
          "Sunny", "Summer", "Dr", "Mac", "Lima");

  /** Compiled once: {@code String.split("\\s+")} compiles its regex at every call. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final PhraseMatcher<String> matcher = new PhraseMatcher<>();
  private final Set<String> lowerForms = new java.util.HashSet<>();
  private final int size;

  private PersonDictionary(Set<String> names, Set<String> handles, GazetteerMatcher gazetteer) {
    Set<String> forms = new TreeSet<>();
    for (String name : names) {
      String clean = name.strip();
      if (clean.length() < 2) continue;
      forms.add(clean);
      String[] parts = SPACES.split(clean);
      if (parts.length >= 2) {
        addPart(forms, parts[0]);
        addPart(forms, parts[parts.length - 1]);
      }
    }
    for (String h : handles) if (h.length() >= 3) forms.add(h);
    int n = 0;
    for (String f : forms) {
      if (isGazetteerLabel(gazetteer, f)) continue;
      matcher.add(f, true, f);
      lowerForms.add(f.toLowerCase(java.util.Locale.ROOT));
      n++;
    }
    this.size = n;
  }

  static PersonDictionary of(MeetingNote note, GazetteerMatcher gazetteer) {
    Set<String> names = new TreeSet<>();
    Set<String> handles = new TreeSet<>();
    collect(note, names, handles, true);
    return new PersonDictionary(names, handles, gazetteer);
  }

  /**
   * The full names (two to four capitalised name-like words) the structure of any of {@code notes}
   * gives: matched in every note's prose, so "we asked Jane Roe" links to the Jane Roe of another
   * meeting's attendee list; and their first names, which the link stage resolves only with a
   * second signal (the one namesake at the meeting, or in the note's community).
   */
  static PhraseMatcher<String> fullNames(List<MeetingNote> notes, GazetteerMatcher gazetteer) {
    Set<String> names = new TreeSet<>();
    for (MeetingNote note : notes) collect(note, names, new TreeSet<>(), false);
    PhraseMatcher<String> m = new PhraseMatcher<>();
    for (String name : names) {
      String[] parts = SPACES.split(name.strip());
      if (parts.length < 2 || parts.length > 4) continue;
      boolean ok = true;
      for (String p : parts) {
        ok &=
            p.length() >= 2
                && Character.isUpperCase(p.charAt(0))
                && nameLike(p)
                && !COMMON_WORDS.contains(p);
      }
      if (ok && !isGazetteerLabel(gazetteer, name.strip())) {
        m.add(name.strip(), true, name.strip());
        // The first name alone too, unless it is also an English word ("Will", "Mark"): the link
        // stage resolves it in its meeting or community, or drops it.
        String first = parts[0];
        if (first.length() >= 3
            && !EnglishWords.contains(first)
            && !isGazetteerLabel(gazetteer, first)) {
          m.add(first, true, first);
        }
      }
    }
    return m;
  }

  /**
   * Names the structure gives; with {@code actionAgents} also whoever action items are assigned to
   * (good for the note's own prose, too loosely parsed to be matched across the corpus).
   */
  private static void collect(
      MeetingNote note, Set<String> names, Set<String> handles, boolean actionAgents) {
    List<NameRef> refs = new ArrayList<>(note.attendees());
    refs.addAll(note.transcriptAttendees());
    for (AgendaSection s : note.sections()) refs.addAll(s.presenters());
    for (ChatMessage c : note.chat()) if (!c.fromNoteTaker()) refs.add(c.sender());
    for (Utterance u : note.transcript()) refs.add(u.speaker());
    for (Topic t : note.plannedTopics()) refs.addAll(t.proposers());
    for (Topic t : note.nextTopics()) refs.addAll(t.proposers());
    // Whoever an action item is assigned to ("niko to post a summary") is named by the structure.
    if (actionAgents) for (ActionItem a : note.actionItems()) refs.addAll(a.agents());
    for (NameRef r : refs) {
      if (COMMON_WORDS.contains(r.name())) continue;
      names.add(r.name());
      if (r.handle() != null) handles.add(r.handle());
    }
  }

  PhraseMatcher<String> matcher() {
    return matcher;
  }

  /** Whether the structure names someone so (a full name, a first or last name, a handle). */
  boolean knows(String name) {
    return lowerForms.contains(name.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The one-word names and handles the structure of any of {@code notes} gives ("scottmcm" in an
   * attendee list, "rhatdan" beside a name), lower-cased: evidence that a handle elsewhere is a
   * person's, never matched in prose.
   */
  static Set<String> handles(List<MeetingNote> notes) {
    Set<String> names = new TreeSet<>();
    Set<String> handles = new TreeSet<>();
    for (MeetingNote note : notes) collect(note, names, handles, false);
    Set<String> out = new java.util.HashSet<>();
    for (String n : names) {
      String s = n.strip();
      if (s.length() >= 3 && s.indexOf(' ') < 0 && !EnglishWords.contains(s)) {
        out.add(s.toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (String h : handles) if (h.length() >= 3) out.add(h.toLowerCase(java.util.Locale.ROOT));
    return out;
  }

  int size() {
    return size;
  }

  private static void addPart(Set<String> forms, String part) {
    if (part.length() >= 3
        && Character.isUpperCase(part.charAt(0))
        && nameLike(part)
        && !COMMON_WORDS.contains(part)) {
      forms.add(part);
    }
  }

  /** Letters, hyphens and apostrophes only (a loop: a char stream per name showed in profiles). */
  private static boolean nameLike(String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'') return false;
    }
    return true;
  }

  private static boolean isGazetteerLabel(GazetteerMatcher g, String form) {
    var tokens = Tokens.tokenize(form, 0, form.length());
    var hits = g.matcher().find(form, tokens);
    // Only curated entries: a generated (landscape) name shared with a person's name says nothing
    // about the person, and the note's own structure is the stronger signal.
    return !hits.isEmpty()
        && hits.get(0).begin() == 0
        && hits.get(0).end() == form.length()
        && hits.get(0).value().source() == null;
  }
}
