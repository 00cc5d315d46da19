package io.notegraph.link;

import io.notegraph.link.Observation.Role;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.parse.AgendaSection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who usually hosts: the configured host, then whoever presented announcement sections most often
 * across the corpus (ties to the smaller id). Stateless apart from its inputs.
 */
final class Hosts {
  private final People people;
  private final String configured;

  Hosts(People people, String configured) {
    this.people = people;
    this.configured = configured;
  }

  List<String> fallbacks(List<AnnotatedNote> notes, Map<String, List<Observation>> observations) {
    List<String> out = new ArrayList<>();
    if (configured != null) {
      people.idOfKey(PersonName.parse(configured, null, null).key()).ifPresent(out::add);
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (AnnotatedNote n : notes) {
      for (AgendaSection s : n.note().sections()) {
        if (!MeetingResolver.isGeneralAnnouncements(s)) continue;
        for (Observation o : observations.get(n.document().name())) {
          if (o.role() == Role.PRESENTER && o.section() == s.index()) {
            people.idOfKey(o.key()).ifPresent(id -> counts.merge(id, 1, Integer::sum));
          }
        }
      }
    }
    counts.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .filter(id -> !out.contains(id))
        .ifPresent(out::add);
    return out;
  }
}
