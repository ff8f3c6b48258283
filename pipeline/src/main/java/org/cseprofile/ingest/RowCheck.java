package org.cseprofile.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.function.Function;

/**
 * A rule relating several values of one row, checked after every value has parsed. Each names the
 * pipeline column reported when the row breaks it. Values may be null (blank optional columns): a check
 * only applies when the values it compares are present.
 */
public sealed interface RowCheck extends Serializable {

  /** The rule a breaking row is quarantined with. */
  Rule rule();

  /** The pipeline column to report if the row breaks the check, or null when it passes. */
  String broken(Function<String, Object> values);

  /** An end date must not be before its start date (the same day is allowed). */
  record EndNotBeforeStart(String start, String end) implements RowCheck {
    public EndNotBeforeStart {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }

    @Override
    public Rule rule() {
      return Rule.END_BEFORE_START;
    }

    @Override
    public String broken(Function<String, Object> values) {
      LocalDate s = (LocalDate) values.apply(start);
      LocalDate e = (LocalDate) values.apply(end);
      return s != null && e != null && e.isBefore(s) ? end : null;
    }
  }

  /** The birth month (stored as its first day) must not start after the event. */
  record BornBy(String birthMonth, String event) implements RowCheck {
    public BornBy {
      Objects.requireNonNull(birthMonth, "birthMonth");
      Objects.requireNonNull(event, "event");
    }

    @Override
    public Rule rule() {
      return Rule.BIRTH_AFTER_EVENT;
    }

    @Override
    public String broken(Function<String, Object> values) {
      LocalDate birth = (LocalDate) values.apply(birthMonth);
      LocalDate on = (LocalDate) values.apply(event);
      return birth != null && on != null && birth.isAfter(on) ? birthMonth : null;
    }
  }

  /**
   * The person was a child (under 18) at the event. Only the birth month is known, so the row breaks the
   * check only when even the latest possible birthday, the month's last day, makes them 18 or older.
   */
  record ChildAt(String birthMonth, String event) implements RowCheck {
    /** The age at which a person is no longer a child. */
    public static final int ADULT_AGE = 18;

    public ChildAt {
      Objects.requireNonNull(birthMonth, "birthMonth");
      Objects.requireNonNull(event, "event");
    }

    @Override
    public Rule rule() {
      return Rule.AGE_OUT_OF_RANGE;
    }

    @Override
    public String broken(Function<String, Object> values) {
      LocalDate birth = (LocalDate) values.apply(birthMonth);
      LocalDate on = (LocalDate) values.apply(event);
      if (birth == null || on == null) {
        return null;
      }
      LocalDate latestBirthday = birth.withDayOfMonth(birth.lengthOfMonth());
      return !latestBirthday.isAfter(on) && Period.between(latestBirthday, on).getYears() >= ADULT_AGE
          ? birthMonth : null;
    }
  }

  /** A British National Grid reference inside Great Britain: 0 &lt; easting &lt; 700 km, 0 &lt; northing &lt; 1300 km. */
  record InGreatBritain(String easting, String northing) implements RowCheck {
    public static final int MAX_EASTING = 700_000;
    public static final int MAX_NORTHING = 1_300_000;

    public InGreatBritain {
      Objects.requireNonNull(easting, "easting");
      Objects.requireNonNull(northing, "northing");
    }

    @Override
    public Rule rule() {
      return Rule.OUTSIDE_GRID;
    }

    @Override
    public String broken(Function<String, Object> values) {
      Integer e = (Integer) values.apply(easting);
      Integer n = (Integer) values.apply(northing);
      if (e != null && (e <= 0 || e >= MAX_EASTING)) {
        return easting;
      }
      return n != null && (n <= 0 || n >= MAX_NORTHING) ? northing : null;
    }
  }
}
