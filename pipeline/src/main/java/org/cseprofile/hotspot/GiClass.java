package org.cseprofile.hotspot;

import java.util.List;

/** The confidence class of a cell's Gi* result, as in ArcGIS's Gi_Bin for hot spots. */
public enum GiClass {
  HOT_99("hot_99"),
  HOT_95("hot_95"),
  HOT_90("hot_90"),
  NOT_SIGNIFICANT("not_significant");

  /** The classes counted as hot cells for PAI, prediction and persistence: 95% confidence or more. */
  public static final List<GiClass> HOT = List.of(HOT_99, HOT_95);

  private final String label;

  GiClass(String label) {
    this.label = label;
  }

  /** The value written in the output tables. */
  public String label() {
    return label;
  }

  /** The labels of {@link #HOT}. */
  public static List<String> hotLabels() {
    return HOT.stream().map(GiClass::label).toList();
  }
}
