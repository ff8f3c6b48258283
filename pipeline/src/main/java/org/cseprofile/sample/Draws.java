package org.cseprofile.sample;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The random draws of one generated item (a child, an incident, a suspect), one stream per column it
 * decides: a column's values depend only on the seed, the item and the column's name, so adding a
 * column, or drawing a column more or less often, leaves every other column's values unchanged.
 */
final class Draws {
  private final long base;
  private final Map<String, SplittableRandom> streams = new HashMap<>();

  private Draws(long base) {
    this.base = base;
  }

  /** The draws of item {@code index} of stream {@code stream} under {@code seed}. */
  static Draws forItem(long seed, long stream, long index) {
    return new Draws(Randoms.mix(Randoms.mix(seed ^ 0x5DEECE66DL) + stream * 0x9E3779B97F4A7C15L + index));
  }

  /** The stream of {@code column}: the same generator on every call for the same name. */
  SplittableRandom of(String column) {
    return streams.computeIfAbsent(column, name -> new SplittableRandom(Randoms.mix(base ^ fnv1a(name))));
  }

  /** FNV-1a over the name's UTF-8 bytes: a hash fixed by its definition, not by the JDK. */
  private static long fnv1a(String name) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
