package org.cseprofile.profile;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.CohortExtract;
import org.cseprofile.ingest.EducationExtract;
import org.cseprofile.ingest.Extracts;
import org.cseprofile.ingest.ExtractSpec;
import org.cseprofile.ingest.HealthExtract;
import org.cseprofile.ingest.IncidentsExtract;
import org.cseprofile.ingest.MissingExtract;
import org.cseprofile.ingest.SuspectsExtract;
import org.cseprofile.linkage.ProfileInputs;
import org.cseprofile.period.Period;
import org.cseprofile.testing.Fixtures;

/**
 * A tiny multi-agency world for 2016-Q4 (1 Oct to 31 Dec 2016), worked by hand. Authorities:
 * BH = E06000043, ES = E10000011, WS = E10000032.
 *
 * <p>Cohort in Q4 (latest open episode gives the authority): A (BH, F, 15), C (ES, M, 14),
 * D (WS, F, 13), F (WS, U, 17), G (BH, F, 18: turns 18 in December), H (ES, F, 12).
 * B closed the day before Q4 starts; E is identified the day after it ends.
 * X and Y are not in the cohort: they appear in the missing extract and as a victim only.
 */
final class ProfileFixture {
  static final Period Q4 = Period.parseQuarter("2016-Q4");
  static final String BH = "E06000043";
  static final String ES = "E10000011";
  static final String WS = "E10000032";

  static final String EPISODES = """
      child_id,la_code,birth_month,gender,ethnicity,identified_date,closed_date,risk_level,cse_model,looked_after,cp_plan,cin_factors,domestic_abuse,prior_rape_allegation,risk_assessment_date,plan_date
      A,E06000043,2001-03,F,WBRI,2016-09-01,,high,online,Y,current,11A;10A,Y,N,2016-09-11,2016-09-20
      B,E06000043,2001-05,F,WBRI,2016-06-01,2016-09-30,low,online,N,never,,N,N,,
      C,E10000011,2002-12,M,MWBC,2016-06-01,2016-10-01,medium,boyfriend,N,previous,11A,N,,2016-06-05,
      D,E10000032,2003-01,F,,31/12/2016,,,,,,,,,,
      E,E10000032,2002-07,F,WBRI,2017-01-01,,low,online,N,never,,N,N,,
      F,E10000011,1999-01,U,ABAN,2016-01-10,2016-05-01,high,online,Y,current,11A,Y,Y,,
      F,E10000032,1999-01,U,ABAN,2016-11-15,,low,peer_on_peer,N,never,13A;24A,Y,Y,2016-12-15,2017-01-10
      G,E10000011,1998-12,F,REFU,2016-08-01,2016-11-30,low,online,N,never,,N,N,,
      G,E06000043,1998-12,F,REFU,2016-10-15,,high,organised_network,Y,current,11A;12A,N,N,2016-10-14,
      H,E10000011,2004-11,F,NOBT,2016-10-05,2016-10-05,low,inappropriate_relationship,N,never,11A,N,N,2016-10-05,2016-10-05
      """;

  /**
   * SSDA903 layout. Starting in Q4: A 20 Oct (BH, same day, repeat: 3 starts in 80 days), C 1 Nov
   * (away, recorded by WS, 4 days), F 20 Dec (still missing), X 1 Oct (2 days), X 30 Dec (ends 2
   * Jan: still missing at period end), Y 10 Oct (no authority, 15 days). Returns in Q4: A 20 Oct
   * (RHI after 2 days, accepted), C 5 Nov (after 5 days, declined), X 3 Oct (same day, acceptance
   * blank), Y 2 Oct (episode from 28 Sep; after 2 days, accepted), Y 25 Oct (no offer).
   */
  static final String MISSING = """
      CHILD,DOB,MISSING,MIS_START,MIS_END,LA,RHI_OFFERED,RHI_ACCEPTED
      A,15/03/2001,M,01/08/2016,01/08/2016,E06000043,,
      A,15/03/2001,M,15/09/2016,16/09/2016,E06000043,,
      A,15/03/2001,M,20/10/2016,20/10/2016,E06000043,22/10/2016,Y
      C,01/12/2002,A,01/11/2016,05/11/2016,E10000032,10/11/2016,N
      F,09/01/1999,M,20/12/2016,,E10000032,,
      D,03/01/2003,M,01/11/2015,02/11/2015,E10000032,,
      X,07/07/2003,M,01/10/2016,03/10/2016,E10000011,03/10/2016,
      X,07/07/2003,M,30/12/2016,02/01/2017,E10000011,,
      Y,08/08/2002,M,28/09/2016,02/10/2016,E06000043,04/10/2016,Y
      Y,08/08/2002,M,10/10/2016,25/10/2016,,,
      """;

