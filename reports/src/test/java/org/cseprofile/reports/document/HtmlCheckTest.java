package org.cseprofile.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlCheckTest {
  private static final String GOOD = """
      <!DOCTYPE html>
      <html lang="en-GB"><head><title>Report</title></head><body>
      <h1>Report</h1><nav><h2 id="c">Contents</h2><a href="#s">Section</a></nav>
      <main><h2 id="s">Section</h2><h3>Part</h3>
      <table id="t"><caption>Counts</caption><thead><tr><th scope="col">Area</th><th scope="col">Children</th></tr></thead>
      <tbody><tr><th scope="row">Partnership</th><td>120</td></tr></tbody></table>
      <figure><svg role="img" aria-labelledby="w"><rect/></svg><figcaption><p id="w">Bars.</p></figcaption></figure>
      </main></body></html>
      """;

  @Test
  void aPageThatFollowsEveryRulePasses() {
    assertThat(HtmlCheck.violations(GOOD)).isEmpty();
  }

  @Test
  void eachBrokenRuleIsNamedWithItsCriterion() {
    assertThat(HtmlCheck.violations(GOOD.replace(" lang=\"en-GB\"", ""))).containsExactly(
        "3.1.1 language of page: <html> has no valid lang");
    assertThat(HtmlCheck.violations(GOOD.replace("<h3>Part</h3>", "<h4>Part</h4>"))).containsExactly(
        "1.3.1 info and relationships: heading \"Part\" skips from level 2 to 4");
    assertThat(HtmlCheck.violations(GOOD.replace("<th scope=\"row\">Partnership</th>", "<td>Partnership</td>")))
        .containsExactly("1.3.1 info and relationships: table t has a row without a row header (th scope=row)");
    assertThat(HtmlCheck.violations(GOOD.replace("<th scope=\"col\">Area</th>", "<th>Area</th>"))).containsExactly(
        "1.3.1 info and relationships: table t has a column header without text or scope=col");
    assertThat(HtmlCheck.violations(GOOD.replace("<caption>Counts</caption>", ""))).containsExactly(
        "1.3.1 info and relationships: table t has no caption");
    assertThat(HtmlCheck.violations(GOOD.replace(" aria-labelledby=\"w\"", ""))).containsExactly(
        "1.1.1 non-text content: a chart has no text alternative");
    assertThat(HtmlCheck.violations(GOOD.replace("<p id=\"w\">Bars.</p>", "<p id=\"w\"> </p>"))).containsExactly(
        "1.1.1 non-text content: a chart is labelled by w, which is missing or empty");
    assertThat(HtmlCheck.violations(GOOD.replace("href=\"#s\"", "href=\"#x\""))).containsExactly(
        "2.4.4 link purpose: link to #x has no target");
    assertThat(HtmlCheck.violations(GOOD.replace("id=\"c\"", "id=\"s\""))).containsExactly(
        "4.1.1 parsing: id s is used more than once");
    assertThat(HtmlCheck.violations(GOOD.replace("<title>Report</title>", ""))).containsExactly(
        "2.4.2 page titled: there must be one non-empty <title>");
    assertThat(HtmlCheck.violations(GOOD.replace("</main>", ""))).containsExactly(
        "4.1.1 parsing: the page is not well-formed XHTML (SAXParseException)");
  }

  @Test
  void contrastIsTheWcagRatio() {
    // hand-worked: white 1.0, black 0.0 -> 21; #767676 is the lightest grey passing on white (4.54)
    assertThat(ReportColours.contrast("#FFFFFF", "#000000")).isEqualTo(21.0);
    assertThat(ReportColours.contrast("#767676", "#FFFFFF")).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
    assertThat(ReportColours.contrast("#777777", "#FFFFFF")).isLessThan(4.5);
    for (ReportColours.Pair pair : ReportColours.TEXT_ON_BACKGROUND) {
      assertThat(ReportColours.contrast(pair.foreground(), pair.background())).as(pair.use()).isGreaterThanOrEqualTo(4.5);
    }
  }
}
