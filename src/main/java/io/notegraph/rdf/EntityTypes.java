package io.notegraph.rdf;

import io.notegraph.nlp.EntityType;
import io.notegraph.vocab.Doap;
import io.notegraph.vocab.Ng;
import io.notegraph.vocab.Schema;
import org.apache.jena.graph.Node;

/** The class an entity type is written as ({@code itsrdf:taClassRef}). */
final class EntityTypes {
  private EntityTypes() {}

  static Node classOf(EntityType t) {
    return switch (t) {
      case PERSON -> Schema.Person;
      case PROJECT -> Doap.Project;
      case ORGANIZATION -> Schema.Organization;
      case VERSION -> Doap.Version;
      case COMMAND -> Ng.Command;
    };
  }
}
