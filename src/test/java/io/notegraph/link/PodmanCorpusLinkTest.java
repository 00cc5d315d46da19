package io.notegraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.gazetteer.Gazetteer;
import io.notegraph.testing.SharedCorpus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Identity resolution on the 42 real notes and both seeds (read with {@link MiniParser}, since the
 * real parser is built elsewhere), measured against the hand-made truth table.
 */
class PodmanCorpusLinkTest {
  private static List<AnnotatedNote> notes;
  private static LinkedCorpus corpus;

  @BeforeAll
  static void link() {
    notes = SharedCorpus.allNotes().stream().map(MiniParser::read).toList();
    corpus = resolver().link(notes, new Diagnostics());
  }

  private static IdentityResolver resolver() {
    return IdentityResolver.builder()
        .gazetteer(Gazetteer.fromClasspath())
        .overrides(IdentityOverrides.fromClasspath())
        .build();
  }

  @Test
  void everyHumanIsOnePersonAndNoPersonIsTwoHumans() {
    TruthTable.Score s = TruthTable.load("/link/podman-people-truth.tsv").score(corpus);
    System.out.printf(
        "person nodes %d, humans seen %d, residual duplicates %d %s,"
            + " wrong merges %d %s, unlisted %s, unseen %s%n",
        s.nodes(),
        s.humansSeen(),
        s.residualDuplicates(),
        s.splits(),
        s.wrongMerges(),
        s.merges(),
        s.unlisted(),
        s.unseen());
    assertThat(s.merges()).isEmpty();
    assertThat(s.splits()).isEmpty();
    assertThat(s.nodes()).isEqualTo(s.humansSeen());
  }

  @Test
  void withoutTheOverrideFileOnlyTheUnderivableHandleStaysApart() {
    var plain = IdentityResolver.builder().build().link(notes, new Diagnostics());
    TruthTable.Score s = TruthTable.load("/link/podman-people-truth.tsv").score(plain);
    System.out.printf(
        "without overrides: person nodes %d, humans seen %d, residual duplicates"
            + " %d %s, wrong merges %d %s%n",
        s.nodes(), s.humansSeen(), s.residualDuplicates(), s.splits(), s.wrongMerges(), s.merges());
    assertThat(s.merges()).isEmpty();
    assertThat(s.splits()).containsOnlyKeys("Ionut Stoica");
    assertThat(plain.entity("person/luca-di-maio-chris-evich")).isNotNull();
  }

  @Test
  void spellingsOfAndersBjorklundAreOnePersonWithHisHandle() {
    Entity anders = corpus.entity("person/anders-bjorklund");
    assertThat(anders.name()).isEqualTo("Anders Björklund");
    assertThat(anders.altLabels())
        .contains("Anders Bjorklund", "Anders F Björklund", "Anders Bj√∂rklund", "Anders");
    assertThat(anders.nicks()).containsExactly("afbjorklund");
    assertThat(anders.sameAs()).isEmpty();
  }

  @Test
  void typosAndNicknamesJoinTheirPerson() {
    assertThat(corpus.entity("person/faisal-razzak").altLabels()).contains("Falsal Rzzzak");
    assertThat(corpus.entity("person/dan-walsh").altLabels()).contains("Daniel Walsh", "Dan WAlsh");
    assertThat(corpus.entity("person/dan-walsh").nicks()).contains("rhatdan");
    assertThat(corpus.entity("person/eduardo-santiago").altLabels())
        .contains("Ed Santiago Munoz", "Ed Santaigo", "Ed Santiago");
    assertThat(corpus.entity("person/lokesh-mandvekar").altLabels()).contains("Lokesh Mand");
    assertThat(corpus.entity("person/peter-hunt").altLabels()).contains("Peter Hutn");
    assertThat(corpus.entity("person/miloslav-trmac").altLabels()).contains("Miloslav Trmač");
    assertThat(corpus.entity("person/mohan-boddu").altLabels()).contains("Mohan Bodu");
    assertThat(corpus.entity("person/chris-evich").altLabels()).contains("Christopher Evich");
    assertThat(corpus.entity("person/stevan-le-meur").altLabels())
        .contains("Steven Le Meur", "Stevan LeMeur");
    assertThat(corpus.entity("person/mairin-duffy").name()).isEqualTo("Máirín Duffy");
    assertThat(corpus.entity("person/reinhard-tartler").altLabels())
        .contains("Reinhard Tarter", "Reinhard Tartier");
  }

