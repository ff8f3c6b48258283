package org.cseprofile.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cseprofile.ingest.Completeness;
import org.cseprofile.ingest.FileAccount;
import org.cseprofile.ingest.FileProblem;
import org.cseprofile.ingest.HeaderAdvice;
import org.cseprofile.ingest.IngestResult;
import org.cseprofile.ingest.InputFile;
import org.cseprofile.ingest.MappingFile;
import org.cseprofile.ingest.RowProblem;
import org.cseprofile.ingest.Rule;
import org.cseprofile.ingest.Severity;

/**
 * Prints what validation found, for the agency data officer who has to fix the files: per file, whether
 * it can be used, its row counts, and its most frequent problems with their lines and what to do. Counts,
 * file names, line numbers, columns and rule ids only: never a value from a file.
 */
final class ValidationReport {
  /** Problems listed per file; the rest are summed up in one line. */
  static final int PROBLEMS_SHOWN = 8;
  /** Optional columns filled in fewer than this share of accepted rows are pointed out. */
  static final double SPARSE = 0.1;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private final PrintWriter out;

  ValidationReport(PrintWriter out) {
    this.out = out;
  }

  void print(String input, IngestResult result) {
    out.printf("Extracts in %s, checked against the data contract (docs/data-contract.md).%n", input);
    out.printf("Run date %s: later dates count as in the future.%n", DAY.format(result.runDate()));
    for (MappingFile m : result.mappings()) {
      out.printf("Mapping for %s: %s (SHA-256 %s), applied to every row before the checks.%n", m.extract(), m.file(),
          m.sha256());
    }
    for (FileAccount f : result.files()) {
      out.println();
      printFile(f, result.completeness(), result.advice());
    }
    if (!result.ignoredFiles().isEmpty()) {
      out.println();
      out.println("Ignored (not an extract of the data contract; check the name if it should be one): "
          + String.join(", ", result.ignoredFiles()));
    }
    out.println();
    printSummary(result);
    out.flush();
  }

  private void printFile(FileAccount f, List<Completeness> completeness, List<HeaderAdvice> advice) {
    if (f.rejected()) {
      out.printf("%s (%s): NOT USABLE, the file was not read%n", f.file(), f.extract());
    } else if (f.rowsRead() == 0) {
      out.printf("%s (%s): usable, but holds no rows%n", f.file(), f.extract());
    } else {
      out.printf("%s (%s): usable; %s rows read, %s accepted, %s quarantined%s%s%n", f.file(), f.extract(),
          number(f.rowsRead()), number(f.accepted()), number(f.quarantined()),
          f.quarantined() == 0 ? "" : " (" + percent(f.quarantined(), f.rowsRead()) + ")",
          f.skipped() == 0 ? "" : ", " + number(f.skipped()) + " skipped by the mapping file");
    }
    for (FileProblem p : f.problems()) {
      String where = p.column() == null ? "" : p.rule() == Rule.MERGED_HEADER || p.rule() == Rule.SHEET_NOT_FOUND
          ? " (" + p.column() + ")"
          : " (column " + p.column() + ")";
      String effect = switch (p.rule().severity()) {
        case REJECT_FILE -> "file not read";
        case WARNING -> "warning";
        case REJECT_ROW -> "row";
        case SKIP_ROW -> "rows skipped";
      };
      out.printf("  %s%s, %s: %s%n", p.rule().id(), where, effect, p.rule().description());
      out.printf("      what to do: %s%n", p.rule().advice());
    }
    advice.stream().filter(a -> a.extract().equals(f.extract()) && a.file().equals(f.file()) && a.helpful()).findFirst()
        .ifPresent(this::printAdvice);
    List<RowProblem> problems = f.rowProblems();
    if (!problems.isEmpty()) {
      out.println("  Problems in rows, most frequent first (quarantined rows are left out of the profile):");
    }
    int width = problems.stream().limit(PROBLEMS_SHOWN).mapToInt(p -> number(p.rows()).length()).max().orElse(1);
    for (RowProblem p : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
      String where = p.column() == null ? "" : " in " + p.column();
      String effect = p.quarantined() ? "quarantined"
          : p.rule().severity() == Severity.SKIP_ROW ? "skipped" : "accepted with a warning";
      out.printf("  %" + width + "s %s %s%s, %s; %s%n", number(p.rows()), p.rows() == 1 ? "row" : "rows",
          p.rule().id(), where, effect, lines(p, InputFile.isWorkbook(f.file())));
      out.printf("  %" + width + "s   %s%n", "", p.rule().description());
      out.printf("  %" + width + "s   what to do: %s%n", "", p.rule().advice());
    }
    if (problems.size() > PROBLEMS_SHOWN) {
      List<RowProblem> rest = problems.subList(PROBLEMS_SHOWN, problems.size());
      out.printf("  ... and %s more rows with %d other problems: %s%n",
          number(rest.stream().mapToLong(RowProblem::rows).sum()), rest.size(),
          rest.stream().map(p -> p.rule().id() + (p.column() == null ? "" : " in " + p.column()))
              .collect(Collectors.joining(", ")));
    }
    String sparse = completeness.stream()
        .filter(c -> c.extract().equals(f.extract()) && c.file().equals(f.file()) && c.share() != null
            && c.share() < SPARSE)
        .map(c -> c.column() + " " + percent(c.filled(), c.rows()))
        .collect(Collectors.joining(", "));
    if (!sparse.isEmpty()) {
      out.printf("  Optional columns rarely filled (share of accepted rows): %s; please send them where you hold them%n",
          sparse);
    }
  }

