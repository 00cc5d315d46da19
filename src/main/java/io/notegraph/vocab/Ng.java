package io.notegraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** notegraph's own terms, declared in {@code ontology/notegraph.ttl}. */
public final class Ng {
  public static final String NS = "https://w3id.org/notegraph/ontology#";

  public static final Node Demo = t("Demo");
  public static final Node TopicProposal = t("TopicProposal");
  public static final Node Transcript = t("Transcript");
  public static final Node Utterance = t("Utterance");
  public static final Node Feature = t("Feature");
  public static final Node Command = t("Command");
  public static final Node ActionItem = t("ActionItem");

  public static final Node sourcePath = t("sourcePath");
  public static final Node repairCount = t("repairCount");
  public static final Node line = t("line");
  public static final Node finder = t("finder");
  public static final Node scheduledStart = t("scheduledStart");
  public static final Node declaredAttendeeCount = t("declaredAttendeeCount");
  public static final Node nextMeeting = t("nextMeeting");
  public static final Node proposedTopic = t("proposedTopic");
  public static final Node recordingOffset = t("recordingOffset");
  public static final Node slides = t("slides");
  public static final Node sectionKind = t("sectionKind");
  public static final Node demo = t("demo");
  public static final Node forMeeting = t("forMeeting");
  public static final Node topicKind = t("topicKind");
  public static final Node versionOf = t("versionOf");
  public static final Node feature = t("feature");
  public static final Node featureOf = t("featureOf");
  public static final Node inVersion = t("inVersion");
  public static final Node actionItem = t("actionItem");
  public static final Node Evidence = t("Evidence");
  public static final Node releaseStatus = t("releaseStatus");
  public static final Node confidence = t("confidence");
  public static final Node rule = t("rule");
  public static final Node evidence = t("evidence");
  public static final Node major = t("major");
  public static final Node minor = t("minor");
  public static final Node patch = t("patch");
  public static final Node versionKey = t("versionKey");

  private static Node t(String local) {
    return NodeFactory.createURI(NS + local);
  }

  private Ng() {}
}
