package io.notegraph.link;

import io.notegraph.link.Observation.Role;
import io.notegraph.parse.AgendaSection;
import io.notegraph.parse.MeetingNote;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves the names of one meeting: full names and handles through the corpus-wide {@link People};
 * a bare given name only when exactly one presenter of the current section, else exactly one person
 * at the meeting, carries it; the chat log's "Me"/"You" to the meeting's host. One note only; not
 * thread-safe.
 */
final class MeetingResolver {
  /** Which entity and why. */
  record Resolution(String id, String reason) {}

  private final People people;
  private final Nicknames nicknames;
  private final Communities community;
  private final SortedSet<String> roster = new TreeSet<>();
  private final Map<Integer, SortedSet<String>> presenters = new TreeMap<>();
  private Resolution host;

  /** What speakers and chat senders are called here: "JA" that sends messages is a name. */
  private final java.util.Set<String> voices = new java.util.HashSet<>();

  MeetingResolver(
      People people,
      Nicknames nicknames,
      MeetingNote note,
      List<Observation> observations,
      List<String> fallbackHosts,
      Communities community) {
    this.people = people;
    this.nicknames = nicknames;
    this.community = community;
    for (var m : note.chat()) {
      if (m.sender() != null) voices.add(m.sender().name().strip().toUpperCase(Locale.ROOT));
    }
    for (var u : note.transcript()) {
      if (u.speaker() != null) voices.add(u.speaker().name().strip().toUpperCase(Locale.ROOT));
    }
    for (Observation o : observations) {
      if (!o.role().structural() || o.role() == Role.NOTE_TAKER) continue;
      people.idOfKey(o.key()).ifPresent(roster::add);
    }
    for (Observation o : observations) {
      if (o.role() == Role.PRESENTER) {
        resolve(o)
            .ifPresent(
                r -> presenters.computeIfAbsent(o.section(), k -> new TreeSet<>()).add(r.id()));
      }
    }
    this.host = findHost(note, observations, fallbackHosts);
  }

  private Resolution findHost(
      MeetingNote note, List<Observation> observations, List<String> fallbackHosts) {
    for (AgendaSection s : note.sections()) {
      if (isGeneralAnnouncements(s) && presenters.containsKey(s.index())) {
        return new Resolution(
            presenters.get(s.index()).first(),
            "the note-taker: the meeting's"
                + " host, who gave the announcements (line "
                + s.titleRange().line()
                + ")");
      }
    }
    if (!note.transcript().isEmpty()) {
      Observation first =
          observations.stream()
              .filter(o -> o.range().equals(note.transcript().get(0).speaker().range()))
              .findFirst()
              .orElse(null);
      Optional<Resolution> r = first == null ? Optional.empty() : resolve(first);
      if (r.isPresent()) {
        return new Resolution(
            r.get().id(),
            "the note-taker: the meeting's host, who opens the"
                + " transcript (line "
                + first.line()
                + ")");
      }
    }
    for (String id : fallbackHosts) {
      if (roster.contains(id)) {
        return new Resolution(
            id,
            "the note-taker: the usual host, " + people.name(id) + ", who attended this meeting");
      }
    }
    return null;
  }

  /** Announcements, but not of a release: its presenter is the release manager, not the host. */
  static boolean isGeneralAnnouncements(AgendaSection s) {
    return s.kind() == AgendaSection.SectionKind.ANNOUNCEMENTS
        && VersionText.inTitle(s.title()).isEmpty();
  }

