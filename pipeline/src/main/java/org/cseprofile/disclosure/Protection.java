package org.cseprofile.disclosure;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cseprofile.reports.published.PublishedCell;

/**
 * The outcome of disclosure control for a publication: every published cell, which were
 * suppressed as small counts (primary) and which to protect them (secondary), and the final audit.
 */
public record Protection(
    Map<CellRef, PublishedCell> cells, Set<CellRef> primary, Set<CellRef> secondary, AuditResult audit, int rounds) {

  public Protection {
    cells = Collections.unmodifiableMap(new TreeMap<>(cells));
    primary = Collections.unmodifiableSet(new TreeSet<>(primary));
    secondary = Collections.unmodifiableSet(new TreeSet<>(secondary));
  }

  /** The published form of a cell. */
  public PublishedCell cell(CellRef cell) {
    PublishedCell value = cells.get(cell);
    if (value == null) {
      throw new IllegalArgumentException("no published cell " + cell);
    }
    return value;
  }
}
