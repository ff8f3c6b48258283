package org.cseprofile.hotspot;

/** How the confidence classes allow for testing every cell of the study region at once. */
public enum MultipleTesting {
  /**
   * Benjamini-Hochberg false discovery rate over all cells of the study region: at the 95% level,
   * at most 5% of the cells called hot are expected to be false alarms. The default, as in ArcGIS
   * Optimized Hot Spot Analysis.
   */
  FALSE_DISCOVERY_RATE("fdr"),
  /** Each cell judged on its own p-value: with thousands of cells, some are hot by chance alone. */
  NONE("none");

  private final String label;

  MultipleTesting(String label) {
    this.label = label;
  }

  /** The name written in the output tables. */
  public String label() {
    return label;
  }
}
