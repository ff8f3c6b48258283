package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfilePublicationTest {

  @Test
  void singleYearsOfAgeArePublishedForThePartnershipOnly() {
    RestrictedTable ages = new RestrictedTable("age_by_gender", List.of("la_code", "gender", "age"), List.of("children"),
        List.of(new RestrictedTable.Row(List.of("ALL", "F", "14"), Map.of("children", 9L)),
            new RestrictedTable.Row(List.of("E10000032", "F", "14"), Map.of("children", 6L)),
            new RestrictedTable.Row(List.of("E06000043", "F", "14"), Map.of("children", 3L))));
    RestrictedTable published = ProfilePublication.partnershipOnly(ages);
    assertThat(published.rows()).extracting(RestrictedTable.Row::key).containsExactly(List.of("ALL", "F", "14"));
    assertThat(published.dimensions()).isEqualTo(ages.dimensions());
  }
}
