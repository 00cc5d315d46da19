package io.notegraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The schema.org terms notegraph writes ({@code https://schema.org/}). */
public final class Schema {
  public static final String NS = "https://schema.org/";

  public static final Node DigitalDocument = t("DigitalDocument");
  public static final Node Event = t("Event");
  public static final Node EventSeries = t("EventSeries");
  public static final Node VideoObject = t("VideoObject");
  public static final Node Person = t("Person");
  public static final Node Organization = t("Organization");
  public static final Node SoftwareSourceCode = t("SoftwareSourceCode");
  public static final Node Question = t("Question");
  public static final Node Answer = t("Answer");
  public static final Node Conversation = t("Conversation");
  public static final Node Message = t("Message");

  public static final Node name = t("name");
  public static final Node about = t("about");
  public static final Node url = t("url");
  public static final Node encodingFormat = t("encodingFormat");
  public static final Node mentions = t("mentions");
  public static final Node startDate = t("startDate");
  public static final Node endDate = t("endDate");
  public static final Node attendee = t("attendee");
  public static final Node recordedIn = t("recordedIn");
  public static final Node subEvent = t("subEvent");
  public static final Node superEvent = t("superEvent");
  public static final Node performer = t("performer");
  public static final Node position = t("position");
  public static final Node text = t("text");
  public static final Node isPartOf = t("isPartOf");
  public static final Node hasPart = t("hasPart");
  public static final Node author = t("author");
  public static final Node suggestedAnswer = t("suggestedAnswer");
  public static final Node sender = t("sender");
  public static final Node dateSent = t("dateSent");
  public static final Node datePublished = t("datePublished");
  public static final Node affiliation = t("affiliation");
  public static final Node agent = t("agent");
  public static final Node actionStatus = t("actionStatus");
  public static final Node CompletedActionStatus = t("CompletedActionStatus");
  public static final Node PotentialActionStatus = t("PotentialActionStatus");
  public static final Node publisher = t("publisher");

  private static Node t(String local) {
    return NodeFactory.createURI(NS + local);
  }

  private Schema() {}
}
