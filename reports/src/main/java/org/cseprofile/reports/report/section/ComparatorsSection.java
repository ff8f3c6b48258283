package org.cseprofile.reports.report.section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cseprofile.reports.analyst.Comparators;
import org.cseprofile.reports.chart.Labels;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ReportContent;
import org.cseprofile.reports.report.ReportSection;
import org.cseprofile.reports.report.ReportTables;
import org.cseprofile.reports.report.SectionWriter;

/** The partnership's own rates beside other areas' published rates from the analyst's comparators file. */
public final class ComparatorsSection implements ReportSection {
  @Override
  public Optional<Section> build(ReportContent content) {
    Optional<Comparators> comparators = content.analyst().comparatorsIfAny();
    if (comparators.isEmpty() || comparators.get().rows().isEmpty()) {
      return Optional.empty();
    }
    SectionWriter s = new SectionWriter("Comparison with other areas");
    s.text("The partnership's rates per 10,000 children aged 0 to 17 beside rates other bodies have published, as "
        + "the analyst gave them with their source and date. Definitions may differ: other areas count children "
        + "at risk of or experiencing CSE by their own rules, over other periods and from other records, so a "
        + "difference may come from how children are counted rather than from how many there are.");
    PublishedTable rates = content.table("rates");
    if (rates == null) {
      s.text("This run had no population estimates (run --population), so the partnership's own rates are not "
          + "shown; the comparators are listed alone.");
    }
    Set<String> measures = new LinkedHashSet<>();
    comparators.get().rows().forEach(c -> measures.add(c.measure()));
    List<List<String>> rows = new ArrayList<>();
    for (String measure : measures) {
      if (rates != null) {
        own(rates, measure).ifPresent(rate -> rows.add(List.of(Labels.of(measure), "Partnership (this report)",
            "this report, table rates", content.periodLabel(), rate)));
      }
      comparators.get().rows().stream().filter(c -> c.measure().equals(measure)).forEach(c -> rows.add(List.of(
          Labels.of(measure), c.area(), c.source(), c.date(), String.format(Locale.UK, "%.1f", c.ratePer10000()))));
    }
    s.table(new Table(s.id() + "-table", "Rates per 10,000 children: the partnership and other areas", "rates",
        List.of("Measure", "Area", "Source", "Date", "Rate per 10,000"), 4, rows));
    return s.section();
  }

  /** The partnership's published rate per 10,000 aged 0 to 17 of {@code measure}, as printed, or empty. */
  private static Optional<String> own(PublishedTable rates, String measure) {
    for (PublishedRow row : rates.rows()) {
      if (ReportTables.dimension(rates, row, "la_code").equals("ALL")
          && ReportTables.dimension(rates, row, "counted").equals(measure)
          && ReportTables.dimension(rates, row, "age_group").equals("0_17")) {
        return Optional.of(ReportTables.format(row.cells().get(rates.measure("rate_per_10000")), MeasureKind.DECIMAL));
      }
    }
    return Optional.empty();
  }
}
