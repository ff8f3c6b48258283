package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.published.Status;
import org.junit.jupiter.api.Test;

class CompletenessPublicationTest {

  @Test
  void thePercentageIsWithheldWhenTheFilledOrTheBlankRowsAreFew() {
    List<CompletenessPublication.Column> columns = List.of(
        new CompletenessPublication.Column("cse_cohort", "risk_level", 200, 150),
        new CompletenessPublication.Column("cse_cohort", "cse_model", 200, 3),
        new CompletenessPublication.Column("incidents", "platform", 200, 196),
        new CompletenessPublication.Column("missing", "LA", 200, 200),
        new CompletenessPublication.Column("missing", "FOUND_EASTING", 200, 0),
        new CompletenessPublication.Column("suspects", "disruption", 0, 0));
    PublishedTable table = CompletenessPublication.publish(columns, "2016-Q4", DisclosurePolicy.PARTNERSHIP);
    assertThat(table.name()).isEqualTo("field_completeness");
    assertThat(table.rows()).extracting(r -> r.dimensions().get(1)).containsExactly("risk_level", "cse_model",
        "platform", "LA", "FOUND_EASTING", "disruption");
    assertThat(table.rows()).extracting(r -> r.cells().get(0)).containsExactly(PublishedCell.shown(75.0),
        PublishedCell.withheld(Status.SUPPRESSED), PublishedCell.withheld(Status.SUPPRESSED), PublishedCell.shown(100.0),
        PublishedCell.shown(0.0), PublishedCell.withheld(Status.NOT_APPLICABLE));
    // Under the public policy 7 blank rows are small too.
    assertThat(CompletenessPublication.percentFilled(new CompletenessPublication.Column("m", "c", 200, 193),
        DisclosurePolicy.PUBLIC)).isEqualTo(PublishedCell.withheld(Status.SUPPRESSED));
    assertThat(CompletenessPublication.percentFilled(new CompletenessPublication.Column("m", "c", 200, 192),
        DisclosurePolicy.PUBLIC)).isEqualTo(PublishedCell.shown(96.0));
  }

  @Test
  void filledCannotExceedRows() {
    assertThatThrownBy(() -> new CompletenessPublication.Column("m", "c", 5, 6))
        .hasMessage("filled must be from 0 to rows (rows 5, filled 6)");
  }
}
