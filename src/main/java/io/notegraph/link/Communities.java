package io.notegraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The second signal for a bare given name that names nobody at its meeting ("Josh" in an attendance
 * line of handles and first names): the person of that name or handle whom the notes of the same
 * community (the folder the note is in) name far more often than any other namesake. "Josh" in the
 * Rust notes is Josh Triplett (named in dozens of them), not Josh Stone (one); "Scott" there is
 * scottmcm, not the Scott McCarty of the Podman notes. The only namesake the whole corpus knows
 * counts when the community names them at least once. Built once per corpus; read-only afterwards,
 * so thread-safe.
 */
final class Communities {
  /** The usual namesake must be named in at least this many notes of the community... */
  static final int MIN_DOCUMENTS = 3;

  /** ...and in at least this many times as many as the next namesake. */
  static final int DOMINANCE = 4;

  private final People people;
  private final Nicknames nicknames;

  /** Per person, the number of documents naming them per community folder. */
  private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

  /** Bare given names that are persons of their own, and the folders where they are. */
  private final Map<String, Map<String, String>> ownByWordAndFolder = new TreeMap<>();

  Communities(People people, Nicknames nicknames) {
    this.people = people;
    this.nicknames = nicknames;
    for (String id : people.ids()) {
      Map<String, Integer> byFolder = new TreeMap<>();
      for (String doc : people.documents(id)) byFolder.merge(folder(doc), 1, Integer::sum);
      counts.put(id, byFolder);
    }
    ownPersons();
  }

  /**
   * "Mark" in the attendee list of a community whose notes name no Mark at all, while another
   * community's notes have a Mark Russell: a person of their own in that community, not a name to
   * drop and not the other community's Mark. Only listed names (attendee lists, transcript
   * headers): a name said in prose needs someone to resolve to.
   */
  private void ownPersons() {
    Map<String, Map<String, String>> found = new TreeMap<>();
    for (var e : people.listedBareNames().entrySet()) {
      String word = e.getKey();
      List<String> namesakes = new ArrayList<>();
      for (String id : people.ids()) {
        if (namesake(id, word) || people.handleRule(id, word) != null) namesakes.add(id);
      }
      for (String meeting : e.getValue()) {
        String folder = folder(meeting);
        boolean named = false;
        for (String id : namesakes) {
          named |= counts.getOrDefault(id, Map.of()).getOrDefault(folder, 0) > 0;
        }
        if (!named) found.computeIfAbsent(word, k -> new TreeMap<>()).put(folder, "");
      }
    }
    for (var e : found.entrySet()) {
      String id = people.ownPerson(e.getKey());
      Map<String, String> byFolder = new TreeMap<>();
      for (String folder : e.getValue().keySet()) byFolder.put(folder, id);
      ownByWordAndFolder.put(e.getKey(), byFolder);
    }
  }

  /** The community of a document: its folder, the corpus root for a note at the top. */
  static String folder(String document) {
    int slash = document.lastIndexOf('/');
    return slash < 0 ? "" : document.substring(0, slash);
  }

  /** The namesake of {@code word} the community of {@code document} names far more than others. */
  Optional<MeetingResolver.Resolution> usual(String word, String document) {
    String folder = folder(document);
    List<String> ids = new ArrayList<>();
    List<Integer> docs = new ArrayList<>();
    for (String id : people.ids()) {
      if (!namesake(id, word)) continue;
      ids.add(id);
      docs.add(counts.getOrDefault(id, Map.of()).getOrDefault(folder, 0));
    }
    int best = -1;
    int second = 0;
    for (int i = 0; i < ids.size(); i++) {
      if (best < 0 || docs.get(i) > docs.get(best)) {
        if (best >= 0) second = Math.max(second, docs.get(best));
        best = i;
      } else {
        second = Math.max(second, docs.get(i));
      }
    }
    if (best < 0) return own(word, folder);
    boolean only = ids.size() == 1 && docs.get(best) >= 1; // the only namesake the corpus knows
    if (!only && (docs.get(best) < MIN_DOCUMENTS || docs.get(best) < DOMINANCE * second)) {
      return own(word, folder);
    }
    String id = ids.get(best);
    return Optional.of(
        new MeetingResolver.Resolution(
            id,
            "'"
                + word
                + "' names nobody at this meeting; "
                + people.name(id)
                + " is the usual '"
                + word
                + "' of these notes ("
                + docs.get(best)
                + " of them"
                + (second > 0 ? ", the next namesake " + second : "")
                + ")"));
  }

  /** The person of their own a bare given name is in this folder, if it is one (see above). */
  private Optional<MeetingResolver.Resolution> own(String word, String folder) {
    String id = ownByWordAndFolder.getOrDefault(word, Map.of()).get(folder);
    if (id == null) return Optional.empty();
    return Optional.of(
        new MeetingResolver.Resolution(
            id,
            "'"
                + word
                + "' is listed in these notes, which name none of its namesakes elsewhere:"
                + " a person of their own"));
  }

  private boolean namesake(String id, String word) {
    for (String given : people.givenNames(id)) {
      if (given.equals(word) || nicknames.equivalent(given, word)) return true;
    }
    for (String h : people.handles(id)) {
      if (h.equals(word) || HandleRules.contains(h, word)) return true;
    }
    return false;
  }
}
