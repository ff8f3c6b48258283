package org.cseprofile.hotspot;

/** Which cells around a grid cell are its neighbours, as in the contiguity of a chess piece's moves. */
public enum Contiguity {
  /** Cells sharing an edge or a corner, out to the given number of rings: a square of side 2k+1. */
  QUEEN("queen"),
  /** Cells reachable by steps across edges only, out to the given number of steps: a diamond. */
  ROOK("rook");

  private final String label;

  Contiguity(String label) {
    this.label = label;
  }

  /** The name written in the output tables. */
  public String label() {
    return label;
  }
}
