package org.cseprofile.hotspot;

/** The confidence class of a cell's Gi* result, as in ArcGIS's Gi_Bin for hot spots. */
public enum GiClass {
  HOT_99("hot_99", 3),
  HOT_95("hot_95", 2),
  HOT_90("hot_90", 1),
  NOT_SIGNIFICANT("not_significant", 0);

  /** Cells of this confidence or more are the hot cells of PAI, prediction and persistence: 95%. */
  public static final GiClass HOT = HOT_95;

  private final String label;
  private final int confidence;

  GiClass(String label, int confidence) {
    this.label = label;
    this.confidence = confidence;
  }

  /** The value written in the output tables. */
  public String label() {
    return label;
  }

  /** 3 for 99%, 2 for 95%, 1 for 90%, 0 for not significant (Gi_Bin's number for hot spots). */
  public int confidence() {
    return confidence;
  }
}
