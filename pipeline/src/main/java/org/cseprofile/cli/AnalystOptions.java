package org.cseprofile.cli;

import org.cseprofile.run.AnalystFiles;
import picocli.CommandLine.Option;

/** {@code --narrative}, {@code --comparators} and {@code --strict}: what the analyst adds to the board report. */
public final class AnalystOptions {

  @Option(names = "--narrative", paramLabel = "FILE",
      description = "The analyst's narrative, in Markdown: one '## Section title' per report section commented on, "
          + "plus 'Conclusions' and 'Recommendations'. Numbers are written as references to published figures, "
          + "{table.measure:key,...}, filled from the published tables (see docs/narrative.md).")
  String narrative;

  @Option(names = "--comparators", paramLabel = "FILE",
      description = "Other areas' published rates to show beside the partnership's: CSV measure,area,rate,per,source,"
          + "date (see docs/narrative.md).")
  String comparators;

  @Option(names = "--strict",
      description = "Refuse a narrative in which a number from 1 to the policy's threshold is typed rather than "
          + "referred to (default: a warning naming the line).")
  boolean strict;

  /** The files these options name. */
  AnalystFiles files() {
    return new AnalystFiles(narrative, comparators, strict ? AnalystFiles.TypedNumbers.REFUSE
        : AnalystFiles.TypedNumbers.WARN);
  }
}