  /** Which contract column each recognised header is likely to be, and a mapping file to start from. */
  private void printAdvice(HeaderAdvice a) {
    if (a.policeUk()) {
      out.println("  This looks like a police.uk street-level crime file: read it with the mapping shipped in "
          + "mappings/police-uk-street-crime/incidents.yaml (copy it to mappings/incidents.yaml beside the extracts "
          + "and set la_code; docs/data-contract.md, police.uk street-level crime).");
    }
    if (!a.suggestions().isEmpty()) {
      out.println("  Columns of the header that look like contract columns (file's column -> contract column):");
      a.suggestions().forEach((from, to) -> out.printf("      %s -> %s%n", from, to));
    }
    if (a.unrecognised() > 0) {
      out.printf("  %d other %s of the first row matched no contract column and %s not shown (the first row may be "
          + "data, not a header).%n", a.unrecognised(), a.unrecognised() == 1 ? "cell" : "cells",
          a.unrecognised() == 1 ? "is" : "are");
    }
    out.printf("  A mapping file to start from: save it as mappings/%s.yaml beside the extracts, check every line, "
        + "then run validate again (docs/data-contract.md, Mapping files):%n", a.extract());
    a.skeleton().forEach(line -> out.println("      " + line));
  }

  private void printSummary(IngestResult result) {
    List<FileAccount> files = result.files();
    long usable = files.stream().filter(f -> !f.rejected()).count();
    long read = files.stream().mapToLong(FileAccount::rowsRead).sum();
    long accepted = files.stream().mapToLong(FileAccount::accepted).sum();
    long quarantined = files.stream().mapToLong(FileAccount::quarantined).sum();
    out.printf("Summary: %d %s checked, %d usable, %d not usable. %s rows read: %s accepted, %s quarantined (%s).%n",
        files.size(), files.size() == 1 ? "file" : "files", usable, files.size() - usable, number(read),
        number(accepted), number(quarantined), percent(quarantined, read));
    if (usable < files.size()) {
      out.println("Fix the files marked NOT USABLE and send them again: nothing in them can be used.");
    }
    if (quarantined > 0) {
      out.println("Quarantined rows are left out of the profile until they are corrected and the file is sent again.");
    }
    if (usable == files.size() && quarantined == 0
        && files.stream().allMatch(f -> f.problems().stream().allMatch(p -> p.rule().severity() != Severity.WARNING))
        && files.stream().allMatch(f -> f.warnings().isEmpty())) {
      out.println("No problems found.");
    }
  }

  /** The first line numbers of a problem (a workbook's: Excel's row numbers), and how many more there are. */
  private static String lines(RowProblem p, boolean workbook) {
    String first = p.firstLines().stream().map(String::valueOf).collect(Collectors.joining(", "));
    long more = p.rows() - p.firstLines().size();
    return (p.firstLines().size() == 1 ? workbook ? "row " : "line " : workbook ? "rows " : "lines ") + first + (more > 0 ? " and " + number(more) + " more" : "");
  }

  private static String number(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  private static String percent(long part, long whole) {
    if (whole == 0) {
      return "-";
    }
    double p = 100.0 * part / whole;
    return part > 0 && p < 0.1 ? "<0.1%" : String.format(Locale.UK, "%.1f%%", p);
  }
}
