package io.notegraph.eval;

import io.notegraph.eval.NoteFacts.AffiliationRef;
import io.notegraph.eval.NoteFacts.Section;
import io.notegraph.eval.NoteFacts.VersionRef;
import io.notegraph.eval.StrictMatching.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** Score one note's {@link NoteFacts} against its {@link OpenGold}. Single use. */
final class NoteScorer {
  private final OpenGold gold;
  private final NoteFacts facts;
  private final GoldNames names;
  private final Map<Relation, Score> scores = new EnumMap<>(Relation.class);
  private final List<Finding> findings = new ArrayList<>();

  NoteScorer(OpenGold gold, NoteFacts facts) {
    this.gold = gold;
    this.facts = facts;
    this.names = new GoldNames(gold);
  }

  NoteScore score(Optional<String> sourcePath) {
    gold.date()
        .ifPresent(d -> value(Relation.DATE, d, facts.date(), facts.date().equals(Optional.of(d))));
    gold.series()
        .ifPresent(
            s ->
                value(
                    Relation.SERIES,
                    s,
                    facts.series().map(t -> String.join(" | ", t.names())),
                    facts
                        .series()
                        .filter(t -> t.names().stream().anyMatch(n -> TextMatch.sameSeries(n, s)))
                        .isPresent()));
    count(
        Relation.ATTENDEE,
        gold.attendees(),
        facts.attendees(),
        (g, p) -> p.isCalled(names.spellings(g.name())) || p.isCalled(g.spellings()),
        OpenGold.Named::name,
        Thing::label);
    talks();
    count(
        Relation.ACTION,
        gold.actions(),
        facts.actions(),
        (g, p) -> agentMatches(g.agent(), p.agents()) && TextMatch.overlaps(g.task(), p.task()),
        g -> "[" + g.agent() + "] " + g.task(),
        p ->
            "["
                + String.join(", ", p.agents().stream().map(Thing::label).toList())
                + "] "
                + p.task());
    if (gold.entitiesAnnotated()) {
      entities(Relation.PERSON, gold.persons(), facts.persons());
      entities(Relation.PROJECT, gold.projects(), facts.projects());
      entities(Relation.ORGANIZATION, gold.organizations(), facts.organizations());
    }
    releases();
    count(
        Relation.FEATURE,
        gold.features(),
        facts.features(),
        (g, p) ->
            projectMatches(g.project(), p.projectNames())
                && TextMatch.version(g.version()).equals(TextMatch.version(p.revision()))
                && TextMatch.overlaps(g.text(), p.text()),
        g -> g.project() + " " + g.version() + ": " + g.text(),
        p -> p.projectNames() + " " + p.revision() + ": " + p.text());
    count(
        Relation.AFFILIATION,
        gold.affiliations(),
        facts.affiliations(),
        (g, p) ->
            p.person().isCalled(names.spellings(g.person()))
                && p.organization().isCalled(names.spellings(g.organization())),
        g -> g.person() + " -> " + g.organization(),
        (AffiliationRef p) ->
            p.person().label()
                + " -> "
                + p.organization().label()
                + " ("
                + facts.affiliationSource()
                + ")");
    return new NoteScore(
        gold.note(),
        sourcePath,
        facts.series().map(Thing::iri),
        facts.affiliationSource(),
        scores,
        findings);
  }

