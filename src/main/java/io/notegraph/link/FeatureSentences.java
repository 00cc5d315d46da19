package io.notegraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Features one sentence states about the version it names, in the words around the mention rather
 * than in a list: "Also upcoming in Podman v9.4 is a focus on speed, pasta support and quieter
 * logs" (rule <em>new in</em>: what follows "new / upcoming / coming in vX.Y is / are / :"), and
 * "in 9.5 we switched the default driver to pasta" (rule <em>we did in</em>: what a change verb
 * after "in vX.Y, we" names). Parts that only tell the schedule ("RCs in early March", "the
 * branch") or only count changes ("bug fixes") are none. Stateless; thread-safe.
 */
final class FeatureSentences {
  /**
   * "new in", "upcoming in", "coming for", "landing in": words that announce a version's contents.
   */
  private static final Pattern NEW_IN_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:new|upcoming|coming|coming up|landing|arriving|planned|included)\\s+"
              + "(?:in|for|with)\\s+(?:the\\s+)?(?:\\p{Lu}[\\w-]*\\s+){0,2}$");

  /** After the version: "is a focus on ...", "are A and B", ": A, B". */
  private static final Pattern NEW_IN_AFTER =
      Pattern.compile("(?i)^\\s*(?:release\\s+)?(?:is|are|will be|:)\\s+(\\S.*)$");

  /** "in 9.5 we added X", "With v2.0, they switched X to Y": the verb and what it changed. */
  private static final Pattern WE_DID =
      Pattern.compile(
          "(?i)^\\s*,?\\s*(?:we|they|the team)\\s+(?:have\\s+|also\\s+|now\\s+|will\\s+|'ll\\s+)*"
              + "(added|introduced|enabled|implemented|switched|moved|changed|replaced|rewrote"
              + "|reworked|redesigned|made|dropped|removed|add|introduce|enable|switch|move"
              + "|change|replace|rewrite|drop|remove)\\s+(\\S[^.;!?]{2,100})");

  /** The words right before a version for {@link #WE_DID}: "in", "with", "for" (the release). */
  private static final Pattern WE_DID_BEFORE =
      Pattern.compile("(?i)\\b(?:in|with|for)\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?$");

  /** Verbs whose object alone is the feature ("we added X" gives X). */
  private static final Pattern ADDING =
      Pattern.compile("(?i)^(?:added|introduced|enabled|implemented|add|introduce|enable)$");

  /**
   * Words of a schedule rather than a capability: release candidates, tags, branches, dates and
   * spans of time ("first RCs in early March", "a tag this afternoon").
   */
  static final Pattern SCHEDULE =
      Pattern.compile(
          "(?i)\\b(?:rc\\d*s?|release candidates?|candidates?|releases?|released|tag(?:ged|s)?"
              + "|branch(?:ed|es)?|january|february|march|april|may|june|july|august|september"
              + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
              + "|weeks?|months?|quarter|summer|winter|spring|autumn|today|tomorrow|yesterday"
              + "|dates?|deadline|schedule|cadence|eta)\\b");

  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s");

  private FeatureSentences() {}

  /**
   * The features the sentence around a version mention states: {@code before} is the line up to the
   * mention, {@code after} the rest of the line (with its continuations) after it.
   */
  static List<String> find(String before, String after) {
    if (HEADING.matcher(before).lookingAt()) return List.of(); // a title: "... - Ada Quill"
    if (NEW_IN_BEFORE.matcher(before).find()) {
      Matcher m = NEW_IN_AFTER.matcher(after);
      if (m.matches()) return listed(sentence(m.group(1)));
    }
    if (WE_DID_BEFORE.matcher(before).find() && !before.strip().isEmpty()) {
      Matcher m = WE_DID.matcher(after);
      if (m.lookingAt()) {
        String object = sentence(m.group(2));
        if (ADDING.matcher(m.group(1)).matches()) return listed(object);
        String change = FeatureLists.clean(m.group(1) + " " + object);
        return keep(change) ? List.of(change) : List.of();
      }
    }
    return List.of();
  }

  /** The parts of an enumeration that name a capability. */
  static List<String> listed(String list) {
    List<String> out = new ArrayList<>();
    for (String part : distributed(Releases.parts(list))) {
      String clean = FeatureLists.clean(part.replaceFirst("(?i)^(?:and|also|as well as)\\s+", ""));
      if (keep(clean)) out.add(clean);
    }
    return out;
  }

  /**
   * "volume and secret updates": a short part without a noun of change before a last part that ends
   * in one shares it ("volume updates", "secret updates").
   */
  static List<String> distributed(List<String> parts) {
    List<String> out = new ArrayList<>(parts);
    int n = out.size();
    if (n < 2) return out;
    Matcher last = CHANGE_HEAD.matcher(out.get(n - 1).strip());
    String prev = out.get(n - 2).strip();
    if (last.find()
        && !CHANGE_HEAD.matcher(prev).find()
        && !prev.matches("(?i)^(?:" + NOT_A_QUALIFIER + ").*")
        && prev.split("\\s+").length <= 3
        && !ReleaseProse.generic(prev)) {
      out.set(n - 2, prev + " " + last.group(1));
    }
    return out;
  }

  /**
   * Words that do not name what changed when they stand before a noun of change: articles,
   * prepositions, pronouns, counts ("about 140 changes", "including features").
   */
  static final String NOT_A_QUALIFIER =
      "(?:the|a|an|for|to|on|of|about|around|over|under|including|with|and|or|any|no|our|your|my"
          + "|their|its|thanks|thank|more|other|few|new|some|all|many|several|these|those|\\S*\\d)"
          + "\\b";

  /** A part that ends in a noun of change: "secret updates", "cache improvements". */
  static final Pattern CHANGE_HEAD =
      Pattern.compile(
          "(?i)\\s(changes|updates|improvements|enhancements|fixes|support|rework|refactoring)$");

  /** A feature worth keeping: words, not only counting changes, not a schedule, not a question. */
  static boolean keep(String feature) {
    return !feature.isEmpty()
        && !feature.contains("?")
        && !ReleaseProse.generic(feature)
        && !FeatureLists.isFiller(feature)
        && !SCHEDULE.matcher(feature).find()
        && VersionText.first(feature).isEmpty();
  }

  /** The text up to its sentence's end. */
  private static String sentence(String s) {
    return s.replaceAll("(?<=[.!?;])\\s.*$", "").replaceAll("[.!?;\\s]+$", "");
  }
}