  @Test
  void chatHandlesResolveToTheirPeople() {
    assertThat(corpus.entity("person/brent-baude").nicks()).contains("baude");
    assertThat(corpus.entity("person/jhon-honce").nicks()).contains("jhonce");
    assertThat(corpus.entity("person/ionut-stoica").nicks()).contains("iongion");
  }

  @Test
  void peopleWhoShareAGivenNameStayApart() {
    assertThat(corpus.entities())
        .containsKeys(
            "person/tom-sweeney",
            "person/tom-deseyn",
            "person/eduardo-vega",
            "person/dan-mack",
            "person/chris-short",
            "person/urvashi-mohnani",
            "person/paul-holzinger");
  }

  @Test
  void tomInTomDeseynsSectionIsTomDeseyn() {
    LinkedNote june = noteNamed("2021-06-01.md");
    String text = june.annotated().document().text();
    int at = text.indexOf("Tom is working");
    var range = new io.notegraph.parse.SourceRange(lineOf(text, at), at, at + 3);
    var section =
        june.annotated().note().sections().stream()
            .filter(s -> s.title().contains("TYE"))
            .findFirst()
            .orElseThrow();
    var mention =
        new io.notegraph.nlp.Mention(
            io.notegraph.nlp.EntityType.PERSON, "Tom", range, 1.0, "test", section.index());
    List<AnnotatedNote> withMention = new ArrayList<>();
    for (AnnotatedNote n : notes) {
      withMention.add(
          n.document().name().equals("2021-06-01.md")
              ? new AnnotatedNote(n.document(), n.note(), List.of(mention))
              : n);
    }
    LinkedCorpus linked = resolver().link(withMention, new Diagnostics());
    LinkedNote note =
        linked.notes().stream()
            .filter(n -> n.annotated().document().name().equals("2021-06-01.md"))
            .findFirst()
            .get();
    assertThat(note.entityAt(range)).hasValue("person/tom-deseyn");
  }

  @Test
  void theSameNotesInAnotherOrderGiveTheSameCorpus() {
    List<AnnotatedNote> shuffled = new ArrayList<>(notes);
    Collections.shuffle(shuffled, new Random(7));
    LinkedCorpus again = resolver().link(shuffled, new Diagnostics());
    assertThat(again.entities()).isEqualTo(corpus.entities());
    assertThat(again.explanations()).isEqualTo(corpus.explanations());
  }

  @Test
  void oneThreadAndFourThreadsGiveTheSameCorpus() throws Exception {
    for (int threads : new int[] {1, 4}) {
      java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
      try {
        Diagnostics d = new Diagnostics();
        LinkedCorpus again = pool.submit(() -> resolver().link(notes, d)).get();
        assertThat(again.entities()).isEqualTo(corpus.entities());
        assertThat(again.explanations()).isEqualTo(corpus.explanations());
        for (int i = 0; i < corpus.notes().size(); i++) {
          assertThat(again.notes().get(i).annotated().document().name())
              .isEqualTo(corpus.notes().get(i).annotated().document().name());
          assertThat(again.notes().get(i).entityByRange())
              .isEqualTo(corpus.notes().get(i).entityByRange());
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void releaseThreeTwoZeroRcThreeIsAPodmanVersionWithFeatures() {
    Entity rc3 = corpus.entity("project/podman/version/3.2.0-rc3");
    assertThat(rc3.name()).isEqualTo("Podman 3.2.0-rc3");
    assertThat(rc3.project()).isEqualTo("project/podman");
    List<Feature> features =
        Releases.features(corpus).stream()
            .filter(f -> f.document().equals("2021-06-01.md"))
            .toList();
    assertThat(features).isNotEmpty();
    assertThat(features).allMatch(f -> f.projectId().equals("project/podman"));
    assertThat(features.get(0).text()).startsWith("Docker compose is supported");
  }

  private static LinkedNote noteNamed(String name) {
    return corpus.notes().stream()
        .filter(n -> n.annotated().document().name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }
}
