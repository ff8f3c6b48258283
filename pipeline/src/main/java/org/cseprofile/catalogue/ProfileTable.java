package org.cseprofile.catalogue;

import java.util.Objects;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cseprofile.disclosure.PublishedSpec;
import org.cseprofile.profile.ProfileData;

/**
 * One profile table, in one place: how it is computed from the period's data (a statistic of the
 * {@code profile} package), how it is published (its dimensions, measures, disclosure relations, row
 * order and publication rules: {@link PublishedSpec}), and the report section that presents it.
 */
public record ProfileTable(PublishedSpec publication, ReportSection section, Function<ProfileData, Dataset<Row>> compute) {

  public ProfileTable {
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(compute, "compute");
  }

  /** The table's name (its folder under {@code restricted/} and its published file name). */
  public String name() {
    return publication.table();
  }

  /** The restricted table of the period (lazy: computed when written). */
  public Dataset<Row> compute(ProfileData data) {
    return compute.apply(data);
  }
}
