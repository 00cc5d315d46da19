package io.notegraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Mention;
import io.notegraph.nlp.gazetteer.Gazetteer;
import io.notegraph.parse.SourceRange;
import io.notegraph.testing.SharedCorpus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Projects and organizations on the real notes: a dictionary finder (every spelling of the truth
 * table, as the nlp stage would find them) feeds the resolver, with and without a gazetteer.
 */
class PodmanProjectsLinkTest {
  private static final Set<String> ORGANIZATIONS =
      Set.of("Red Hat", "Microsoft", "Nestybox", "IBM", "Google", "GitHub");

  @Test
  void normalisationAloneLeavesOnlyAbbreviationsApart() throws Exception {
    var score = score(Gazetteer.empty());
    System.out.println("projects without gazetteer: " + score);
    assertThat(score.wrongMerges()).isZero();
    assertThat(score.splits())
        .containsOnlyKeys("Kubernetes", "Fedora CoreOS", "Red Hat Enterprise Linux", "Red Hat");
  }

  @Test
  void withTheGazetteerEveryProjectAndOrganizationIsOneNode() throws Exception {
    var g = Gazetteer.read(getClass().getResourceAsStream("/link/gazetteer.ttl"));
    var score = score(g);
    System.out.println("projects with stand-in gazetteer: " + score);
    assertThat(score.wrongMerges()).isZero();
    assertThat(score.splits()).isEmpty();
    assertThat(score.nodes()).isEqualTo(score.truth());
  }

  record Score(int nodes, int truth, int wrongMerges, Map<String, Set<String>> splits) {}

  private Score score(Gazetteer gazetteer) throws Exception {
    Map<String, String> truth = new TreeMap<>();
    try (var r =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("/link/podman-projects-truth.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] s = line.split("\t");
        for (String x : s) truth.put(x, s[0]);
      }
    }
    List<AnnotatedNote> notes = new ArrayList<>();
    for (var p : SharedCorpus.allNotes()) notes.add(withMentions(MiniParser.read(p), truth));
    var corpus =
        IdentityResolver.builder().gazetteer(gazetteer).build().link(notes, new Diagnostics());
    Map<String, Set<String>> nodesOfTruth = new TreeMap<>();
    Map<String, Set<String>> truthsOfNode = new TreeMap<>();
    for (LinkedNote n : corpus.notes()) {
      String text = n.annotated().document().text();
      for (Mention m : n.annotated().mentions()) {
        if (m.type() == EntityType.VERSION) continue;
        String id = n.entityAt(m.range()).orElseThrow();
        String real = truth.get(m.range().of(text));
        nodesOfTruth.computeIfAbsent(real, k -> new TreeSet<>()).add(id);
        truthsOfNode.computeIfAbsent(id, k -> new TreeSet<>()).add(real);
      }
    }
    Map<String, Set<String>> splits = new TreeMap<>();
    nodesOfTruth.forEach(
        (k, v) -> {
          if (v.size() > 1) splits.put(k, v);
        });
    int wrong = truthsOfNode.values().stream().mapToInt(v -> v.size() - 1).sum();
    return new Score(truthsOfNode.size(), nodesOfTruth.size(), wrong, splits);
  }

  /** Longest spelling first, whole words, no overlaps: what a dictionary finder does. */
  private static AnnotatedNote withMentions(AnnotatedNote note, Map<String, String> truth) {
    String text = note.document().text();
    List<String> spellings = new ArrayList<>(truth.keySet());
    spellings.sort(
        Comparator.comparingInt(String::length)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    boolean[] taken = new boolean[text.length()];
    List<Mention> mentions = new ArrayList<>(note.mentions());
    for (String s : spellings) {
      var m = Pattern.compile("(?<![\\w/.-])" + Pattern.quote(s) + "(?![\\w/-])").matcher(text);
      while (m.find()) {
        if (taken[m.start()] || taken[m.end() - 1]) continue;
        for (int i = m.start(); i < m.end(); i++) taken[i] = true;
        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        EntityType type =
            ORGANIZATIONS.contains(truth.get(s)) ? EntityType.ORGANIZATION : EntityType.PROJECT;
        mentions.add(
            new Mention(type, s, new SourceRange(line, m.start(), m.end()), 1.0, "gazetteer", 0));
      }
    }
    mentions.sort(Comparator.comparing(Mention::range));
    return new AnnotatedNote(note.document(), note.note(), mentions);
  }
}
