package io.notegraph.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The result of scoring a graph against open-world gold: every note's scores and the micro-average
 * (counts summed over notes) per relation.
 *
 * @param seriesIris for each gold series name (spellings that are equal after normalising count as
 *     one, under the first), the distinct series IRIs its notes' meetings point to (one per real
 *     series is the target)
 */
public record EvalReport(List<NoteScore> notes, Map<String, Set<String>> seriesIris) {
  public EvalReport {
    notes = List.copyOf(notes);
    seriesIris = Collections.unmodifiableMap(new TreeMap<>(seriesIris));
  }

  /** Counts summed over every note that scored the relation. */
  public Map<Relation, Score> micro() {
    Map<Relation, Score> sum = new EnumMap<>(Relation.class);
    for (NoteScore n : notes) n.scores().forEach((r, s) -> sum.merge(r, s, Score::plus));
    return Collections.unmodifiableMap(sum);
  }

  /** The number of notes that scored {@code r}. */
  public int notesScoring(Relation r) {
    return (int) notes.stream().filter(n -> n.scores().containsKey(r)).count();
  }

  /** Every error of every note, in note order. */
  public List<Finding> findings() {
    return notes.stream().flatMap(n -> n.findings().stream()).toList();
  }

  /** The gold notes for which the graph has no document. */
  public List<String> missingNotes() {
    return notes.stream().filter(n -> !n.found()).map(NoteScore::note).toList();
  }
}
