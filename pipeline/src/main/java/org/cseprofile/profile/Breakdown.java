package org.cseprofile.profile;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;

/**
 * One way of splitting a count: its name (the {@code breakdown} column), every category it can
 * take, in the order tables list them, and the expression giving a row's category.
 */
public record Breakdown(String name, List<String> categories, Column category) {

  public Breakdown {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    categories = List.copyOf(categories);
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("categories must not be empty (breakdown " + name + ")");
    }
  }
}
