package org.cseprofile.reports.report;

import java.util.Map;

/** What each warning rule of the data contract means to a board member: its name, and what information it cost. */
public final class WarningWords {
  /** A warning in plain words. */
  public record Words(String name, String lost) {}

  private static final Map<String, Words> WORDS = Map.ofEntries(
      Map.entry("location_lost", new Words("A location the report cannot use",
          "the place: these rows are counted, but are left out of the maps and the places named")),
      Map.entry("numeric_identifier", new Words("Identifiers stored as numbers in an Excel workbook",
          "nothing, unless the identifiers had leading zeros: those were lost, and such a child may not be matched "
              + "across the extracts")),
      Map.entry("dates_as_months", new Words("Dates recorded as months only",
          "the day: each date is taken as the first of its month, so counts by month are exact and anything finer "
              + "is not")),
      Map.entry("windows_1252", new Words("File not saved as UTF-8 (read as Excel's plain CSV)",
          "nothing if the file was Excel's plain CSV; otherwise accented letters in its text may be misread")),
      Map.entry("unknown_column", new Words("A column the data contract does not define",
          "that column only: it was ignored, and the rows were used")),
      Map.entry("ambiguous_dates", new Words("Dates written both day first and month first",
          "dates whose day is 12 or less were read day first and may be wrong, so these rows may be counted in the "
              + "wrong month or quarter")),
      Map.entry("authority_from_file_name", new Words("No authority column: the authority was taken from the file's name",
          "nothing, if the file's name names the authority that recorded its episodes")),
      Map.entry("authority_from_return", new Words("The authority was taken from the XML return",
          "nothing, if the authority the return names recorded every episode in it")),
      Map.entry("authority_not_recorded", new Words("No authority recorded for the file's missing episodes",
          "which authority each episode belongs to: they count in the partnership total only, and each authority's "
              + "counts of all children who went missing are x (not available)")));

  private WarningWords() {}

  /** Whether {@code rule} has words here. */
  public static boolean known(String rule) {
    return WORDS.containsKey(rule) || rule.equals("overlapping_missing");
  }

  /** The words of {@code rule}; for overlapping episodes they depend on the run's {@code --missing-overlaps}. */
  public static Words of(String rule, String missingOverlaps) {
    if (rule.equals("overlapping_missing")) {
      return new Words("Missing episodes overlapping another of the same child",
          missingOverlaps.equals(ReportContent.MERGE)
              ? "no row was dropped: each was counted in one spell with the episodes it overlaps, but the dates "
                  + "should be corrected at source"
              : "no row was dropped, but each was counted as recorded, so one absence may be counted more than once");
    }
    return WORDS.getOrDefault(rule, new Words("Warning " + rule, "see rule " + rule + " in docs/data-contract.md"));
  }
}
