package io.notegraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;

/**
 * Score a graph written by {@code notegraph extract} (TriG: one named graph per document and {@code
 * graph/entities}) against open-world gold. It reads only the published contract (docs/GRAPH.md),
 * never the pipeline's classes.
 *
 * <pre>{@code
 * Dataset ds = RDFDataMgr.loadDataset("output/notegraph.trig");
 * EvalReport report = GraphScorer.score(ds, OpenGoldReader.readFolder(goldDir));
 * }</pre>
 *
 * <p>Reads the dataset without changing it; not safe against concurrent writers.
 */
public final class GraphScorer {
  private GraphScorer() {}

  public static EvalReport score(Dataset dataset, List<OpenGold> golds) {
    DocumentIndex index = new DocumentIndex(dataset.asDatasetGraph());
    List<NoteScore> notes = new ArrayList<>();
    Map<String, Set<String>> seriesIris = new TreeMap<>();
    for (OpenGold gold : golds) {
      // a running notes file read as several meetings: the gold's date says which one it is
      Optional<DocumentIndex.Document> doc = Optional.empty();
      NoteFacts facts = NoteFacts.NONE;
      for (DocumentIndex.Document d : index.findAll(gold.note())) {
        NoteFacts f = new NoteFactsReader(index.view(d), d.iri()).read();
        boolean sameDay = gold.date().isPresent() && gold.date().equals(f.date());
        if (doc.isEmpty() || sameDay) {
          doc = Optional.of(d);
          facts = f;
        }
        if (sameDay) break;
      }
      NoteScore score =
          new NoteScorer(gold, facts).score(doc.map(DocumentIndex.Document::sourcePath));
      notes.add(score);
      gold.series()
          .ifPresent(
              s -> {
                String key =
                    seriesIris.keySet().stream()
                        .filter(k -> TextMatch.sameSeries(k, s))
                        .findFirst()
                        .orElse(s);
                Set<String> iris = seriesIris.computeIfAbsent(key, k -> new TreeSet<>());
                score.seriesIri().ifPresent(iris::add);
              });
    }
    return new EvalReport(notes, seriesIris);
  }
}
