package org.cseprofile.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  @Test
  void aLongTableKeepsItsFirstAndLastThreeRowsTogether() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      rows.add(List.of("Field " + i, "50.0"));
    }
    Table table = new Table("fields", "Fields filled", "field_completeness", List.of("Field", "% filled"), 1, rows);
    String html = HtmlReport.render(new ReportDocument("Report", "en-GB", "OFFICIAL", "Report", List.of(),
        List.of(new Section("annex", "Annex", List.of(table))), "2017-01-15"), Medium.PDF);
    List<String> groups = new ArrayList<>();
    Matcher m = Pattern.compile("(?s)<tbody( class=\"kept\")?>(.*?)</tbody>").matcher(html);
    while (m.find()) {
      groups.add((m.group(1) == null ? "" : "kept ") + (m.group(2).split("<tr>", -1).length - 1));
    }
    assertThat(groups).containsExactly("kept 3", "24", "kept 3");
    assertThat(html).contains("<table id=\"fields\" class=\"long\">", "tbody.kept { page-break-inside: avoid; }");
  }

  @Test
  void aHeadingLeadsIntoItsTableAndIsNeverKeptWholeWithALongOne() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      rows.add(List.of("Field " + i, "50.0"));
    }
    Table longTable = new Table("fields", "Fields filled", "field_completeness", List.of("Field", "% filled"), 1, rows);
    Table shortTable = new Table("referral", "Referred by", "cohort_breakdown", List.of("Referred by", "Children"), 1,
        List.of(List.of("Police", "67")));
    String html = HtmlReport.render(new ReportDocument("Report", "en-GB", "OFFICIAL", "Report", List.of(),
        List.of(new Section("annex", "Annex", List.of(
            new KeepTogether(List.of(new Subheading("Who referred them"), new Paragraph("By agency."), shortTable)),
            new KeepTogether(List.of(new Subheading("Field completeness"), new Paragraph("How often."), longTable))))),
        "2017-01-15"), Medium.PDF);
    // A short table is kept whole with its heading and introduction; a long one (30 rows, over pages) follows the kept
    // heading and introduction, which avoid a page break after them.
    assertThat(html).contains("<div class=\"keep\">\n<h3>Who referred them</h3>\n<p>By agency.</p>\n"
            + "<table id=\"referral\" class=\"short\">",
        "<div class=\"keep lead-in\">\n<h3>Field completeness</h3>\n<p>How often.</p>\n</div>\n"
            + "<table id=\"fields\" class=\"long\">",
        ".keep > h3, .keep > p, .lead-in { page-break-after: avoid; }");
  }

  @Test
  void theWebPageLabelsEachChartByItsWordsAndThePdfSourceGivesItsAlt() {
    Figure figure = new Figure("cohort-trend", "Children, last eight quarters", "<svg viewBox=\"0 0 8 4\"></svg>",
        "Lines over eight quarters.", null, "cohort-table", "Children by quarter");
    ReportDocument document = new ReportDocument("Report", "en-GB", "OFFICIAL", "Report", List.of(),
        List.of(new Section("cohort", "Cohort", List.of(figure))), "2017-01-15");
    assertThat(HtmlReport.render(document, Medium.WEB)).contains(
        "<svg role=\"img\" aria-labelledby=\"cohort-trend-title cohort-trend-words\" viewBox=\"0 0 8 4\">",
        "<p id=\"cohort-trend-words\" class=\"in-words\">Lines over eight quarters.</p>",
        "The numbers of this chart: <a href=\"#cohort-table\" title=\"Children by quarter\">Children by quarter</a>.");
    assertThat(HtmlReport.render(document, Medium.PDF)).contains(
        "<svg alt=\"Children, last eight quarters. Lines over eight quarters.\" viewBox=\"0 0 8 4\">",
        "<bookmark name=\"Cohort\" href=\"#cohort\"/>");
  }
}
