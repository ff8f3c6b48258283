package org.cseprofile.reports.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cseprofile.reports.chart.AgeGenderPyramid;
import org.cseprofile.reports.chart.ChartNote;
import org.cseprofile.reports.chart.Labels;
import org.cseprofile.reports.chart.Palette;
import org.cseprofile.reports.chart.ProfileCharts;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.jfree.chart.JFreeChart;

/**
 * The board report: a PDF drawn only from published tables. Cover, key findings written from the
 * data, one section per subject with its chart and table, definitions and method, the data-quality
 * annex and a note on suppression. Fonts are embedded; every page carries the protective marking
 * and its number.
 */
public final class BoardReport {
  private static final Color HEADER_FILL = new Color(0xEE, 0xF2, 0xF6);
  private static final float CHART_WIDTH = 500;

  private final ReportContent content;
  private final PdfFonts fonts = new PdfFonts();
  private Document document;
  private PdfWriter writer;

  private BoardReport(ReportContent content) {
    this.content = content;
  }

  /** The report as PDF bytes. */
  public static byte[] render(ReportContent content) {
    return new BoardReport(content).render();
  }

  private byte[] render() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document = new Document(PageSize.A4, 48, 48, 64, 60);
    writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new Frame());
    document.addTitle("CSE problem profile " + content.periodLabel());
    document.addSubject("Child sexual exploitation problem profile, " + content.marking());
    document.addCreator("cse-profile");
    document.open();
    cover();
    findings();
    sections();
    method();
    annex();
    suppressionNote();
    document.close();
    return out.toByteArray();
  }

  // ---------------------------------------------------------------- parts

  private void cover() {
    add(space(120));
    add(paragraph("Child sexual exploitation", 28, true, Palette.TEXT));
    add(paragraph("Partnership problem profile", 28, true, Palette.TEXT));
    add(space(16));
    add(paragraph(content.periodLabel() + ": " + content.periodDates(), 16, false, Palette.TEXT));
    add(space(24));
    List<String> areas = content.areaNames().entrySet().stream().filter(e -> !e.getKey().equals("ALL"))
        .map(e -> e.getValue()).toList();
    add(paragraph("Partnership: " + String.join(", ", areas), 12, false, Palette.TEXT));
    add(paragraph("Disclosure control: " + content.policy() + " policy (" + policyText() + ")", 12, false, Palette.TEXT));
    add(paragraph("Protective marking: " + content.marking(), 12, true, Palette.VERMILLION));
    if (content.filters() != null) {
      add(paragraph("Ad hoc run, filtered: " + content.filters() + ". This is not the standard profile.", 12, true,
          Palette.VERMILLION));
    }
    add(paragraph("Produced " + content.produced() + " by cse-profile from published (disclosure-controlled) tables.",
        10, false, Palette.MUTED_TEXT));
    add(space(40));
    add(paragraph("This report is for the members of the safeguarding partnership board. Counts of fewer children "
        + "than the policy allows are shown as c, and further counts are withheld where they would let a reader "
        + "work out a withheld one; see the note on suppression at the end.", 10, false, Palette.MUTED_TEXT));
    document.newPage();
  }

  private void findings() {
    heading("Key findings");
    List<String> findings = KeyFindings.of(content);
    if (findings.isEmpty()) {
      add(paragraph("No finding can be stated: the numbers it would need are withheld or were not supplied.", 11, false,
          Palette.TEXT));
    }
    com.lowagie.text.List list = new com.lowagie.text.List(false, 14);
    list.setListSymbol(new Chunk("\u2022", fonts.font(11, false, Palette.TEXT)));
    for (String f : findings) {
      com.lowagie.text.ListItem item = new com.lowagie.text.ListItem(new Phrase(f, fonts.font(11, false, Palette.TEXT)));
      item.setSpacingAfter(6);
      list.add(item);
    }
    add(list);
  }

  private void sections() {
    ChartNote note = content.note();
    PublishedTable cohort = content.table("cohort");
    if (cohort != null) {
      newSection("Children open to CSE concern");
      text("Children with a CSE episode open at any time in the quarter, by the local authority responsible for them.");
      chart(table("cohort_trend", t -> ProfileCharts.cohortTrend(t, note)));
      table(cohort, r -> true, List.of("children_open", "children_identified", "children_closed", "children_open_at_end"),
          List.of("Open in quarter", "Newly identified", "Closed", "Open at end"));
    }
    PublishedTable ages = content.table("age_by_gender");
    PublishedTable breakdown = content.table("cohort_breakdown");
    if (ages != null && breakdown != null) {
      newSection("Who the children are");
      chart(AgeGenderPyramid.create(ages, "ALL", "Partnership", note));
      breakdownTable(breakdown, "gender", "Gender");
      breakdownTable(breakdown, "age_band", "Age at the end of the quarter");
      breakdownTable(breakdown, "ethnic_group", "Ethnic group");
      newSection("Risk and model of exploitation");
      breakdownTable(breakdown, "risk_level", "Risk level");
      breakdownTable(breakdown, "cse_model", "Model of exploitation");
    }
    PublishedTable vulnerabilities = content.table("vulnerabilities");
    if (vulnerabilities != null) {
      newSection("Vulnerabilities");
      text("Share of the children open to CSE concern with each vulnerability, with its 95% interval. Children "
          + "whose record does not say are counted as not having it; the last column shows how many.");
      chart(ProfileCharts.vulnerabilities(vulnerabilities, note));
      table(vulnerabilities, r -> r.dimensions().get(0).equals("ALL"), List.of("numerator", "percent", "ci_lower",
          "ci_upper", "not_recorded"), List.of("Children", "%", "95% from", "95% to", "Not recorded"), 1);
    }
    PublishedTable missingBreakdown = content.table("missing_breakdown");
    PublishedTable missingTrend = content.table("missing_trend");
    PublishedTable missingSummary = content.table("missing_summary");
    if (missingSummary != null) {
      newSection("Missing episodes");
      text("Episodes starting in the quarter, for all children who went missing and for children open to CSE "
          + "concern. A child is repeatedly missing with " + content.repeatEpisodes() + " or more episodes starting "
          + "within " + content.repeatDays() + " days.");
      if (missingBreakdown != null) {
        chart(ProfileCharts.missingDuration(missingBreakdown, note));
      }
      if (missingTrend != null) {
        chart(ProfileCharts.repeatMissingTrend(missingTrend, note));
      }
      table(missingSummary, r -> r.dimensions().get(0).equals("ALL"), List.of("episodes", "children",
          "repeat_missing_children", "returns", "rhi_offered_within_72h_percent", "rhi_accepted_percent"),
          List.of("Episodes", "Children", "Repeatedly missing", "Returns", "% offered interview in 72h",
              "% accepted interview"), 1);
    }
    PublishedTable incidents = content.table("incidents_breakdown");
    PublishedTable incidentsSummary = content.table("incidents_summary");
    if (incidents != null) {
      newSection("Police incidents");
      text("CSE-flagged incidents recorded by the police in the quarter, where they happened.");
      chart(ProfileCharts.incidents(incidents, "contact_type", note));
      chart(ProfileCharts.incidents(incidents, "place_type", note));
      if (incidentsSummary != null) {
        table(incidentsSummary, r -> true, List.of("incidents", "incidents_with_victim", "children_linked_as_victims",
            "victims_in_cse_cohort"), List.of("Incidents", "With a victim named", "Children as victims",
            "Of them open to CSE concern"));
      }
    }
    PublishedTable grid = content.table("hotspot_grid");
    if (grid != null && !grid.rows().isEmpty()) {
      places(grid, note);
    }
    PublishedTable rates = content.table("rates");
    if (rates != null && !rates.rows().isEmpty()) {
      rates(rates, note);
    }
    PublishedTable perpetrators = content.table("perpetrators_breakdown");
    PublishedTable perpetratorsSummary = content.table("perpetrators_summary");
    if (perpetrators != null) {
      newSection("Suspects");
      chart(ProfileCharts.perpetrators(perpetrators, note));
      if (perpetratorsSummary != null) {
        table(perpetratorsSummary, r -> true, List.of("suspects", "suspect_links", "suspects_with_disruption"),
            List.of("Suspects", "Links to incidents", "With a disruption tactic"));
      }
      breakdownTable(perpetrators, "status", "Furthest outcome");
      breakdownTable(perpetrators, "disruption", "Disruption tactic (a suspect may have several)");
    }
    PublishedTable agencies = content.table("agency_performance");
    if (agencies != null) {
      newSection("Multi-agency performance");
      table(agencies, r -> r.dimensions().get(0).equals("ALL"), List.of("numerator", "denominator", "value", "ci_lower",
          "ci_upper"), List.of("Children", "Out of", "% (days)", "95% from", "95% to"), 1);
    }
    PublishedTable crossBorder = content.table("cross_border");
    if (crossBorder != null) {
      newSection("Across authority borders");
      text("Children open to CSE concern who went missing, or were victims of an incident, in another authority.");
      table(crossBorder, r -> true, List.of("children", "children_missing_elsewhere", "children_incident_elsewhere",
          "children_any_elsewhere", "percent_any_elsewhere"), List.of("Children", "Missing elsewhere",
          "Incident elsewhere", "Either", "% either"));
    }
  }

  private void method() {
    newSection("Definitions and method");
    text("Period. A calendar quarter; " + content.periodLabel() + " runs " + content.periodDates() + ".");
    text("Children open to CSE concern. A child is in the cohort when one of their CSE episodes was open at any time "
        + "in the quarter. Their latest open episode gives their authority, risk level and model.");
    text("Ages are completed years at the end of the quarter, from the month of birth.");
    text("Shares are of the children open to CSE concern. The 95% interval is the Wilson score interval: the range "
        + "within which the true share is likely to lie given the small numbers involved.");
    text("Missing episodes come from each authority's SSDA903 missing table. A return home interview counts as "
        + "offered within 72 hours when offered on the day of return or up to three days after.");
    text("Incidents are CSE-flagged police records; suspects are counted once per authority of their incidents.");
    text("Partnership rows count each child once, so an authority's numbers may add up to more than the partnership's "
        + "where a child or suspect is known in several authorities.");
    text("Every number is defined precisely in docs/metrics.md of cse-profile, and every published table is "
        + "available as CSV and Parquet beside this report.");
  }

  private void annex() {
    PublishedTable files = content.table("input_files");
    if (files == null) {
      return;
    }
    newSection("Annex: data quality");
    text("Rows read from each agency extract, and rows set aside (quarantined) because they broke a rule of the data "
        + "contract. Quarantined rows are listed, with the rule, for the analyst; they are not in any count.");
    table(files, r -> true, List.of("rows_read", "rows_quarantined", "percent_quarantined"),
        List.of("Rows read", "Quarantined", "% quarantined"), 1);
    PublishedTable completeness = content.table("field_completeness");
    if (completeness != null && !completeness.rows().isEmpty()) {
      heading("Field completeness");
      text("How often each optional field is filled in the rows accepted from each extract. Breakdowns that use a "
          + "field that is often blank (for example risk level or model of exploitation) describe only the children "
          + "whose record has it.");
      PdfPTable pdf = narrowTable(new float[] {1.4f, 2f, 1f}, 70, 2, "Extract", "Field", "% filled");
      int percent = completeness.measure("percent_filled");
      for (PublishedRow row : completeness.rows()) {
        pdf.addCell(bodyCell(row.dimensions().get(0), Element.ALIGN_LEFT));
        pdf.addCell(bodyCell(row.dimensions().get(1), Element.ALIGN_LEFT));
        pdf.addCell(bodyCell(format(row.cells().get(percent), MeasureKind.PERCENT), Element.ALIGN_RIGHT));
      }
      add(pdf);
    }
  }

  /** Where incidents happened and children were found: the maps, the busiest squares and wards, named as places. */
  private void places(PublishedTable grid, ChartNote note) {
    newSection("Places");
    text("Where CSE-flagged incidents happened and where missing children were found, in the 12 months to the end "
        + "of the quarter, counted on " + ProfileCharts.squares(grid) + " squares of the British National Grid. "
        + "Squares with a small count are grey and their count is withheld; squares with none are blank. The "
        + "analyst's finer grid and its hot spot statistics (Getis-Ord Gi*) are restricted, because at street "
        + "level they could point to a home.");
    if (content.maps().region() != null) {
      text("Hot spots were sought in " + content.maps().region() + ". Located events outside it are not mapped.");
    }
    if (!content.maps().hasAreas()) {
      text("No boundary file was given, so squares are named by their grid reference only; run with --boundaries "
          + "(ONS Open Geography boundaries of the authorities and wards) to draw boundaries and name wards.");
    }
    chart(ProfileCharts.incidentMap(grid, note, content.maps()));
    chart(ProfileCharts.foundMap(grid, note, content.maps()));
    topSquares(grid, "incidents", "Incidents");
    PublishedTable wards = content.table("place_counts");
    if (wards != null && !wards.rows().isEmpty()) {
      topPlaces(wards);
    }
  }

  /** The ten squares of a layer with the most events, among those shown, named by place and grid reference. */
  private void topSquares(PublishedTable grid, String layer, String header) {
    int layerColumn = grid.dimension("layer");
    int events = grid.measure("events");
    List<PublishedRow> shown = grid.rows().stream()
        .filter(r -> r.dimensions().get(layerColumn).equals(layer) && r.cells().get(events).isShown())
        .sorted(java.util.Comparator.<PublishedRow>comparingDouble(r -> -r.cells().get(events).value())
            .thenComparing(r -> r.dimensions().get(grid.dimension("cell_id"))))
        .limit(10).toList();
    if (shown.isEmpty()) {
      text("No square has enough " + header.toLowerCase(java.util.Locale.UK) + " to be shown.");
      return;
    }
    List<String> named = shown.stream().limit(3).map(r -> place(grid, r)).toList();
    text("The squares with the most " + header.toLowerCase(java.util.Locale.UK) + ": " + String.join("; ", named) + ".");
    heading("Squares with the most " + header.toLowerCase(java.util.Locale.UK));
    PdfPTable pdf = narrowTable(new float[] {2.6f, 1.1f, 0.8f}, 80, 2, "Place", "Grid reference", header);
    for (PublishedRow row : shown) {
      pdf.addCell(bodyCell(placeName(grid, row), Element.ALIGN_LEFT));
      pdf.addCell(bodyCell(dimension(grid, row, "grid_reference"), Element.ALIGN_LEFT));
      pdf.addCell(bodyCell(format(row.cells().get(events), MeasureKind.COUNT), Element.ALIGN_RIGHT));
    }
    add(pdf);
  }

  /** "Brighton and Hove: Regency ward, TQ 31 04", or the grid reference alone without boundaries. */
  private static String place(PublishedTable grid, PublishedRow row) {
    String name = placeName(grid, row);
    String reference = dimension(grid, row, "grid_reference");
    return name.isEmpty() ? reference : name + ", " + reference;
  }

  private static String placeName(PublishedTable grid, PublishedRow row) {
    String authority = dimension(grid, row, "authority_name");
    String ward = dimension(grid, row, "place_name");
    String type = dimension(grid, row, "place_type");
    if (authority.isEmpty()) {
      return "";
    }
    if (ward.isEmpty()) {
      return authority;
    }
    return authority + ": " + ward + (type.equals("lsoa") ? " (LSOA " + dimension(grid, row, "place_code") + ")"
        : " ward");
  }

  /** A dimension's value, or empty when the table has no such column (tables of earlier runs). */
  private static String dimension(PublishedTable table, PublishedRow row, String column) {
    int i = table.dimensions().indexOf(column);
    return i < 0 ? "" : row.dimensions().get(i);
  }

  /** The wards (or LSOAs) with the most incidents, with children found there. */
  private void topPlaces(PublishedTable wards) {
    int incidents = wards.measure("incidents");
    int found = wards.measure("found");
    List<PublishedRow> shown = wards.rows().stream().filter(r -> r.cells().get(incidents).isShown()
            && r.cells().get(incidents).value() > 0)
        .sorted(java.util.Comparator.<PublishedRow>comparingDouble(r -> -r.cells().get(incidents).value())
            .thenComparing(r -> dimension(wards, r, "place_code")))
        .limit(10).toList();
    String kind = wards.rows().stream().anyMatch(r -> dimension(wards, r, "place_type").equals("lsoa")) ? "LSOAs"
        : "wards";
    heading("The " + kind + " with the most incidents");
    text("Located incidents and places children were found of the 12 months, counted by " + kind.substring(0,
        kind.length() - 1) + ". Every " + kind.substring(0, kind.length() - 1) + " of the partnership is in the "
        + "published table place_counts, those with none included.");
    if (shown.isEmpty()) {
      text("No " + kind.substring(0, kind.length() - 1) + " has enough incidents to be shown.");
      return;
    }
    PdfPTable pdf = narrowTable(new float[] {2.2f, 1.6f, 0.9f, 0.9f}, 85, 2, kind.equals("wards") ? "Ward" : "LSOA",
        "Authority", "Incidents", "Children found");
    for (PublishedRow row : shown) {
      pdf.addCell(bodyCell(dimension(wards, row, "place_name"), Element.ALIGN_LEFT));
      pdf.addCell(bodyCell(dimension(wards, row, "authority_name"), Element.ALIGN_LEFT));
      pdf.addCell(bodyCell(format(row.cells().get(incidents), MeasureKind.COUNT), Element.ALIGN_RIGHT));
      pdf.addCell(bodyCell(format(row.cells().get(found), MeasureKind.COUNT), Element.ALIGN_RIGHT));
    }
    add(pdf);
  }

  /** Counts per 10,000 children resident, authorities side by side, beside the counts they come from. */
  private void rates(PublishedTable rates, ChartNote note) {
    newSection("Rates per 10,000 children");
    text("Counts of this quarter per 10,000 children living in each authority (ONS mid-year population estimates), "
        + "so that authorities of different sizes can be compared. A rate is computed from the published count, "
        + "so it is withheld (c) whenever its count is. The 95% interval is Byar's approximation to the exact Poisson "
        + "interval, as Public Health England's profiles use. Rates per 10,000 aged 10 to 17 divide the same counts "
        + "by the residents of the ages most of the children are.");
    chart(ProfileCharts.rates(rates, content.areaNames(), note));
    text("In the table, the rate and its interval are per 10,000 children aged 0 to 17; the last column per 10,000 "
        + "aged 10 to 17.");
    PdfPTable pdf = narrowTable(new float[] {1.9f, 1.7f, 0.8f, 1.1f, 0.8f, 1.2f, 1.0f}, 100, 2, "Area", "Counted",
        "Count", "Children aged 0 to 17", "Rate", "95% interval", "Rate, aged 10 to 17");
    for (PublishedRow row : rates.rowsWhere("age_group", "0_17")) {
      String area = dimension(rates, row, "la_code");
      String counted = dimension(rates, row, "counted");
      if (!ProfileCharts.RATE_TABLE.contains(counted)) {
        continue;
      }
      PublishedRow older = rates.rows().stream().filter(r -> dimension(rates, r, "la_code").equals(area)
          && dimension(rates, r, "counted").equals(counted) && dimension(rates, r, "age_group").equals("10_17"))
          .findFirst().orElse(null);
      pdf.addCell(bodyCell(area.equals("ALL") ? "Partnership" : content.areaName(area), Element.ALIGN_LEFT));
      pdf.addCell(bodyCell(Labels.of(counted), Element.ALIGN_LEFT));
      pdf.addCell(bodyCell(format(row.cells().get(rates.measure("count")), MeasureKind.COUNT), Element.ALIGN_RIGHT));
      pdf.addCell(bodyCell(format(row.cells().get(rates.measure("residents")), MeasureKind.COUNT), Element.ALIGN_RIGHT));
      pdf.addCell(bodyCell(format(row.cells().get(rates.measure("rate_per_10000")), MeasureKind.DECIMAL),
          Element.ALIGN_RIGHT));
      PublishedCell lower = row.cells().get(rates.measure("ci_lower"));
      PublishedCell upper = row.cells().get(rates.measure("ci_upper"));
      pdf.addCell(bodyCell(lower.isShown() && upper.isShown() ? format(lower, MeasureKind.DECIMAL) + " to "
          + format(upper, MeasureKind.DECIMAL) : lower.status().symbol(), Element.ALIGN_RIGHT));
      pdf.addCell(bodyCell(older == null ? "" : format(older.cells().get(rates.measure("rate_per_10000")),
          MeasureKind.DECIMAL), Element.ALIGN_RIGHT));
    }
    add(pdf);
  }

  private void suppressionNote() {
    newSection("Note on suppression");
    int shown = 0;
    int withheld = 0;
    for (PublishedTable t : content.tables().values()) {
      for (PublishedRow r : t.rows()) {
        for (int m = 0; m < t.measures().size(); m++) {
          if (t.kinds().get(m) != MeasureKind.COUNT) {
            continue;
          }
          if (r.cells().get(m).status() == org.cseprofile.reports.published.Status.SUPPRESSED) {
            withheld++;
          } else if (r.cells().get(m).isShown()) {
            shown++;
          }
        }
      }
    }
    text("This report follows the " + content.policy() + " disclosure policy: " + policyText() + ". Zero is always "
        + "shown. A count shown as c is withheld: either it is small, or it would let a reader work out a small count "
        + "by subtracting it from a total, from another table, or from the partnership figure. Every withheld count was "
        + "checked: from everything published, the range a reader could work out for it is never narrower than the "
        + "policy's smallest suppressed range.");
    text("Shares, intervals and ratios are computed from the published counts and are withheld when either count is. "
        + "A median over too few children is withheld. Platforms named by too few incidents are counted as Other.");
    text("Across the published tables of this quarter, " + String.format("%,d", withheld) + " counts are withheld (c) "
        + "and " + String.format("%,d", shown) + " are shown. Symbols: c withheld to protect confidentiality; x not "
        + "available (the data needed was not supplied); z not applicable.");
  }

  // ---------------------------------------------------------------- building blocks

  private String policyText() {
    return content.policy().equals("public") ? "counts 1 to 7 withheld, others rounded to the nearest 5"
        : "counts 1 to 4 withheld, others exact";
  }

  private JFreeChart table(String name, java.util.function.Function<PublishedTable, JFreeChart> chart) {
    PublishedTable t = content.table(name);
    return t == null ? null : chart.apply(t);
  }

  private void chart(JFreeChart chart) {
    if (chart == null) {
      return;
    }
    Image image = ChartPdf.image(writer.getDirectContent(), chart, fonts);
    image.scaleToFit(CHART_WIDTH, CHART_WIDTH * 0.6f);
    image.setAlignment(Element.ALIGN_CENTER);
    image.setSpacingBefore(6);
    image.setSpacingAfter(10);
    add(image);
  }

  /**
   * A table narrower than the page, at its left edge, with a header row: the first {@code textColumns}
   * headers left-aligned (labels), the others right-aligned (numbers).
   */
  private PdfPTable narrowTable(float[] widths, int widthPercent, int textColumns, String... headers) {
    PdfPTable pdf = new PdfPTable(widths);
    pdf.setWidthPercentage(widthPercent);
    pdf.setHorizontalAlignment(Element.ALIGN_LEFT);
    pdf.setSpacingBefore(6);
    pdf.setHeaderRows(1);
    for (int i = 0; i < headers.length; i++) {
      pdf.addCell(headerCell(headers[i], i < textColumns ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
    }
    return pdf;
  }

  /** A cohort or suspect breakdown: categories as rows, the partnership and each authority as columns. */
  private void breakdownTable(PublishedTable table, String breakdown, String title) {
    List<String> areas = new ArrayList<>(content.areaNames().keySet());
    int measure = 0;
    PdfPTable pdf = new PdfPTable(areas.size() + 1);
    pdf.setWidthPercentage(100);
    pdf.setSpacingBefore(6);
    pdf.setSpacingAfter(12);
    pdf.setHeaderRows(1);
    pdf.addCell(headerCell(title, Element.ALIGN_LEFT));
    for (String area : areas) {
      pdf.addCell(headerCell(area.equals("ALL") ? "Partnership" : content.areaName(area), Element.ALIGN_RIGHT));
    }
    List<String> categories = table.rows().stream().filter(r -> r.dimensions().get(1).equals(breakdown))
        .map(r -> r.dimensions().get(2)).distinct().toList();
    for (String category : categories) {
      pdf.addCell(bodyCell(Labels.of(category), Element.ALIGN_LEFT));
      for (String area : areas) {
        PublishedCell cell = table.rows().stream().filter(r -> r.dimensions().equals(List.of(area, breakdown, category)))
            .findFirst().map(r -> r.cells().get(measure)).orElse(null);
        pdf.addCell(bodyCell(cell == null ? "" : format(cell, MeasureKind.COUNT), Element.ALIGN_RIGHT));
      }
    }
    add(pdf);
  }

  private void table(PublishedTable table, Predicate<PublishedRow> rows, List<String> columns, List<String> headers) {
    table(table, rows, columns, headers, 0);
  }

  /** Rows of a published table: the label from dimension {@code labelDimension} (0: the area), then the columns. */
  private void table(PublishedTable table, Predicate<PublishedRow> rows, List<String> columns, List<String> headers,
      int labelDimension) {
    PdfPTable pdf = new PdfPTable(columns.size() + 1);
    pdf.setWidthPercentage(100);
    float[] widths = new float[columns.size() + 1];
    java.util.Arrays.fill(widths, 1f);
    widths[0] = 2.4f;
    pdf.setWidths(widths);
    pdf.setSpacingBefore(6);
    pdf.setSpacingAfter(12);
    pdf.setHeaderRows(1);
    pdf.addCell(headerCell(labelDimension == 0 ? "Area" : table.name().equals("input_files") ? "File" : "",
        Element.ALIGN_LEFT));
    headers.forEach(h -> pdf.addCell(headerCell(h, Element.ALIGN_RIGHT)));
    for (PublishedRow row : table.rows()) {
      if (!rows.test(row)) {
        continue;
      }
      String key = row.dimensions().get(labelDimension);
      String label = labelDimension == 0 ? (key.equals("ALL") ? "Partnership" : content.areaName(key))
          : table.name().equals("input_files") ? key : Labels.of(key);
      pdf.addCell(bodyCell(label, Element.ALIGN_LEFT));
      for (String column : columns) {
        int m = table.measure(column);
        pdf.addCell(bodyCell(format(row.cells().get(m), table.kinds().get(m)), Element.ALIGN_RIGHT));
      }
    }
    add(pdf);
  }

  static String format(PublishedCell cell, MeasureKind kind) {
    if (!cell.isShown()) {
      return cell.status().symbol();
    }
    return switch (kind) {
      case COUNT -> String.format("%,d", Math.round(cell.value()));
      case PERCENT, DECIMAL -> String.format("%.1f", cell.value());
    };
  }

  private PdfPCell headerCell(String text, int align) {
    PdfPCell cell = new PdfPCell(new Phrase(text, fonts.font(8.5f, true, Palette.TEXT)));
    cell.setHorizontalAlignment(align);
    cell.setBackgroundColor(HEADER_FILL);
    cell.setBorderColor(Palette.GRID);
    cell.setPadding(4);
    return cell;
  }

  private PdfPCell bodyCell(String text, int align) {
    PdfPCell cell = new PdfPCell(new Phrase(text, fonts.font(8.5f, false, Palette.TEXT)));
    cell.setHorizontalAlignment(align);
    cell.setBorderColor(Palette.GRID);
    cell.setPadding(3.5f);
    return cell;
  }

  private void newSection(String title) {
    document.newPage();
    heading(title);
  }

  private void heading(String title) {
    Paragraph p = paragraph(title, 18, true, Palette.BLUE);
    p.setSpacingAfter(10);
    add(p);
  }

  private void text(String text) {
    Paragraph p = paragraph(text, 10.5f, false, Palette.TEXT);
    p.setSpacingAfter(6);
    p.setLeading(14);
    add(p);
  }

  private Paragraph paragraph(String text, float size, boolean bold, Color colour) {
    Paragraph p = new Paragraph(text, fonts.font(size, bold, colour));
    p.setLeading(size * 1.35f);
    return p;
  }

  private Paragraph space(float height) {
    Paragraph p = new Paragraph(" ", fonts.font(4, false, Palette.TEXT));
    p.setSpacingBefore(height);
    return p;
  }

  private void add(Element element) {
    document.add(element);
  }

  /** The protective marking at the top and bottom of every page, and "page N of M" at the foot. */
  private final class Frame extends PdfPageEventHelper {
    private PdfTemplate total;

    @Override
    public void onOpenDocument(PdfWriter w, Document d) {
      total = w.getDirectContent().createTemplate(40, 14);
    }

    @Override
    public void onEndPage(PdfWriter w, Document d) {
      PdfContentByte canvas = w.getDirectContent();
      Rectangle page = d.getPageSize();
      Font marking = fonts.font(9, true, Palette.VERMILLION);
      ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(content.marking(), marking),
          page.getWidth() / 2, page.getHeight() - 30, 0);
      ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(content.marking(), marking),
          page.getWidth() / 2, 22, 0);
      Font small = fonts.font(8, false, Palette.MUTED_TEXT);
      ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase("CSE problem profile " + content.periodLabel()
          + ", " + content.policy() + " disclosure policy", small), d.left(), 36, 0);
      String label = "Page " + w.getPageNumber() + " of ";
      float width = fonts.regular().getWidthPoint(label, 8);
      ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(label, small), d.right() - width - 16, 36, 0);
      canvas.addTemplate(total, d.right() - 16, 36);
    }

    @Override
    public void onCloseDocument(PdfWriter w, Document d) {
      ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
          new Phrase(Integer.toString(w.getPageNumber() - 1), fonts.font(8, false, Palette.MUTED_TEXT)), 0, 0, 0);
    }
  }
}
