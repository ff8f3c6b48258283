package org.cseprofile.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.ExtractReader;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.ingest.IngestResult;
import org.cseprofile.ingest.InputCatalog;
import org.cseprofile.ingest.InputException;

/** Checking extracts without computing the profile (the {@code validate} command), and the accounting check every run makes. */
public final class Validation {
  private Validation() {}

  /**
   * Reads and validates every extract in {@code input}, whichever extracts are there; dates after
   * {@code runDate} are in the future. Fails when the folder holds no extract; the caller checks the
   * accounting with {@link #requireBalanced} once it has shown the result.
   */
  public static IngestResult read(SparkSession spark, String input, LocalDate runDate) {
    return read(spark, input, runDate, List.of());
  }

  /**
   * As {@link #read(SparkSession, String, LocalDate)}, reading each extract named by one of {@code mappingFiles}
   * with that mapping file in place of the one in the folder's {@code mappings/}.
   */
  public static IngestResult read(SparkSession spark, String input, LocalDate runDate, List<String> mappingFiles) {
    InputCatalog catalog = InputCatalog.scan(input, spark.sparkContext().hadoopConfiguration())
        .withMappingFiles(mappingFiles, spark.sparkContext().hadoopConfiguration());
    if (catalog.files().values().stream().allMatch(List::isEmpty)) {
      throw new InputException("no extract files in " + input + ": expected files such as cse_cohort.csv, "
          + "incidents.csv or a folder missing/ of CSV files (see docs/data-contract.md)");
    }
    return new ExtractReader(spark).read(catalog, runDate);
  }

  /**
   * Why a run would refuse to profile what was read, or empty when it can: the one test {@code run} and
   * {@code validate} both apply, so they never disagree. Only the cohort is required; any subset of the
   * optional extracts, each absent, empty or partly quarantined, can be profiled.
   */
  public static Optional<String> profilable(IngestResult ingested) {
    List<FileAccount> cohort = ingested.files().stream().filter(f -> f.extract().equals(CohortExtract.NAME)).toList();
    if (cohort.isEmpty()) {
      return Optional.of("no " + CohortExtract.NAME + " extract: expected " + CohortExtract.NAME + ".csv or a folder "
          + CohortExtract.NAME + "/ of CSV files; the profile needs the cohort");
    }
    if (cohort.stream().allMatch(FileAccount::rejected)) {
      return Optional.of("every " + CohortExtract.NAME + " file was rejected (see the problems above); "
          + "the profile needs the cohort");
    }
    return Optional.empty();
  }

  /** Fails when, for some file, rows read differ from rows accepted plus rows quarantined. */
  public static void requireBalanced(IngestResult ingested) {
    List<FileAccount> unbalanced = ingested.unbalanced();
    if (!unbalanced.isEmpty()) {
      throw new AccountingException("rows unaccounted for: rows read do not equal rows accepted plus rows "
          + "quarantined for " + unbalanced.stream()
              .map(f -> f.file() + " (" + f.rowsRead() + " read, " + f.accepted() + " accepted, "
                  + f.quarantined() + " quarantined)")
              .collect(Collectors.joining(", "))
          + "; no output was written. A file may have changed while it was read: run again, and report it "
          + "if it happens again");
    }
  }
}
