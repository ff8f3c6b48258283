package org.cseprofile.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprofile.disclosure.PublishedMeasure.count;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.disclosure.CellRef;
import org.cseprofile.disclosure.CountModel;
import org.cseprofile.disclosure.DisclosurePolicy;
import org.cseprofile.disclosure.ProfileModel;
import org.cseprofile.disclosure.ProfileModel.Across;
import org.cseprofile.disclosure.ProfilePublication;
import org.cseprofile.disclosure.Publication;
import org.cseprofile.disclosure.PublishedSpec;
import org.cseprofile.disclosure.RestrictedTable;
import org.cseprofile.disclosure.TableRelations;
import org.cseprofile.table.Columns;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.TableNames;
import org.cseprofile.testing.SampleRun;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Relations cannot be forgotten: every count of every profile table of the bundled sample's run is in
 * a relation its table (or another) declares, unless its table declares, with a reason, that it
 * stands alone. A table added without relations, or with too few, fails here.
 */
@ExtendWith(SparkExtension.class)
class RelationCoverageTest {
  static final Map<String, RestrictedTable> restricted = new LinkedHashMap<>();

  @BeforeAll
  static void readTheSampleRun(SparkSession spark) {
    OutputLayout layout = new OutputLayout(SampleRun.output(spark).toString());
    for (PublishedSpec spec : ProfileCatalogue.specs()) {
      restricted.put(spec.table(), Publication.collect(spec.table(),
          spark.read().parquet(layout.restrictedTable(spec.table()).toString()), SampleRun.PERIOD, spec.dimensions(),
          spec.measureColumns()));
    }
  }

  @Test
  void everyCountOfEveryProfileTableIsInADeclaredRelation() {
    List<CellRef> unrelated = ProfileModel.unrelated(model(ProfileCatalogue.specs()), ProfileCatalogue.specs());
    assertThat(unrelated).as("counts no relation covers").isEmpty();
  }

  @Test
  void aTableLeftWithoutRelationsFailsTheCheckUnlessItSaysWhyItStandsAlone() {
    // cross_border as a newcomer might add it: its counts, but no relation declared.
    List<PublishedSpec> forgotten = replaceRelations(TableNames.CROSS_BORDER, model -> { });
    List<CellRef> unrelated = ProfileModel.unrelated(model(forgotten), forgotten);

    RestrictedTable crossBorder = restricted.get(TableNames.CROSS_BORDER);
    // Every count of every row: children, missing elsewhere, incident elsewhere, either.
    assertThat(unrelated).hasSize(crossBorder.rows().size() * 4)
        .allSatisfy(cell -> assertThat(cell.table()).isEqualTo(TableNames.CROSS_BORDER));

    List<PublishedSpec> standsAlone = replaceRelations(TableNames.CROSS_BORDER,
        TableRelations.standsAlone("a test: as if no other count related to these"));
    assertThat(ProfileModel.unrelated(model(standsAlone), standsAlone)).isEmpty();
  }

  @Test
  void aNewTableAddedWithoutRelationsFailsTheCheck() {
    // A newcomer's table: children by authority and for the partnership, published with no relation declared.
    String t = "newcomer_children";
    Map<String, RestrictedTable> withNew = new LinkedHashMap<>(restricted);
    withNew.put(t, new RestrictedTable(t, List.of(Columns.LA_CODE), List.of(Columns.CHILDREN), List.of(
        new RestrictedTable.Row(List.of("E06000043"), Map.of(Columns.CHILDREN, 10L)),
        new RestrictedTable.Row(List.of("E10000011"), Map.of(Columns.CHILDREN, 20L)),
        new RestrictedTable.Row(List.of("E10000032"), Map.of(Columns.CHILDREN, 3L)),
        new RestrictedTable.Row(List.of(Columns.PARTNERSHIP), Map.of(Columns.CHILDREN, 33L)))));
    List<PublishedSpec> forgotten = new ArrayList<>(ProfileCatalogue.specs());
    forgotten.add(new PublishedSpec(t, List.of(Columns.LA_CODE), List.of(count(Columns.CHILDREN)), model -> { }));

    // The partnership's 33 less two authorities' counts gives away the third's 3: every count is named.
    assertThat(ProfileModel.unrelated(model(withNew, forgotten), forgotten)).containsExactlyInAnyOrder(
        ProfileModel.cell(t, Columns.CHILDREN, "E06000043"), ProfileModel.cell(t, Columns.CHILDREN, "E10000011"),
        ProfileModel.cell(t, Columns.CHILDREN, "E10000032"), ProfileModel.cell(t, Columns.CHILDREN, Columns.PARTNERSHIP));

    // Declared, the partnership row is the sum of its authorities' rows, and the check passes.
    List<PublishedSpec> declared = new ArrayList<>(ProfileCatalogue.specs());
    declared.add(new PublishedSpec(t, List.of(Columns.LA_CODE), List.of(count(Columns.CHILDREN)),
        model -> model.across(t, Columns.CHILDREN, Across.EQUAL)));
    assertThat(ProfileModel.unrelated(model(withNew, declared), declared)).isEmpty();
  }

  @Test
  void everyProfileTableIsInTheOneListAndBelongsToASection() {
    assertThat(ProfileCatalogue.names()).doesNotHaveDuplicates().hasSize(ProfileCatalogue.TABLES.size());
    assertThat(ProfileCatalogue.sections().values().stream().flatMap(List::stream).toList())
        .containsExactlyInAnyOrderElementsOf(ProfileCatalogue.names());
    assertThat(ProfileCatalogue.sections().keySet()).first().isEqualTo(ReportSection.COHORT.key());
  }

  private static CountModel model(List<PublishedSpec> specs) {
    return model(restricted, specs);
  }

  private static CountModel model(Map<String, RestrictedTable> tables, List<PublishedSpec> specs) {
    return ProfileModel.build(ProfilePublication.prepare(tables, specs, DisclosurePolicy.PARTNERSHIP), specs,
        SampleRun.PERIOD.label());
  }

  private static List<PublishedSpec> replaceRelations(String table, TableRelations relations) {
    List<PublishedSpec> specs = new ArrayList<>();
    for (PublishedSpec s : ProfileCatalogue.specs()) {
      specs.add(!s.table().equals(table) ? s : new PublishedSpec(s.table(), s.dimensions(), s.measures(), relations,
          s.order(), s.prominence(), s.preparation(), s.notApplicable(), s.rowMeasures()));
    }
    return specs;
  }
}
