package org.cseprofile.reports.chart;

import java.awt.Color;

/** The Okabe-Ito colour-blind-safe palette, plus neutral greys for text and grid lines. */
public final class Palette {
  public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
  public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
  public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
  public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
  public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
  public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
  public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
  public static final Color TEXT = new Color(0x22, 0x22, 0x22);
  public static final Color MUTED_TEXT = new Color(0x59, 0x59, 0x59);
  public static final Color GRID = new Color(0xD9, 0xD9, 0xD9);

  /** Girls and boys are always drawn in these colours, in every chart. */
  public static final Color GIRLS = VERMILLION;
  public static final Color BOYS = BLUE;

  /** Series colours in order, for charts with several categories. */
  public static final Color[] SERIES = {BLUE, ORANGE, BLUISH_GREEN, VERMILLION, SKY_BLUE, REDDISH_PURPLE, YELLOW};

  private Palette() {}
}
