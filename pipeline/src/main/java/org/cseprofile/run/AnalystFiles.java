package org.cseprofile.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.cseprofile.ingest.InputException;
import org.cseprofile.reports.analyst.Analyst;
import org.cseprofile.reports.analyst.Comparators;
import org.cseprofile.reports.analyst.Narrative;
import org.cseprofile.reports.analyst.NarrativeException;

/**
 * The analyst's narrative and comparators files named on the command line ({@code --narrative},
 * {@code --comparators}), each optional, and what to do with a number from 1 to the policy's threshold typed in the
 * narrative.
 *
 * @param narrative path of the narrative (Markdown), or null
 * @param comparators path of the comparators (CSV), or null
 */
public record AnalystFiles(String narrative, String comparators, TypedNumbers typedNumbers) {
  /** No narrative, no comparators. */
  public static final AnalystFiles NONE = new AnalystFiles(null, null, TypedNumbers.WARN);

  /** What a typed small number in the narrative does to the run. */
  public enum TypedNumbers {
    /** A warning naming the line and column; the report is drawn. */
    WARN,
    /** The run or redraw is refused ({@code --strict}). */
    REFUSE
  }

  public AnalystFiles {
    java.util.Objects.requireNonNull(typedNumbers, "typedNumbers");
  }

  /**
   * Reads and checks the files; a typed number from 1 to {@code largestSuppressed} is a warning to {@code warnings}
   * or, under {@link TypedNumbers#REFUSE}, an {@link InputException}; so is a file that breaks a rule (naming file
   * and line, never a value).
   */
  public Analyst read(Configuration hadoop, int largestSuppressed, Consumer<String> warnings) {
    Narrative parsedNarrative = null;
    if (narrative != null) {
      try {
        parsedNarrative = Narrative.parse(bytes(narrative, hadoop));
      } catch (NarrativeException e) {
        throw new InputException("the narrative " + narrative + ", " + e.getMessage());
      }
      for (String found : parsedNarrative.typedSmallNumbers(largestSuppressed)) {
        if (typedNumbers == TypedNumbers.REFUSE) {
          throw new InputException("the narrative " + narrative + ", " + found + " (refused under --strict)");
        }
        warnings.accept("the narrative " + narrative + ", " + found);
      }
    }
    Comparators parsedComparators = null;
    if (comparators != null) {
      try {
        parsedComparators = Comparators.parse(bytes(comparators, hadoop));
      } catch (NarrativeException e) {
        throw new InputException("the comparators " + comparators + ", " + e.getMessage());
      }
    }
    return new Analyst(parsedNarrative, parsedComparators);
  }

  /** What the manifest records of the files: each one's path and SHA-256 (null when not given). */
  public Map<String, Object> manifest(Configuration hadoop) {
    return RunManifest.ordered(
        "narrative", narrative == null ? null : RunManifest.ordered("path", narrative,
            "sha256", RunManifest.sha256(new Path(narrative), hadoop)),
        "comparators", comparators == null ? null : RunManifest.ordered("path", comparators,
            "sha256", RunManifest.sha256(new Path(comparators), hadoop)),
        "typed_small_numbers", typedNumbers == TypedNumbers.REFUSE ? "refused" : "warned");
  }

  /**
   * Runs {@code draw}, turning a narrative that does not fit the published tables (an unknown reference, a section
   * the report does not have) into an {@link InputException} naming the file.
   */
  public <T> T drawing(java.util.function.Supplier<T> draw) {
    try {
      return draw.get();
    } catch (NarrativeException e) {
      throw new InputException("the narrative " + narrative + ", " + e.getMessage());
    }
  }

  private static byte[] bytes(String file, Configuration hadoop) {
    Path path = new Path(file);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.isFile(path)) {
        throw new InputException(file + " is not a file");
      }
      try (InputStream in = fs.open(path)) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new InputException("cannot read " + file);
    }
  }
}
