package io.notegraph.rdf;

import io.notegraph.link.Entity;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.link.LinkedNote;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The rdf stage's front door: streams a {@link LinkedCorpus} as quads (one named graph per
 * document, plus the entities graph) to any {@link StreamRDF} — a writer, a dataset, a counter.
 * Emission order follows the corpus (documents by name, entities by id), so every output format is
 * deterministic. Immutable and thread-safe; each call writes one whole stream.
 */
public final class GraphEmitter {
  private final Iris iris;
  private final double minConfidence;

  public GraphEmitter(String base) {
    this(base, 0);
  }

  /**
   * @param minConfidence version-of and affiliation statements whose evidence is weaker are left
   *     out of the notes' graphs, and such affiliations out of the entities graph
   */
  public GraphEmitter(String base, double minConfidence) {
    this.iris = new Iris(base);
    this.minConfidence = minConfidence;
  }

  public void emit(LinkedCorpus corpus, StreamRDF stream) {
    stream.start();
    Prefixes.all(iris.base()).forEach(stream::prefix);
    QuadSink sink = new QuadSink(stream);
    Map<String, Entity> entities = corpus.entities();
    java.util.Set<String> trusted = new java.util.HashSet<>();
    for (io.notegraph.link.Fact f : corpus.facts()) {
      if (f.confidence() >= minConfidence) trusted.add(f.subject() + " " + f.object());
    }
    // Notes look an entity up twice per mention: in the corpus's sorted map (String.compareTo
    // walks) that was a visible share of emission on large corpora, in a hash map it is not
    // (docs/BENCHMARKS.md).
    Map<String, Entity> byId = new java.util.HashMap<>(entities);
    java.util.List<LinkedNote> notes =
        corpus.notes().stream()
            .sorted(java.util.Comparator.comparing(n -> n.annotated().document().name()))
            .toList();
    Map<String, String> seriesNames = SeriesNames.of(notes);
    // Two notes of one series and day are one meeting (a note and its copy, an agenda file and a
    // transcript file). What they say alike goes under the meeting's own paths; a later note that
    // says something else (other sections, tasks, times) puts its parts under ".../part/2".
    Map<String, String> firstSaid = new java.util.HashMap<>();
    Map<String, Integer> parts = new java.util.HashMap<>();
    for (LinkedNote n : notes) {
      var note = n.annotated().note();
      String path = iris.meetingPath(note.series(), note.time().date());
      String said = MeetingParts.signature(note);
      String first = firstSaid.putIfAbsent(path, said);
      String partPath = path;
      if (first != null && !first.equals(said)) {
        partPath = path + "/part/" + parts.merge(path, 2, (a, b) -> a + 1);
      }
      new NoteEmitter(n, iris, byId, seriesNames, sink, partPath).emit();
    }
    EntityEmitter ee =
        new EntityEmitter(
            iris,
            sink,
            (person, org) -> minConfidence <= 0 || trusted.contains(person + " " + org));
    for (Entity e : entities.values()) ee.emit(e);
    new ReleaseEmitter(iris, sink, minConfidence).emit(corpus);
    stream.finish();
  }
}
