package io.notegraph.viz;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The viz data as JSON, through gson. Object keys are written sorted (maps are copied into sorted
 * ones first: {@code Map.of} iterates in an order that changes from one JVM to the next), so output
 * is byte-for-byte stable. gson's HTML-safe escaping writes {@code < > & = '} as unicode escapes,
 * and it always escapes U+2028/U+2029, so the result can sit inside an HTML {@code <script>}.
 */
final class Json {
  private static final Gson GSON = new GsonBuilder().create();

  private Json() {}

  static String write(Object value) {
    return GSON.toJson(sorted(value));
  }

  private static Object sorted(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> m = new TreeMap<>();
      map.forEach((k, v) -> m.put(String.valueOf(k), sorted(v)));
      return m;
    }
    if (value instanceof Collection<?> list) {
      List<Object> l = new ArrayList<>(list.size());
      for (Object item : list) l.add(sorted(item));
      return l;
    }
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return value;
    }
    throw new IllegalArgumentException("not JSON: " + value.getClass());
  }
}
