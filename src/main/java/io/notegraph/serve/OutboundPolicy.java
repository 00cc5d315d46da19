package io.notegraph.serve;

import java.util.Locale;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * What the server may reach on its own behalf: by default nothing. A query's {@code SERVICE} would
 * make the server fetch any URL a client names (and hand back the body, or reveal which ports are
 * open), and {@code LOAD <file:...>} would read local files into the store; both turn a local
 * SPARQL endpoint into a proxy for whoever can send it a request. Fuseki's guidance is the same:
 * disable SERVICE ({@code arq:httpServiceAllowed false}) on anything not fully trusted.
 *
 * <p>Applied through the dataset's context, which Fuseki hands to every query and update on it, so
 * other datasets in the same JVM are not affected. Immutable and thread-safe.
 */
record OutboundPolicy(boolean allowService, boolean allowFileLoad) {
  /** Context key holding the policy for the update engine below. */
  static final Symbol KEY = Symbol.create("urn:notegraph:outbound-policy");

  private static final UpdateEngineFactory GUARDED_UPDATES = new GuardedUpdates();

  static {
    // Registered once; it only takes datasets whose context carries a policy.
    UpdateEngineRegistry.addFactory(GUARDED_UPDATES);
  }

  /** Sets this policy on a dataset's context. */
  void applyTo(Context context) {
    context.set(ARQ.httpServiceAllowed, allowService);
    context.set(KEY, this);
  }

  /**
   * Why a LOAD of {@code source} is refused, or null when it may go ahead. Anything that is not an
   * http(s) IRI is treated as a local file: Jena also reads relative names and {@code file:} IRIs
   * from disk, and unknown schemes should not be tried at all.
   */
  String refusal(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    boolean remote = lower.startsWith("http://") || lower.startsWith("https://");
    if (remote) {
      return allowService
          ? null
          : "LOAD from the network is disabled on this server (start it with --allow-service)";
    }
    return allowFileLoad
        ? null
        : "LOAD of local files is disabled on this server (start it with --allow-file-load)";
  }

  private static final class GuardedUpdates implements UpdateEngineFactory {
    @Override
    public boolean accept(DatasetGraph dsg, Context context) {
      return policy(dsg, context) != null;
    }

    @Override
    public UpdateEngine create(DatasetGraph dsg, Binding binding, Context context) {
      OutboundPolicy policy = policy(dsg, context);
      return new UpdateEngineMain(dsg, binding, context) {
        @Override
        protected UpdateVisitor prepareWorker() {
          return new GuardedWorker(dsg, binding, context, policy);
        }
      };
    }

    private static OutboundPolicy policy(DatasetGraph dsg, Context context) {
      Object p = context == null ? null : context.get(KEY);
      if (p == null && dsg != null) p = dsg.getContext().get(KEY);
      return p instanceof OutboundPolicy op ? op : null;
    }
  }

  /**
   * Fuseki answers an update's QueryParseException with 400 and any other UpdateException with 500;
   * a refused or unreadable LOAD is the client's error.
   */
  private static QueryParseException clientError(String message) {
    return new QueryParseException(message, -1, -1);
  }

  private static final class GuardedWorker extends UpdateEngineWorker {
    private final OutboundPolicy policy;

    GuardedWorker(DatasetGraph dsg, Binding binding, Context context, OutboundPolicy policy) {
      super(dsg, binding, context);
      this.policy = policy;
    }

    @Override
    public void visit(UpdateLoad update) {
      String refusal = policy.refusal(update.getSource());
      if (refusal != null) throw clientError(refusal);
      try {
        super.visit(update);
      } catch (RuntimeException e) {
        // Parser messages quote the offending token: for a file that is not RDF (say
        // /proc/self/environ) that would hand its contents to the client.
        throw clientError("LOAD <" + update.getSource() + "> failed: not readable RDF");
      }
    }
  }
}