  private void talks() {
    Outcome<OpenGold.Talk, Section> talks =
        count(
            Relation.TALK,
            gold.talks(),
            facts.sections(),
            (g, p) -> TextMatch.overlaps(g.title(), p.title()),
            OpenGold.Talk::title,
            Section::title);
    Map<OpenGold.Talk, Section> sectionOf = new java.util.IdentityHashMap<>();
    talks.pairs().forEach(pair -> sectionOf.put(pair.gold(), pair.predicted()));
    record GoldPair(OpenGold.Talk talk, String presenter) {}
    record PredictedPair(Section section, Thing person) {}
    List<GoldPair> goldPairs = new ArrayList<>();
    gold.talks().forEach(t -> t.presenters().forEach(p -> goldPairs.add(new GoldPair(t, p))));
    List<PredictedPair> predictedPairs = new ArrayList<>();
    facts
        .sections()
        .forEach(s -> s.performers().forEach(p -> predictedPairs.add(new PredictedPair(s, p))));
    count(
        Relation.PRESENTER,
        goldPairs,
        predictedPairs,
        (g, p) ->
            sectionOf.get(g.talk()) == p.section()
                && p.person().isCalled(names.spellings(g.presenter())),
        g -> g.talk().title() + " / " + g.presenter(),
        p -> p.section().title() + " / " + p.person().label());
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (StrictMatching.Pair<OpenGold.Talk, Section> pair : talks.pairs()) {
      Optional<Long> want =
          pair.gold().offset().isEmpty()
              ? Optional.empty()
              : TextMatch.seconds(pair.gold().offset());
      Optional<Long> got = pair.predicted().offset().flatMap(TextMatch::seconds);
      if (want.isEmpty() && got.isEmpty()) continue;
      String what =
          pair.gold().title()
              + ": gold "
              + pair.gold().offset()
              + ", graph "
              + pair.predicted().offset().orElse("none");
      if (want.equals(got)) {
        tp++;
        continue;
      }
      if (got.isPresent()) {
        fp++;
        findings.add(new Finding(gold.note(), Relation.OFFSET, "FP", what));
      }
      if (want.isPresent()) {
        fn++;
        findings.add(new Finding(gold.note(), Relation.OFFSET, "FN", what));
      }
    }
    scores.put(Relation.OFFSET, new Score(tp, fp, fn));
  }

  private void releases() {
    BiPredicate<OpenGold.Release, VersionRef> sameVersion =
        (g, p) ->
            projectMatches(g.project(), p.projectNames())
                && TextMatch.version(g.version()).equals(TextMatch.version(p.revision()));
    Function<OpenGold.Release, String> goldText =
        g -> g.project() + " " + g.version() + " " + g.status();
    Function<VersionRef, String> predictedText =
        p -> p.projectNames() + " " + p.revision() + " " + p.status().orElse("(no status)");
    count(
        Relation.RELEASE, gold.releases(), facts.versions(), sameVersion, goldText, predictedText);
    count(
        Relation.RELEASE_STATUS,
        gold.releases(),
        facts.versions(),
        sameVersion.and((g, p) -> p.status().filter(g.status()::equals).isPresent()),
        goldText,
        predictedText);
  }

  private void entities(Relation r, List<OpenGold.Named> want, List<Thing> got) {
    count(r, want, got, (g, p) -> p.isCalled(g.spellings()), OpenGold.Named::name, Thing::label);
  }

  /** A shared task names its agents {@code |}-separated; an action of any one of them matches. */
  private boolean agentMatches(String agent, List<Thing> agents) {
    if (agent.isEmpty()) return agents.isEmpty();
    java.util.Set<String> spellings = new java.util.LinkedHashSet<>();
    for (String one : agent.split("\\|")) spellings.addAll(names.spellings(one.strip()));
    return agents.stream().anyMatch(a -> a.isCalled(spellings));
  }

  private boolean projectMatches(String project, java.util.Set<String> projectNames) {
    Thing p = new Thing("", projectNames);
    return p.isCalled(names.spellings(project));
  }

  /** An accuracy relation: one gold value, at most one predicted value, correct or not. */
  private void value(Relation r, String want, Optional<String> got, boolean correct) {
    if (correct) {
      scores.put(r, new Score(1, 0, 0));
      return;
    }
    scores.put(r, new Score(0, got.isPresent() ? 1 : 0, 1));
    String kind = got.isPresent() ? "FP+FN" : "FN";
    findings.add(new Finding(gold.note(), r, kind, want + " (graph: " + got.orElse("none") + ")"));
  }

  private <G, P> Outcome<G, P> count(
      Relation r,
      List<G> want,
      List<P> got,
      BiPredicate<G, P> matches,
      Function<G, String> goldText,
      Function<P, String> predictedText) {
    Outcome<G, P> o = StrictMatching.match(want, got, matches);
    scores.put(r, o.score());
    o.missed().forEach(g -> findings.add(new Finding(gold.note(), r, "FN", goldText.apply(g))));
    o.extra()
        .forEach(
            e ->
                findings.add(
                    new Finding(
                        gold.note(),
                        r,
                        e.duplicate() ? "FP-dup" : "FP",
                        predictedText.apply(e.predicted()))));
    return o;
  }
}
