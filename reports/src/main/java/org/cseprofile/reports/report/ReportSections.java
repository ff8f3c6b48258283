package org.cseprofile.reports.report;

import java.util.List;
import org.cseprofile.reports.report.section.AccessibilitySection;
import org.cseprofile.reports.report.section.AgenciesSection;
import org.cseprofile.reports.report.section.CohortSection;
import org.cseprofile.reports.report.section.ComparatorsSection;
import org.cseprofile.reports.report.section.CrossBorderSection;
import org.cseprofile.reports.report.section.DataQualitySection;
import org.cseprofile.reports.report.section.IncidentsSection;
import org.cseprofile.reports.report.section.IntelligenceGapsSection;
import org.cseprofile.reports.report.section.KeyFindingsSection;
import org.cseprofile.reports.report.section.LinksSection;
import org.cseprofile.reports.report.section.MethodSection;
import org.cseprofile.reports.report.section.MissingSection;
import org.cseprofile.reports.report.section.NarrativeSection;
import org.cseprofile.reports.report.section.PlacesSection;
import org.cseprofile.reports.report.section.RatesSection;
import org.cseprofile.reports.report.section.RiskSection;
import org.cseprofile.reports.report.section.SuppressionSection;
import org.cseprofile.reports.report.section.SuspectsSection;
import org.cseprofile.reports.report.section.VulnerabilitiesSection;
import org.cseprofile.reports.report.section.WhoSection;

/** The sections of the board report in reading order: a new section is one class and one line here. */
public final class ReportSections {
  /** Every section, in order; the accessibility statement is last. */
  public static final List<ReportSection> ALL = List.of(
      new KeyFindingsSection(),
      new CohortSection(),
      new WhoSection(),
      new RiskSection(),
      new VulnerabilitiesSection(),
      new MissingSection(),
      new IncidentsSection(),
      new PlacesSection(),
      new RatesSection(),
      new ComparatorsSection(),
      new SuspectsSection(),
      new AgenciesSection(),
      new CrossBorderSection(),
      new LinksSection(),
      new IntelligenceGapsSection(),
      new NarrativeSection("Conclusions"),
      new NarrativeSection("Recommendations"),
      new MethodSection(),
      new DataQualitySection(),
      new SuppressionSection(),
      new AccessibilitySection());

  private ReportSections() {}
}
