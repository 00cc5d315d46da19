package io.notegraph.link;

import static io.notegraph.link.Fixtures.attendees;
import static io.notegraph.link.Fixtures.idAt;
import static io.notegraph.link.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spelling pairs the project issue names: each pair, seen in two different meetings, is one
 * person or two. Only names, no note text; each meeting also lists a fictional regular so that the
 * pair is not alone.
 */
class PersonSpellingsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Anders Björklund | Anders Bjorklund",
        "Anders Björklund | Anders F Björklund",
        "Anders Björklund | Anders Bj√∂rklund",
        "Faisal Razzak | Falsal Rzzzak",
        "Dan Walsh | Daniel Walsh",
        "Dan Walsh | Dan WAlsh",
        "Eduardo Santiago | Ed Santiago Munoz",
        "Eduardo Santiago | Ed Santaigo",
        "Eduardo Santiago | Ed Santiago",
        "Lokesh Mandvekar | Lokesh Mand",
        "Tom Sweeney | TomSweeney",
        "Peter Hunt | Peter Hutn",
        "Miloslav Trmač | Miloslav Trmac",
        "Mohan Boddu | Mohan Bodu",
        "Christopher Evich | Chris Evich",
        "Stevan Le Meur | Steven Le Meur",
        "Stevan Le Meur | Stevan LeMeur",
        "Máirín Duffy | Mairin Duffy",
        "Reinhard Tartler | Reinhard Tarter",
        "Reinhard Tartler | R. Tartier",
      })
  void spellingsOfOnePersonMerge(String a, String b) {
    var corpus = link(attendees("a.md", "Zora Quill", a), attendees("b.md", "Zora Quill", b));
    assertThat(idAt(corpus, "b.md", b, 0)).isEqualTo(idAt(corpus, "a.md", a, 0)).isNotNull();
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tom Sweeney | Tom Deseyn",
        "Eduardo Santiago | Eduardo Vega",
        "Dan Walsh | Dan Mack",
        "Chris Evich | Chris Short",
        "Paul Holzinger | Paul Hollister",
        "Urvashi Mohnani | Urvashi Mohan",
        "Urvashi Mohnani | Uma Mohnani",
        "Christopher Evich | Christopher Fergeau",
        "Ed Santiago | Ed Haynes",
      })
  void differentPeopleStayApart(String a, String b) {
    var corpus = link(attendees("a.md", "Zora Quill", a), attendees("b.md", "Zora Quill", b));
    assertThat(idAt(corpus, "b.md", b, 0)).isNotEqualTo(idAt(corpus, "a.md", a, 0));
  }

  @ParameterizedTest(name = "{0} listed with {1}")
  @CsvSource(
      delimiter = '|',
      value = {"Mohan Boddu | Mohan Bodu", "Máirín Duffy | Mairin Duffy"})
  void nearIdenticalNamesInOneListAreStillOnePerson(String a, String b) {
    var corpus = link(attendees("a.md", a, "Zora Quill", b));
    assertThat(idAt(corpus, "a.md", b, 0)).isEqualTo(idAt(corpus, "a.md", a, 0));
  }

  @ParameterizedTest(name = "{1} is {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Anders Björklund (afbjorklund) | afbjorklund",
        "Dan Walsh (rhatdan) | rhatdan",
        "Daniel (rhatdan) Walsh | rhatdan",
        "Brent Baude | baude",
        "Jhon Honce | jhonce",
        "Anders Björklund | Anders",
      })
  void handlesAndGivenNamesResolveToThePersonAtTheirMeeting(String full, String word) {
    var corpus = link(attendees("a.md", "Zora Quill", full), attendees("b.md", word, full));
    assertThat(idAt(corpus, "b.md", word, 0)).isEqualTo(idAt(corpus, "a.md", full, 0)).isNotNull();
  }

  @org.junit.jupiter.api.Test
  void aNameWithItsHandleInParenthesesIsThePersonWithoutIt() {
    var corpus = link(attendees("a.md", "Dan Walsh"), attendees("b.md", "Dan Walsh (rhatdan)"));
    assertThat(idAt(corpus, "b.md", "Dan Walsh (rhatdan)", 0)).isEqualTo("person/dan-walsh");
    assertThat(corpus.entity("person/dan-walsh").nicks()).containsExactly("rhatdan");
  }
}
