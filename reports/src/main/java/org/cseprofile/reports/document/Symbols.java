package org.cseprofile.reports.document;

import java.util.Set;

/** The status symbols printed in place of a value that is not shown. */
public final class Symbols {
  private static final Set<String> ALL = Set.of("c", "x", "z", "low");

  private Symbols() {}

  /** Whether {@code text} is a status symbol rather than a value. */
  public static boolean isSymbol(String text) {
    return ALL.contains(text);
  }
}
