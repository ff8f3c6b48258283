package org.cseprofile.disclosure;

/** How a total relates to its parts, as anyone who reads the table's definition knows. */
public enum RelationKind {
  /** The total is the sum of its parts (an exclusive breakdown; ALL over authorities when each child has one). */
  EQUAL,
  /**
   * The parts may overlap: the total is at most their sum and each part is at most the total (a
   * suspect counted in several authorities; a child counted under several tactics).
   */
  COVERS,
  /** Each part is at most the total, nothing more (a child counted in several authorities, or in none). */
  CONTAINS
}
