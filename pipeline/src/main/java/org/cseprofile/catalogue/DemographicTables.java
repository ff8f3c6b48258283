package org.cseprofile.catalogue;

import static org.cseprofile.disclosure.ProfileModel.cell;
import static org.cseprofile.disclosure.PublishedMeasure.count;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cseprofile.disclosure.CellRef;
import org.cseprofile.disclosure.ProfileModel;
import org.cseprofile.disclosure.ProfileModel.Across;
import org.cseprofile.disclosure.ProfilePublication;
import org.cseprofile.disclosure.PublishedSpec;
import org.cseprofile.disclosure.Recoding;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.disclosure.RowOrder;
import org.cseprofile.profile.Demographics;
import org.cseprofile.table.Columns;
import org.cseprofile.table.TableNames;

/**
 * Age by gender (single years and bands), children whose gender is not known counted with the larger
 * gender when the partnership has few of them ({@link Recoding}), published for the partnership only (the pyramid): per
 * authority the cross-tabulation is mostly small counts (children of unknown gender in every band),
 * and protecting them chains suppression through every authority's age and gender totals; at national
 * size the linear programs of that one table did not finish. Each authority's age bands and genders
 * are published on their own in {@code cohort_breakdown}.
 */
final class DemographicTables {
  private static final RowOrder ORDER = RowOrder.of(Map.of(Columns.GENDER, Demographics.GENDERS,
      Columns.AGE_BAND, Demographics.AGE_BANDS));

  static final ProfileTable AGE_BY_GENDER = new ProfileTable(
      new PublishedSpec(TableNames.AGE_BY_GENDER, List.of(Columns.LA_CODE, Columns.GENDER, Columns.AGE),
          List.of(count(Columns.CHILDREN)), DemographicTables::ages)
          .withOrder(ORDER).withPreparation((table, policy) -> ProfilePublication.partnershipOnly(
              Recoding.genderNotKnown(1, key -> true).apply(table, policy))),
      ReportSection.DEMOGRAPHICS, d -> Demographics.ageByGender(d.cohort(), d.grid()));

  static final ProfileTable AGE_BAND_BY_GENDER = new ProfileTable(
      new PublishedSpec(TableNames.AGE_BAND_BY_GENDER, List.of(Columns.LA_CODE, Columns.AGE_BAND, Columns.GENDER),
          List.of(count(Columns.CHILDREN)), DemographicTables::bands)
          .withOrder(ORDER).withPreparation((table, policy) -> ProfilePublication.partnershipOnly(
              Recoding.genderNotKnown(2, key -> true).apply(table, policy))),
      ReportSection.DEMOGRAPHICS, d -> Demographics.ageBandByGender(d.cohort(), d.grid()));

  private DemographicTables() {}

  /** The single years of a gender add up to its total in cohort_breakdown, and to their bands. */
  private static void ages(ProfileModel m) {
    String ages = TableNames.AGE_BY_GENDER;
    String bands = TableNames.AGE_BAND_BY_GENDER;
    String breakdown = TableNames.COHORT_BREAKDOWN;
    RestrictedTable t = m.table(ages);
    m.across(ages, Columns.CHILDREN, Across.EQUAL);
    for (String la : m.areas()) {
      if (!t.values(Columns.LA_CODE).contains(la)) {
        continue; // single years are published for the partnership only
      }
      for (String g : t.values(Columns.GENDER)) {
        List<CellRef> all = new ArrayList<>();
        Map<String, List<CellRef>> byBand = new LinkedHashMap<>();
        for (String age : t.values(Columns.AGE)) {
          CellRef cell = cell(ages, Columns.CHILDREN, la, g, age);
          all.add(cell);
          byBand.computeIfAbsent(Demographics.ageBand(Integer.parseInt(age)), b -> new ArrayList<>()).add(cell);
        }
        if (m.present(breakdown)) {
          m.sum(cell(breakdown, Columns.CHILDREN, la, Columns.GENDER, g), all, "ages of a gender = gender total");
        }
        if (m.present(bands)) {
          byBand.forEach((band, cells) -> m.sum(cell(bands, Columns.CHILDREN, la, band, g), cells,
              "single years of age = their band"));
        }
      }
    }
  }

  /** The genders of a band add up to the band's total in cohort_breakdown, the bands of a gender to its total. */
  private static void bands(ProfileModel m) {
    String bands = TableNames.AGE_BAND_BY_GENDER;
    String breakdown = TableNames.COHORT_BREAKDOWN;
    m.across(bands, Columns.CHILDREN, Across.EQUAL);
    RestrictedTable t = m.table(bands);
    for (String la : m.areas()) {
      if (!m.present(breakdown)) {
        break;
      }
      if (!t.values(Columns.LA_CODE).contains(la)) {
        continue; // bands by gender are published for the partnership only
      }
      for (String band : t.values(Columns.AGE_BAND)) {
        m.sum(cell(breakdown, Columns.CHILDREN, la, Columns.AGE_BAND, band),
            t.values(Columns.GENDER).stream().map(g -> cell(bands, Columns.CHILDREN, la, band, g)).toList(),
            "genders of a band = band total");
      }
      for (String g : t.values(Columns.GENDER)) {
        m.sum(cell(breakdown, Columns.CHILDREN, la, Columns.GENDER, g),
            t.values(Columns.AGE_BAND).stream().map(band -> cell(bands, Columns.CHILDREN, la, band, g)).toList(),
            "bands of a gender = gender total");
      }
    }
  }
}