  /** Latest record on or before 31 Dec: A alternative provision, C not in education, F home educated, G unknown, H mainstream; D none. */
  static final String EDUCATION = """
      child_id,recorded_date,education_status,roni,persistent_absence,exclusion
      A,2016-09-01,alternative_provision,Y,Y,suspension
      A,2017-01-10,mainstream,N,N,none
      C,2015-09-01,mainstream,N,N,none
      C,2016-11-01,not_in_education,Y,,permanent
      F,2016-03-01,home_educated,,N,none
      G,2016-10-01,unknown,N,N,
      H,2016-12-31,mainstream,N,Y,none
      """;

  /** Twelve months = 1 Jan to 31 Dec 2016. A sexual health; C substance misuse and mental health; H mental health (1 Jan). */
  static final String HEALTH = """
      child_id,contact_date,service
      A,2016-05-01,sexual_health
      A,2015-12-31,substance_misuse
      C,2016-12-31,substance_misuse
      C,2016-02-01,mental_health
      F,2017-01-05,sexual_health
      H,2016-01-01,mental_health
      """;

  /** In Q4: I1, I2 (BH, victim A), I3 (WS, victim C), I4 (ES, victim X), I6 (ES, no victim). I5, I7 outside. */
  static final String INCIDENTS = """
      incident_id,recorded_date,la_code,incident_type,contact_type,place_type,easting,northing,victim_id,platform
      I1,2016-10-05,E06000043,crime,contact,hotel,531250,104250,A,
      I2,2016-11-11,E06000043,concern,online,online,,,A,Snapchat
      I3,2016-12-01,E10000032,intelligence,non_contact,online,,,C, snapchat
      I4,2016-12-31,E10000011,crime,contact,park_open_space,581750,109250,X,
      I5,2016-09-30,E10000011,crime,contact,taxi,561250,99250,H,
      I6,2016-10-20,E10000011,intelligence,online,online,,,,
      I7,2017-01-01,E10000032,crime,contact,hotel,527250,136250,D,
      """;

  /** S1 on I1 (arrested, CAWN), I2 (charged, CAWN and SRO), I4 (suspect); S2 on I3; S3 (born 2000) on I4; S4 outside Q4. */
  static final String SUSPECTS = """
      incident_id,suspect_id,gender,birth_year,status,disruption
      I1,S1,M,1990,arrested,cawn
      I2,S1,M,1990,charged,cawn;sro
      I3,S2,F,,suspect,
      I4,S3,M,2000,no_further_action,
      I4,S1,M,1990,suspect,
      I5,S4,M,1980,convicted,shpo
      """;

  private ProfileFixture() {}

  static ProfileInputs inputs(SparkSession spark) {
    return new ProfileInputs(
        extract(spark, CohortExtract.SPEC, EPISODES), extract(spark, EducationExtract.SPEC, EDUCATION),
        extract(spark, HealthExtract.SPEC, HEALTH), extract(spark, MissingExtract.SPEC, MISSING),
        extract(spark, IncidentsExtract.SPEC, INCIDENTS), extract(spark, SuspectsExtract.SPEC, SUSPECTS),
        Set.copyOf(Extracts.ALL.stream().map(ExtractSpec::name).toList()));
  }

  static Dataset<Row> grid(ProfileInputs inputs, Period period) {
    return Periods.grid(Partnership.areas(inputs.episodes()), List.of(period));
  }

  private static Dataset<Row> extract(SparkSession spark, ExtractSpec spec, String csv) {
    return Fixtures.extract(spark, spec, csv).cache();
  }
}
