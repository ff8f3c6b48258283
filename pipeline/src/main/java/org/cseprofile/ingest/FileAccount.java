package org.cseprofile.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The row accounting of one input file: rows read (data records counted from the raw bytes; header and
 * blank lines not counted), accepted and quarantined, with the file's problems and its rows' problems
 * by rule. A file rejected as a whole has no rows read.
 */
public record FileAccount(
    String extract, String file, long bytes, long rowsRead, long accepted, long quarantined,
    TextEncoding encoding, List<FileProblem> problems, List<RowProblem> rowProblems) {

  public FileAccount {
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(file, "file");
    problems = List.copyOf(problems);
    rowProblems = rowProblems.stream().sorted(RowProblem.MOST_SERIOUS_FIRST).toList();
    if (rowsRead < 0 || accepted < 0 || quarantined < 0) {
      throw new IllegalArgumentException("counts must not be negative (file " + file + ")");
    }
  }

  /** Whether rows read = rows accepted + rows quarantined + rows the mapping file skips. */
  public boolean balances() {
    return rowsRead == accepted + quarantined + skipped();
  }

  /** Rows left out because the extract's mapping file says to skip them (neither accepted nor quarantined). */
  public long skipped() {
    return rowProblems.stream().filter(p -> p.rule().severity() == Severity.SKIP_ROW).mapToLong(RowProblem::rows).sum();
  }

  /** Whether the whole file was rejected. */
  public boolean rejected() {
    return problems.stream().anyMatch(p -> p.rule().severity() == Severity.REJECT_FILE);
  }

  /**
   * Where the authority of a missing file's episodes came from ({@code la_column}, {@code file_name},
   * {@code return} or {@code not_recorded}; see {@link FileAuthority}); empty for other extracts and rejected files.
   */
  public java.util.Optional<String> authority() {
    if (!extract.equals(MissingExtract.NAME) || rejected()) {
      return java.util.Optional.empty();
    }
    FileAuthority.Source source = FileAuthority.Source.LA_COLUMN;
    for (FileProblem p : problems) {
      if (p.rule() == Rule.AUTHORITY_FROM_FILE_NAME) {
        source = FileAuthority.Source.FILE_NAME;
      } else if (p.rule() == Rule.AUTHORITY_FROM_RETURN) {
        source = FileAuthority.Source.RETURN;
      } else if (p.rule() == Rule.AUTHORITY_NOT_RECORDED) {
        source = FileAuthority.Source.NOT_RECORDED;
      }
    }
    return java.util.Optional.of(source.id());
  }

  /** Rows quarantined, by rule and column. */
  public List<RowProblem> quarantinedByRule() {
    return rowProblems.stream().filter(RowProblem::quarantined).toList();
  }

  /** Rows accepted with a warning, by rule and column. */
  public List<RowProblem> warnings() {
    return rowProblems.stream().filter(p -> p.rule().severity() == Severity.WARNING).toList();
  }

  /** Rows quarantined for {@code rule}, in any column. */
  public long quarantined(Rule rule) {
    return rowProblems.stream().filter(p -> p.rule() == rule).mapToLong(RowProblem::rows).sum();
  }

  /**
   * One line saying how many rows were quarantined or accepted with a warning, by rule, for example
   * {@code cse_cohort.csv: 5 of 640 rows quarantined (invalid_date 3, duplicate 2)}. Never a value.
   */
  public String rowSummary() {
    StringBuilder b = new StringBuilder(file).append(": ");
    if (quarantined > 0) {
      b.append(quarantined).append(" of ").append(rowsRead).append(rowsRead == 1 ? " row" : " rows")
          .append(" quarantined (").append(byRule(quarantinedByRule())).append(')');
    }
    long skipped = skipped();
    if (skipped > 0) {
      b.append(quarantined > 0 ? "; " : "").append(skipped).append(skipped == 1 ? " row" : " rows")
          .append(" skipped by the mapping file");
    }
    List<RowProblem> warnings = warnings();
    if (!warnings.isEmpty()) {
      long warned = warnings.stream().mapToLong(RowProblem::rows).sum();
      b.append(quarantined > 0 || skipped > 0 ? "; " : "").append(warned).append(warned == 1 ? " row" : " rows")
          .append(" accepted with a warning (").append(byRule(warnings)).append(')');
    }
    return b.toString();
  }

  private static String byRule(List<RowProblem> problems) {
    Map<String, Long> rows = new LinkedHashMap<>();
    problems.forEach(p -> rows.merge(p.rule().id(), p.rows(), Long::sum));
    return rows.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
