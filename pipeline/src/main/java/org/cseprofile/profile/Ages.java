package org.cseprofile.profile;

import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.time.LocalDate;
import org.apache.spark.sql.Column;

/** Ages in completed years, the way a birthday works (no day fractions). */
public final class Ages {
  private Ages() {}

  /** Age in completed years on {@code date} of someone born on {@code birthDate}. */
  public static Column completedYears(Column birthDate, LocalDate date) {
    Column month = lit(date.getMonthValue());
    Column birthdayNotYetReached = month.lt(month(birthDate))
        .or(month.equalTo(month(birthDate)).and(lit(date.getDayOfMonth()).lt(dayofmonth(birthDate))));
    return lit(date.getYear()).minus(year(birthDate)).minus(when(birthdayNotYetReached, 1).otherwise(0));
  }

  /** The same rule in plain Java, for generators and tests. */
  public static int completedYears(LocalDate birthDate, LocalDate date) {
    return java.time.Period.between(birthDate, date).getYears();
  }
}
