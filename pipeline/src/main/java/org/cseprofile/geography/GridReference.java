package org.cseprofile.geography;

/**
 * Ordnance Survey grid references with letters ({@code TQ 31 04}), as police analysts and printed
 * maps use them: the two letters name the 100 km square of the British National Grid, the digits
 * the easting and northing within it, truncated (never rounded) to the precision given.
 */
public final class GridReference {
  /** The extent of the lettered grid, in metres. */
  static final int MAX_EASTING = 700_000;
  static final int MAX_NORTHING = 1_300_000;

  private GridReference() {}

  /**
   * The reference of the square of {@code precisionMetres} (1, 10, 100, 1,000, 10,000 or 100,000)
   * holding the point: {@code TQ 31 04} at 1 km, {@code TQ 312 041} at 100 m, {@code TQ} at 100 km.
   */
  public static String of(double easting, double northing, int precisionMetres) {
    int digits = digits(precisionMetres);
    if (!(easting >= 0 && easting < MAX_EASTING && northing >= 0 && northing < MAX_NORTHING)) {
      throw new IllegalArgumentException("easting and northing must lie on the British National Grid (0 to "
          + MAX_EASTING + " and 0 to " + MAX_NORTHING + " metres)");
    }
    long e = (long) Math.floor(easting);
    long n = (long) Math.floor(northing);
    String letters = letters((int) (e / 100_000), (int) (n / 100_000));
    if (digits == 0) {
      return letters;
    }
    long divisor = precisionMetres;
    String format = "%0" + digits + "d";
    return letters + " " + String.format(format, (e % 100_000) / divisor) + " " + String.format(format, (n % 100_000) / divisor);
  }

  /**
   * The reference of a grid square given by its south-west corner and side: the corner at the side's
   * precision when the side is a power of ten (the reference then names exactly that square), otherwise
   * the square's centre at the largest power of ten not above the side (a 250 m cell: its centre to 100 m).
   */
  public static String ofSquare(long minEasting, long minNorthing, int sizeMetres) {
    if (sizeMetres < 1) {
      throw new IllegalArgumentException("sizeMetres must be at least 1, was " + sizeMetres);
    }
    int precision = 1;
    while (precision * 10L <= Math.min(sizeMetres, 100_000)) {
      precision *= 10;
    }
    if (precision == sizeMetres && minEasting % precision == 0 && minNorthing % precision == 0) {
      return of(minEasting, minNorthing, precision);
    }
    return of(minEasting + sizeMetres / 2.0, minNorthing + sizeMetres / 2.0, precision);
  }

  /** The two letters of a 100 km square: the 500 km square (S, T, N, O, H, J) and the 100 km square within it, no I. */
  static String letters(int e100k, int n100k) {
    int first = (19 - n100k) - (19 - n100k) % 5 + (e100k + 10) / 5;
    int second = (19 - n100k) * 5 % 25 + e100k % 5;
    return String.valueOf(letter(first)) + letter(second);
  }

  private static char letter(int index) {
    return (char) ('A' + (index > 7 ? index + 1 : index)); // the grid skips I
  }

  private static int digits(int precisionMetres) {
    return switch (precisionMetres) {
      case 1 -> 5;
      case 10 -> 4;
      case 100 -> 3;
      case 1_000 -> 2;
      case 10_000 -> 1;
      case 100_000 -> 0;
      default -> throw new IllegalArgumentException(
          "precisionMetres must be 1, 10, 100, 1000, 10000 or 100000, was " + precisionMetres);
    };
  }
}
