package io.notegraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** DOAP and PROV-O terms. */
public final class Doap {
  public static final String NS = "http://usefulinc.com/ns/doap#";
  public static final String PROV = "http://www.w3.org/ns/prov#";

  public static final Node Project = t("Project");
  public static final Node Version = t("Version");
  public static final Node GitRepository = t("GitRepository");
  public static final Node name = t("name");
  public static final Node revision = t("revision");
  public static final Node release = t("release");
  public static final Node homepage = t("homepage");
  public static final Node repository = t("repository");
  public static final Node browse = t("browse");

  public static final Node provEntity = NodeFactory.createURI(PROV + "Entity");
  public static final Node wasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");

  private static Node t(String local) {
    return NodeFactory.createURI(NS + local);
  }

  private Doap() {}
}
