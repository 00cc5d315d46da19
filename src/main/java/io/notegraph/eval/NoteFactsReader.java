package io.notegraph.eval;

import io.notegraph.eval.NoteFacts.ActionItem;
import io.notegraph.eval.NoteFacts.AffiliationRef;
import io.notegraph.eval.NoteFacts.FeatureRef;
import io.notegraph.eval.NoteFacts.Section;
import io.notegraph.eval.NoteFacts.VersionRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Reads {@link NoteFacts} from one document's graph and {@code graph/entities}. */
final class NoteFactsReader {
  private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private final DocumentView view;
  private final Node document;

  NoteFactsReader(DocumentView view, Node document) {
    this.view = view;
    this.document = document;
  }

  NoteFacts read() {
    Optional<Node> meeting = meeting();
    List<Node> linked = view.linked();
    List<Thing> persons = ofType(linked, Terms.SCHEMA_PERSON, Terms.FOAF_PERSON);
    List<Thing> organizations = ofType(linked, Terms.SCHEMA_ORGANIZATION, Terms.FOAF_ORGANIZATION);
    List<AffiliationRef> stated = affiliations(view.doc(), persons);
    List<AffiliationRef> known = stated.isEmpty() ? affiliations(view.entities(), persons) : stated;
    String source = !stated.isEmpty() ? "document" : known.isEmpty() ? "none" : "entities";
    return new NoteFacts(
        meeting.flatMap(m -> view.literal(m, Terms.START_DATE)).flatMap(NoteFactsReader::day),
        meeting.flatMap(this::series).map(view::thing),
        meeting.map(m -> things(view.docObjects(m, Terms.ATTENDEE))).orElse(List.of()),
        meeting.map(this::sections).orElse(List.of()),
        meeting.map(this::actions).orElse(List.of()),
        persons,
        ofType(linked, Terms.DOAP_PROJECT),
        organizations,
        versions(linked),
        features(),
        known,
        source);
  }

  /** The meeting the document is about: the {@code schema:about} that belongs to a series. */
  private Optional<Node> meeting() {
    List<Node> about = view.docObjects(document, Terms.ABOUT);
    return about.stream()
        .filter(m -> series(m).isPresent())
        .findFirst()
        .or(
            () ->
                about.stream()
                    .filter(m -> view.literal(m, Terms.START_DATE).isPresent())
                    .findFirst());
  }

  private Optional<Node> series(Node meeting) {
    return view.docObjects(meeting, Terms.SUPER_EVENT).stream()
        .filter(s -> view.hasType(s, Terms.EVENT_SERIES))
        .findFirst();
  }

  private List<Section> sections(Node meeting) {
    List<Section> out = new ArrayList<>();
    for (Node s : view.docObjects(meeting, Terms.SUB_EVENT)) {
      out.add(
          new Section(
              s.toString(),
              view.literal(s, Terms.SCHEMA_NAME).orElse(""),
              things(view.docObjects(s, Terms.PERFORMER)),
              view.literal(s, Terms.RECORDING_OFFSET)));
    }
    return out;
  }

  private List<ActionItem> actions(Node meeting) {
    List<ActionItem> out = new ArrayList<>();
    for (Node a : view.docObjects(meeting, Terms.ACTION_ITEM)) {
      out.add(
          new ActionItem(
              a.toString(),
              view.literal(a, Terms.SCHEMA_NAME).orElse(""),
              things(view.docObjects(a, Terms.AGENT))));
    }
    return out;
  }

  private List<VersionRef> versions(List<Node> linked) {
    List<VersionRef> out = new ArrayList<>();
    for (Node v : linked) {
      if (!view.hasType(v, Terms.DOAP_VERSION)) continue;
      Optional<String> status =
          view.docObjects(v, Terms.RELEASE_STATUS).stream()
              .filter(Node::isLiteral)
              .map(n -> status(n.getLiteralLexicalForm()))
              .findFirst();
      out.add(new VersionRef(v.toString(), projectNames(v), revision(v), status));
    }
    return out;
  }

  private List<FeatureRef> features() {
    List<FeatureRef> out = new ArrayList<>();
    for (Node f : view.docSubjects(Terms.TYPE, Terms.FEATURE)) {
      for (Node v : view.docObjects(f, Terms.IN_VERSION)) {
        Set<String> projects =
            view.object(f, Terms.FEATURE_OF).map(view::names).orElseGet(() -> projectNames(v));
        out.add(
            new FeatureRef(
                f.toString(),
                projects,
                revision(v),
                view.literal(f, Terms.SCHEMA_NAME).orElse("")));
      }
    }
    return out;
  }

  private List<AffiliationRef> affiliations(Graph g, List<Thing> persons) {
    List<AffiliationRef> out = new ArrayList<>();
    for (Thing p : persons) {
      Node person = org.apache.jena.graph.NodeFactory.createURI(p.iri());
      g
          .find(person, Terms.AFFILIATION, Node.ANY)
          .filterKeep(t -> t.getObject().isURI())
          .mapWith(t -> t.getObject())
          .toList()
          .stream()
          .sorted((a, b) -> a.toString().compareTo(b.toString()))
          .forEach(o -> out.add(new AffiliationRef(p, view.thing(o))));
    }
    return out;
  }

  private Set<String> projectNames(Node version) {
    return view.object(version, Terms.VERSION_OF).map(view::names).orElse(Set.of());
  }

  private String revision(Node version) {
    return view.literal(version, Terms.REVISION).orElse("");
  }

  private List<Thing> ofType(List<Node> nodes, Node... types) {
    return things(nodes.stream().filter(n -> view.hasType(n, types)).toList());
  }

  private List<Thing> things(List<Node> nodes) {
    return nodes.stream().filter(Node::isURI).map(view::thing).toList();
  }

  /** The status vocabulary of the gold; "release-candidate" is the graph's long form of rc. */
  static String status(String graphValue) {
    String s = graphValue.strip().toLowerCase(Locale.ROOT);
    return s.equals("release-candidate") ? "rc" : s;
  }

  private static Optional<String> day(String startDate) {
    Matcher m = DATE.matcher(startDate.strip());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
