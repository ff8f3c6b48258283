package org.cseprofile.reports.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.cseprofile.reports.analyst.Narrative;
import org.cseprofile.reports.analyst.NarrativeException;
import org.cseprofile.reports.document.Block;
import org.cseprofile.reports.document.HtmlReport;
import org.cseprofile.reports.document.KeepTogether;
import org.cseprofile.reports.document.Prose;
import org.cseprofile.reports.document.Subheading;
import org.cseprofile.reports.document.Medium;
import org.cseprofile.reports.document.PdfReport;
import org.cseprofile.reports.document.ReportDocument;
import org.cseprofile.reports.document.Section;

/**
 * The board report, drawn only from published tables: a cover, the contents, then the sections of
 * {@link ReportSections} in order. Built once as a {@link ReportDocument} and written as
 * self-contained HTML and as a PDF/UA-1 and PDF/A-2u PDF.
 */
public final class BoardReport {
  /** The subheading over the analyst's text in a section of the report. */
  public static final String COMMENTARY = "Analyst's commentary";
  private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private BoardReport() {}

  /** Both outputs of one report, made from one document. */
  public record Outputs(byte[] pdf, String html) {}

  /** The report as PDF bytes and as one self-contained HTML page. */
  public static Outputs outputs(ReportContent content) {
    ReportDocument document = document(content);
    return new Outputs(PdfReport.render(document), HtmlReport.render(document, Medium.WEB));
  }

  /** The report as PDF bytes (dated by {@code SOURCE_DATE_EPOCH} when set, otherwise by its produced day). */
  public static byte[] render(ReportContent content) {
    return PdfReport.render(document(content));
  }

  /** The report as one self-contained HTML page. */
  public static String html(ReportContent content) {
    return HtmlReport.render(document(content), Medium.WEB);
  }

  /** The report's content, independent of its output. */
  public static ReportDocument document(ReportContent content) {
    List<Section> sections = new ArrayList<>();
    for (ReportSection section : ReportSections.ALL) {
      section.build(content).ifPresent(sections::add);
    }
    content.analyst().narrativeIfAny().ifPresent(n -> commentary(n, content, sections));
    List<String> cover = new ArrayList<>();
    cover.add(content.periodLabel() + ": " + content.periodDates());
    List<String> areas = content.areaNames().entrySet().stream().filter(e -> !e.getKey().equals("ALL"))
        .map(e -> e.getValue()).toList();
    if (!areas.isEmpty()) {
      cover.add("Partnership: " + String.join(", ", areas));
    }
    cover.add("Disclosure control: " + content.policy() + " policy (" + content.policyWording() + ")");
    cover.add("Protective marking: " + content.marking());
    if (content.filters() != null) {
      cover.add("Ad hoc run, filtered: " + content.filters() + ". This is not the standard profile.");
    }
    cover.add("Produced " + content.produced() + " by cse-profile from published (disclosure-controlled) tables.");
    cover.add("This report is for the members of the safeguarding partnership board. Counts of fewer children than the "
        + "policy allows are shown as c, and further counts are withheld where they would let a reader work out a "
        + "withheld one; see the note on suppression at the end.");
    return new ReportDocument("Child sexual exploitation: partnership problem profile, " + content.periodLabel(),
        "en-GB", content.marking(), "CSE problem profile " + content.periodLabel() + ", " + content.policy()
            + " policy", cover, sections, producedDay(content).toString());
  }

  /**
   * Places the analyst's text of each {@code ## Title} at the start of the report section of that title, under
   * "Analyst's commentary" ("Conclusions" and "Recommendations" are sections of their own); a title that is no
   * section of this report is refused, naming its line, so no part of the narrative is silently left out.
   */
  private static void commentary(Narrative narrative, ReportContent content, List<Section> sections) {
    Map<String, List<Prose>> resolved = narrative.resolve(content.tables());
    Set<String> present = new HashSet<>();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      String key = Narrative.key(section.title());
      present.add(key);
      List<Prose> prose = resolved.get(key);
      if (prose == null || prose.isEmpty() || Narrative.OWN_SECTIONS.stream().map(Narrative::key).anyMatch(key::equals)) {
        continue;
      }
      List<Block> blocks = new ArrayList<>();
      blocks.add(new KeepTogether(List.of(new Subheading(COMMENTARY), prose.get(0))));
      blocks.addAll(prose.subList(1, prose.size()));
      blocks.addAll(section.blocks());
      sections.set(i, new Section(section.id(), section.title(), blocks));
    }
    for (String title : narrative.titles()) {
      if (!present.contains(Narrative.key(title)) && !resolved.get(Narrative.key(title)).isEmpty()) {
        throw new NarrativeException("line " + narrative.line(title) + ": ## " + title + " is not a section of this "
            + "report; its sections are: " + String.join(", ", java.util.stream.Stream.concat(
                sections.stream().map(Section::title), Narrative.OWN_SECTIONS.stream()).distinct().toList()));
      }
    }
  }

  /** The day the report says it was produced; the end of its period when that is not a printed date. */
  static LocalDate producedDay(ReportContent content) {
    try {
      return LocalDate.parse(content.produced(), PRINTED);
    } catch (DateTimeParseException e) {
      java.util.regex.Matcher quarter = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])").matcher(content.periodLabel());
      if (!quarter.matches()) {
        throw new IllegalArgumentException("produced must be a date such as 15 January 2017, or the period a quarter");
      }
      return LocalDate.of(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)) * 3, 1).plusMonths(1)
          .minusDays(1);
    }
  }
}
