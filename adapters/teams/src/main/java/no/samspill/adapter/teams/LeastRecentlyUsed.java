package no.samspill.adapter.teams;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A thread-safe map that forgets its least recently used entry beyond {@code max} entries. */
final class LeastRecentlyUsed {

  private LeastRecentlyUsed() {}

  static <K, V> Map<K, V> map(int max) {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > max;
          }
        });
  }
}
