package org.cseprofile.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void cellsAreNamedByStatisticKeysAndColumnAndNullsAreLeftOut() throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
      Figures f = Figures.read("s", sql.executeQuery(
          "SELECT * FROM (VALUES ('ALL', 'F', 3, NULL), ('E1', 'M', 0, 2)) t(la_code, gender, Children, other)"), 2);

      assertThat(f.cells()).containsOnly(entry("s|ALL|F|children", 3L), entry("s|E1|M|children", 0L),
          entry("s|E1|M|other", 2L));
      assertThat(f.total()).isEqualTo(5);
    }
  }

  @Test
  void twoRowsWithOneKeyAreRefused() throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
      assertThatThrownBy(() -> Figures.read("s", sql.executeQuery(
          "SELECT * FROM (VALUES ('ALL', 3), ('ALL', 4)) t(la_code, children)"), 1))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("s: two rows with the key s|ALL");
    }
  }
}
