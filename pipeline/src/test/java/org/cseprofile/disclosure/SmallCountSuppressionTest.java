package org.cseprofile.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.Status;
import org.junit.jupiter.api.Test;

class SmallCountSuppressionTest {

  @Test
  void partnershipSuppressesOneToFourAndKeepsOtherCounts() {
    assertThat(LongStream.rangeClosed(0, 6).mapToObj(n -> symbol(SmallCountSuppression.publish(n, DisclosurePolicy.PARTNERSHIP))))
        .containsExactly("0", "c", "c", "c", "c", "5", "6");
  }

  @Test
  void publicSuppressesOneToSevenAndRoundsTheRestToFive() {
    assertThat(LongStream.of(0, 1, 7, 8, 12, 13, 102).mapToObj(n -> symbol(SmallCountSuppression.publish(n, DisclosurePolicy.PUBLIC))))
        .containsExactly("0", "c", "c", "10", "10", "15", "100");
  }

  @Test
  void policiesAreNamedAndValidated() {
    assertThat(DisclosurePolicy.named(" Public ")).isEqualTo(DisclosurePolicy.PUBLIC);
    assertThat(DisclosurePolicy.PARTNERSHIP.protectiveMarking()).isEqualTo("OFFICIAL-SENSITIVE");
    assertThatThrownBy(() -> DisclosurePolicy.named("none")).hasMessage("disclosure policy must be partnership or public");
    assertThatThrownBy(() -> new DisclosurePolicy("x", 4, 0)).hasMessage("roundingBase must be at least 1, was 0");
    assertThatThrownBy(() -> SmallCountSuppression.publish(-1, DisclosurePolicy.PUBLIC)).isInstanceOf(IllegalArgumentException.class);
  }

  private static String symbol(PublishedCell cell) {
    return cell.status() == Status.SHOWN ? String.valueOf(cell.value().longValue()) : cell.status().symbol();
  }
}
