package io.notegraph.serve;

import java.net.URL;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;

/**
 * Serves the Fuseki UI (the jena-fuseki-ui jar's {@code /webapp}) from an embedded server.
 *
 * <p>Fuseki's own {@code FMod_UI} module only works together with the admin module, which wants a
 * run directory and adds dataset creation and deletion. We do what FMod_UI does (static files plus
 * the validators and statistics) and add just the read-only part of admin the UI needs to list
 * datasets: {@code /$/server}. Stateless.
 */
final class FusekiUi {
  private FusekiUi() {}

  /** Returns false, changing nothing, when the UI files are not on the classpath. */
  static boolean install(FusekiServer.Builder fb) {
    URL webapp = FusekiUi.class.getClassLoader().getResource("webapp/index.html");
    if (webapp == null) return false;
    String base =
        webapp.toString().substring(0, webapp.toString().length() - "index.html".length());
    fb.staticFileBase(base)
        .addServlet("/$/server", new ActionServerStatus())
        .addServlet("/$/validate/query", new QueryValidator())
        .addServlet("/$/validate/update", new UpdateValidator())
        .addServlet("/$/validate/iri", new IRIValidator())
        .addServlet("/$/validate/langtag", new LangTagValidator())
        .addServlet("/$/validate/data", new DataValidator())
        .enableStats(true);
    return true;
  }
}
