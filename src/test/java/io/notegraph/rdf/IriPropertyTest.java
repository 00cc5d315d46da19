package io.notegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.link.Slug;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIx;

/**
 * Every IRI notegraph mints from a name or a file path is a valid absolute IRI, whatever the name:
 * quotes, angle brackets, spaces, any script, right-to-left text, emoji, combining marks, controls,
 * lone surrogates, names that slug to nothing. Seeded, so CI sees the same names.
 */
class IriPropertyTest {
  private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

  @Property(tries = 1000, seed = "20261123")
  void slugsAreNonEmptyAndNeverNeedEscaping(@ForAll("names") String name) {
    String slug = Slug.of(name);
    assertThat(slug).isNotEmpty().doesNotContain("/", "#", "?", "%", " ", "<", ">", "\"");
    assertThat(slug).doesNotStartWith("-").doesNotEndWith("-").doesNotStartWith(".");
    assertThat(Slug.of(name)).as("stable").isEqualTo(slug);
  }

  @Property(tries = 1000, seed = "20261123")
  void everyMintedIriIsAValidAbsoluteIri(
      @ForAll("names") String name,
      @ForAll("paths") String path,
      @ForAll @IntRange(min = 0, max = 100_000) int begin) {
    valid(IRIS.series(name));
    valid(IRIS.entity("person/" + Slug.of(name)));
    valid(IRIS.iri(IRIS.meetingPath(name, LocalDate.of(2024, 3, 5))));
    valid(IRIS.document(path));
    valid(IRIS.context(path, begin));
    valid(IRIS.mention(IRIS.document(path), begin, begin + 7));
  }

  @Property(tries = 200, seed = "20261123")
  void anyBaseGivenWithOrWithoutSlashStillMintsValidIris(
      @ForAll("names") String name, @ForAll("bases") String base) {
    valid(new Iris(base).series(name));
  }

  private static void valid(Node n) {
    String iri = n.getURI();
    assertThat(IRIs.check(iri)).as("IRIs.check(%s)", iri).isTrue();
    IRIx x = IRIx.create(iri);
    assertThat(x.scheme() != null && x.isReference() && !x.isRelative())
        .as("absolute: %s", iri)
        .isTrue();
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40), // any char, lone surrogates included
        Arbitraries.strings().withChars("\"'<>{}|\\^`#%?/[]() \t\n.-_:@&=+$,;!*~").ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u0590', '\u06ff').ofMaxLength(12), // Hebrew, Arabic
        Arbitraries.strings().withCharRange('\u0300', '\u036f').ofMaxLength(6), // combining only
        Arbitraries.of(
            "",
            " ",
            "---",
            "...",
            "\u202eAnders\u202c",
            "😀",
            "👩‍💻 Dev",
            "田中 司恩",
            "O'Brien <ob@example.org>",
            "\"Quoted\"",
            "Ζωή",
            "İnci",
            "ß",
            "ǅ",
            "\ufeff",
            "a\u0000b",
            "\ud800",
            "x".repeat(500)),
        Arbitraries.strings().withCharRange('\u2000', '\u2bff').ofMaxLength(10),
        Arbitraries.strings().ascii().ofMaxLength(30));
  }

  @Provide
  Arbitrary<String> paths() {
    return names()
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(parts -> String.join("/", parts))
        .map(p -> p + (p.length() % 2 == 0 ? ".md" : ""));
  }

  @Provide
  Arbitrary<String> bases() {
    return Arbitraries.of(
        "https://example.org/id/",
        "https://example.org/id",
        "http://x.test#",
        "https://w3id.org/notegraph/id/");
  }
}