  Optional<Resolution> resolve(Observation o) {
    if (o.role() == Role.NOTE_TAKER) return Optional.ofNullable(host);
    if (o.key().isEmpty()) return repairTruncated(o);
    String shown = o.name().display().strip();
    if (INITIALS.matcher(shown).matches()
        && !voices.contains(shown.toUpperCase(Locale.ROOT))
        && o.role() != Role.LISTED
        && o.role() != Role.HEADER) {
      // "AFG" for Andrés Felipe Gutiérrez, "FZB" for Fatima-Zahra Benali, as owners of items and
      // tasks; a chat's "JA" is the display name of someone who did not give one, and the "(JA)"
      // after a question from the chat is them, whoever else at the meeting has those initials
      SortedSet<String> byInitials = new TreeSet<>();
      for (String id : roster) {
        for (List<String> full : people.fullNames(id)) {
          if (shown.equalsIgnoreCase(io.notegraph.parse.Initials.of(String.join(" ", full)))) {
            byInitials.add(id);
          }
        }
      }
      if (byInitials.size() == 1) {
        return Optional.of(
            new Resolution(
                byInitials.first(), "initials of the only '" + shown + "' at this meeting"));
      }
    }
    Optional<Resolution> part = hyphenatedPart(o, shown);
    if (part.isPresent()) return part;
    Optional<String> global = people.idOfKey(o.key());
    if (global.isPresent()) return global.map(id -> new Resolution(id, null));
    List<String> tokens = Names.tokens(o.name().display());
    if (tokens.size() != 1) return Optional.empty();
    String word = tokens.get(0);
    SortedSet<String> inSection =
        matching(word, presenters.getOrDefault(o.section(), new TreeSet<>()));
    if (o.section() > 0 && inSection.size() == 1) {
      return Optional.of(
          new Resolution(
              inSection.first(), "given name of the presenter of section " + o.section()));
    }
    SortedSet<String> atMeeting = matching(word, roster);
    if (atMeeting.size() == 1) {
      return Optional.of(
          new Resolution(
              atMeeting.first(), "given name of the only '" + word + "' at this meeting"));
    }
    SortedSet<String> handleOf = new TreeSet<>();
    for (String id : roster) {
      if (people.handleRule(id, word) != null) handleOf.add(id);
    }
    if (atMeeting.isEmpty() && handleOf.isEmpty()) {
      SortedSet<String> inHandle = new TreeSet<>();
      String which = null;
      for (String id : roster) {
        for (String h : people.handles(id)) {
          if (HandleRules.contains(h, word) && inHandle.add(id) && which == null) which = h;
        }
      }
      if (inHandle.size() == 1) {
        return Optional.of(
            new Resolution(
                inHandle.first(),
                "'"
                    + word
                    + "' is part of the handle '"
                    + which
                    + "' of the only such person at"
                    + " this meeting"));
      }
    }
    if (atMeeting.isEmpty() && handleOf.isEmpty()) {
      // "Shijie" for Wen Shijie, "Aoi" for Nakamura Aoi: a name written surname first is called by
      // its last word; "Collina" for Matteo Collina: people are called by their surname too
      SortedSet<String> byOtherName = new TreeSet<>();
      for (String id : roster) {
        for (List<String> full : people.fullNames(id)) {
          if (full.size() >= 2 && full.subList(1, full.size()).contains(word)) byOtherName.add(id);
        }
      }
      if (byOtherName.size() == 1) {
        return Optional.of(
            new Resolution(
                byOtherName.first(),
                "a name (not the first) of the only '" + word + "' at this meeting"));
      }
    }
    if (atMeeting.isEmpty() && handleOf.isEmpty()) {
      Optional<Resolution> usual = community.usual(word, o.meeting());
      if (usual.isPresent()) return usual;
    }
    if (atMeeting.isEmpty() && handleOf.size() == 1) {
      String id = handleOf.first();
      return Optional.of(
          new Resolution(
              id,
              "handle made from the name ("
                  + people.handleRule(id, word)
                  + ") of the only such person at this meeting"));
    }
    return Optional.empty();
  }

  /**
   * A label cut at its start ("om Sweeney") names the one person at this meeting whose given name
   * ends with its first word and whose other names are the rest; otherwise nobody.
   */
  private Optional<Resolution> repairTruncated(Observation o) {
    if (!o.role().structural() || !NameShape.truncatedLabel(o.name().display())) {
      return Optional.empty();
    }
    List<String> tokens = Names.tokens(o.name().display());
    if (tokens.size() < 2) return Optional.empty();
    String cut = tokens.get(0);
    List<String> rest = tokens.subList(1, tokens.size());
    SortedSet<String> found = new TreeSet<>();
    for (String id : roster) {
      for (List<String> full : people.fullNames(id)) {
        String given = full.get(0);
        if (given.length() > cut.length()
            && given.endsWith(cut)
            && full.subList(1, full.size()).equals(rest)) {
          found.add(id);
        }
      }
    }
    if (found.size() != 1) return Optional.empty();
    return Optional.of(
        new Resolution(
            found.first(),
            "label cut short, repaired from the meeting's people ('"
                + people.name(found.first())
                + "')"));
  }

  /**
   * "Jae-won" for Seo Jae-won, "Fatima-Zahra" for Fatima-Zahra Benali: one hyphenated word that is
   * a part of the full name of exactly one person at the meeting is that person, not a full name of
   * its own.
   */
  private Optional<Resolution> hyphenatedPart(Observation o, String shown) {
    if (shown.indexOf('-') <= 0 || shown.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    List<String> tokens = Names.tokens(shown);
    if (tokens.size() < 2) return Optional.empty();
    SortedSet<String> found = new TreeSet<>();
    for (String id : roster) {
      for (List<String> full : people.fullNames(id)) {
        if (full.size() > tokens.size()
            && java.util.Collections.indexOfSubList(full, tokens) >= 0) {
          found.add(id);
        }
      }
    }
    if (found.size() != 1) return Optional.empty();
    return Optional.of(
        new Resolution(
            found.first(),
            "hyphenated name '" + shown + "' of the only such person at this meeting"));
  }

  /** "AFG", "NA": a person's initials as running notes write them. */
  private static final java.util.regex.Pattern INITIALS =
      java.util.regex.Pattern.compile("\\p{Lu}{2,4}");

  private SortedSet<String> matching(String word, SortedSet<String> ids) {
    SortedSet<String> out = new TreeSet<>();
    for (String id : ids) {
      for (String given : people.givenNames(id)) {
        if (given.equals(word) || nicknames.equivalent(given, word)) out.add(id);
      }
    }
    if (!out.isEmpty()) return out;
    for (String id : ids) { // only when no exact namesake: a typo ("Urvashii")
      for (String given : people.givenNames(id)) {
        if (NameSimilarity.oneTypo(word, given)) out.add(id);
      }
    }
    return out;
  }
}
