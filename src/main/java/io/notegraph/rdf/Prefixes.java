package io.notegraph.rdf;

import io.notegraph.vocab.Doap;
import io.notegraph.vocab.Ng;
import io.notegraph.vocab.Nif;
import io.notegraph.vocab.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/** The prefixes every output declares, in a fixed order. */
public final class Prefixes {
  private Prefixes() {}

  public static Map<String, String> all(String base) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("schema", Schema.NS);
    m.put("foaf", "http://xmlns.com/foaf/0.1/");
    m.put("doap", Doap.NS);
    m.put("skos", "http://www.w3.org/2004/02/skos/core#");
    m.put("prov", Doap.PROV);
    m.put("dcterms", "http://purl.org/dc/terms/");
    m.put("nif", Nif.NS);
    m.put("itsrdf", Nif.ITSRDF);
    m.put("owl", "http://www.w3.org/2002/07/owl#");
    m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    m.put("ng", Ng.NS);
    m.put("id", base);
    return m;
  }
}
