package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A category small in the partnership is counted with the largest category of its breakdown, in every area. */
class RecodingTest {

  private static RestrictedTable.Row row(String la, String breakdown, String category, long children) {
    return new RestrictedTable.Row(List.of(la, breakdown, category), Map.of("children", children));
  }

  private static RestrictedTable breakdown(long allNotKnown, long la1NotKnown) {
    // Two authorities: girls 30 + 12 = 42, boys 8 + 6 = 14, not known la1NotKnown + the rest.
    return new RestrictedTable("cohort_breakdown", List.of("la_code", "breakdown", "category"), List.of("children"),
        List.of(row("ALL", "gender", "F", 42), row("ALL", "gender", "M", 14), row("ALL", "gender", "U", allNotKnown),
            row("ALL", "risk_level", "high", 60),
            row("E1", "gender", "F", 30), row("E1", "gender", "M", 8), row("E1", "gender", "U", la1NotKnown),
            row("E2", "gender", "F", 12), row("E2", "gender", "M", 6),
            row("E2", "gender", "U", allNotKnown - la1NotKnown)));
  }

  @Test
  void aFewChildrenOfUnknownGenderAreCountedWithTheLargerGenderInEveryArea() {
    // The partnership has 3 children of unknown gender (2 in E1, 1 in E2): at most 4, so they join the girls
    // (42 against 14 boys): ALL 42 + 3 = 45, E1 30 + 2 = 32, E2 12 + 1 = 13. Boys and other breakdowns are untouched.
    RestrictedTable recoded = Recoding.genderNotKnown(2, key -> key.get(1).equals("gender"))
        .apply(breakdown(3, 2), DisclosurePolicy.PARTNERSHIP);

    assertThat(recoded.rows()).extracting(RestrictedTable.Row::key).noneMatch(k -> k.get(2).equals("U"));
    assertThat(recoded.count("children", List.of("ALL", "gender", "F"))).isEqualTo(45L);
    assertThat(recoded.count("children", List.of("E1", "gender", "F"))).isEqualTo(32L);
    assertThat(recoded.count("children", List.of("E2", "gender", "F"))).isEqualTo(13L);
    assertThat(recoded.count("children", List.of("ALL", "gender", "M"))).isEqualTo(14L);
    assertThat(recoded.count("children", List.of("ALL", "risk_level", "high"))).isEqualTo(60L);
    assertThat(recoded.notes()).containsExactly("Children whose gender is not known (U) are counted with girls (F) "
        + "in every area: the partnership has no more of them than the policy withholds as a small count, and a line "
        + "of their own could be worked out from the total.");
  }

  @Test
  void enoughChildrenOfUnknownGenderInThePartnershipArePublishedAsTheyAre() {
    // 5 in the partnership is more than the partnership policy suppresses (4), but at most the public policy's 7.
    RestrictedTable table = breakdown(5, 2);
    assertThat(Recoding.genderNotKnown(2, key -> key.get(1).equals("gender"))
        .apply(table, DisclosurePolicy.PARTNERSHIP)).isSameAs(table);
    RestrictedTable recoded = Recoding.genderNotKnown(2, key -> key.get(1).equals("gender"))
        .apply(table, DisclosurePolicy.PUBLIC);
    assertThat(recoded.count("children", List.of("ALL", "gender", "F"))).isEqualTo(47L);
  }

  @Test
  void whenBoysAreMoreTheyTakeTheChildrenOfUnknownGenderAndAMissingRowIsCreated() {
    // age_by_gender at 11: no girl, 9 boys and 1 child of unknown gender in the partnership.
    RestrictedTable ages = new RestrictedTable("age_by_gender", List.of("la_code", "gender", "age"), List.of("children"),
        List.of(new RestrictedTable.Row(List.of("ALL", "M", "11"), Map.of("children", 9L)),
            new RestrictedTable.Row(List.of("ALL", "U", "11"), Map.of("children", 1L)),
            new RestrictedTable.Row(List.of("ALL", "U", "12"), Map.of("children", 1L))));
    RestrictedTable recoded = Recoding.genderNotKnown(1, key -> true).apply(ages, DisclosurePolicy.PARTNERSHIP);
    assertThat(recoded.rows()).extracting(RestrictedTable.Row::key)
        .containsExactly(List.of("ALL", "M", "11"), List.of("ALL", "M", "12"));
    assertThat(recoded.count("children", List.of("ALL", "M", "11"))).isEqualTo(10L);
    assertThat(recoded.count("children", List.of("ALL", "M", "12"))).isEqualTo(1L);
    assertThat(recoded.notes()).singleElement().asString().contains("counted with boys (M)");
  }
}
