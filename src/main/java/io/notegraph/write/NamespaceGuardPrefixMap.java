package io.notegraph.write;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapWrapper;

/**
 * A prefix map for output that answers "no abbreviation" at once for IRIs no prefix can abbreviate,
 * and otherwise asks the wrapped map, so every answer is the wrapped map's.
 *
 * <p>Jena's {@code PrefixMapStd.abbrev} tries the namespace up to the IRI's last '#' (or '/') and,
 * failing that, scans every prefix with {@code startsWith}. Minted IRIs such as {@code
 * .../doc/<slug>#char=10,14} or {@code .../person/<slug>} always fail, and formatting them was 16%
 * of the streamed write CPU at 10 times the corpus. Such an IRI has no abbreviation when no prefix
 * namespace starts with its candidate namespace {@code c}: a namespace equal to {@code c} is the
 * only shorter-or-equal one that leaves a local part without '/' or '#', and a longer one matching
 * the IRI must start with {@code c}. That test depends on {@code c} alone, so it is cached per
 * candidate. IRIs that do abbreviate are the vocabulary's, whose strings are the same objects quad
 * after quad (constant nodes), so their answers are kept by identity and the wrapped map is asked
 * once per term. Call {@link #invalidate()} whenever the wrapped map changes. Not thread-safe: one
 * per writer.
 */
final class NamespaceGuardPrefixMap extends PrefixMapWrapper {
  // Bounds: a caller minting abbreviable IRIs afresh, or one candidate namespace per node, would
  // otherwise grow them without end. Past the bound answers are simply not kept (or start over).
  private static final int MAX_KNOWN = 4096;
  private static final int MAX_CANDIDATES = 1 << 16;
  private final PrefixMap prefixes;
  private final Map<String, Boolean> hopeless = new HashMap<>();
  private final Map<String, Pair<String, String>> known = new IdentityHashMap<>();

  NamespaceGuardPrefixMap(PrefixMap prefixes) {
    super(prefixes);
    this.prefixes = prefixes;
  }

  /** Forgets what was cached; the wrapped map has changed. */
  void invalidate() {
    hopeless.clear();
    known.clear();
  }

  @Override
  public Pair<String, String> abbrev(String iri) {
    Pair<String, String> pair = known.get(iri);
    if (pair != null) return pair;
    String candidate = candidate(iri);
    if (hopeless.size() > MAX_CANDIDATES) hopeless.clear();
    if (candidate != null && hopeless.computeIfAbsent(candidate, this::noNamespaceStartsWith)) {
      return null;
    }
    pair = super.abbrev(iri);
    if (pair != null && known.size() < MAX_KNOWN) known.put(iri, pair);
    return pair;
  }

  private boolean noNamespaceStartsWith(String candidate) {
    for (String ns : prefixes.getMapping().values()) {
      if (ns.startsWith(candidate)) return false;
    }
    return true;
  }

  /** As {@code PrefixMapStd.getPossibleKey}: up to the last '#', else the last '/'. */
  private static String candidate(String iri) {
    int i = iri.lastIndexOf('#');
    if (i < 0) i = iri.lastIndexOf('/');
    return i < 0 ? null : iri.substring(0, i + 1);
  }
}
