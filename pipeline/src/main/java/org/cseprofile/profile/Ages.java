package org.cseprofile.profile;

import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.time.LocalDate;
import org.apache.spark.sql.Column;

/** Ages in completed years, the way a birthday works (no day fractions). */
public final class Ages {
  private Ages() {}

  /** Age in completed years on {@code date} of someone born on {@code birthDate}. */
  public static Column completedYears(Column birthDate, Column date) {
    Column birthdayNotYetReached = month(date).lt(month(birthDate))
        .or(month(date).equalTo(month(birthDate)).and(dayofmonth(date).lt(dayofmonth(birthDate))));
    return year(date).minus(year(birthDate)).minus(when(birthdayNotYetReached, 1).otherwise(0));
  }

  /** The same rule in plain Java, for generators and tests. */
  public static int completedYears(LocalDate birthDate, LocalDate date) {
    return java.time.Period.between(birthDate, date).getYears();
  }
}
