package org.cseprofile.reports.chart;

import java.util.Map;

/** Plain-English names for the codes of the published tables, as a board reads them. */
public final class Labels {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("children_open", "Open to CSE concern"),
      Map.entry("missing_children", "Went missing"),
      Map.entry("repeat_missing_children", "Repeatedly missing"),
      Map.entry("children_linked_as_victims", "Victims of a CSE incident"),
      Map.entry("F", "Girls"), Map.entry("M", "Boys"), Map.entry("U", "Not known"),
      Map.entry("under_10", "Under 10"), Map.entry("10_to_12", "10 to 12"), Map.entry("13_to_15", "13 to 15"),
      Map.entry("16_to_17", "16 and 17"), Map.entry("18_and_over", "18 and over"),
      Map.entry("low", "Low"), Map.entry("medium", "Medium"), Map.entry("high", "High"),
      Map.entry("not_recorded", "Not recorded"), Map.entry("inappropriate_relationship", "Inappropriate relationship"),
      Map.entry("boyfriend", "Boyfriend model"), Map.entry("peer_on_peer", "Peer on peer"),
      Map.entry("organised_network", "Organised network"), Map.entry("online", "Online"), Map.entry("unknown", "Unknown"),
      Map.entry("same_day", "Back the same day"), Map.entry("1_to_2_days", "One or two days"),
      Map.entry("3_to_7_days", "Three days to a week"), Map.entry("over_7_days", "Over a week"),
      Map.entry("still_missing", "Still missing at quarter end"),
      Map.entry("contact", "Contact"), Map.entry("non_contact", "Non-contact"),
      Map.entry("suspect_home", "Suspect's home"), Map.entry("victim_home", "Victim's home"), Map.entry("hotel", "Hotel"),
      Map.entry("taxi", "Taxi"), Map.entry("park_open_space", "Park or open space"), Map.entry("school", "School"),
      Map.entry("takeaway_shop", "Takeaway shop"), Map.entry("shopping_centre", "Shopping centre"),
      Map.entry("transport_hub", "Transport hub"), Map.entry("other", "Other"),
      Map.entry("under_18", "Under 18"), Map.entry("18_to_24", "18 to 24"), Map.entry("25_to_35", "25 to 35"),
      Map.entry("36_and_over", "36 and over"),
      Map.entry("all_missing", "All children who went missing"), Map.entry("cse_cohort", "Children open to CSE concern"),
      Map.entry("missing_ever", "Ever missing"), Map.entry("missing_last_12_months", "Missing in the last 12 months"),
      Map.entry("looked_after", "Looked after"), Map.entry("cp_plan_current", "Child protection plan now"),
      Map.entry("cp_plan_previous", "Child protection plan before"), Map.entry("domestic_abuse", "Domestic abuse at home"),
      Map.entry("prior_rape_allegation", "Earlier rape allegation"), Map.entry("alternative_provision", "Alternative provision"),
      Map.entry("home_educated", "Home educated"), Map.entry("not_in_education", "Not in education"),
      Map.entry("not_in_mainstream_education", "Not in mainstream education"), Map.entry("roni", "Risk of NEET (RONI)"),
      Map.entry("persistent_absence", "Persistent absence"), Map.entry("exclusion", "Suspended or excluded"),
      Map.entry("sexual_health_contact_12_months", "Sexual health contact"),
      Map.entry("substance_misuse_contact_12_months", "Substance misuse contact"),
      Map.entry("mental_health_contact_12_months", "Mental health contact"),
      Map.entry("cin_factor_10a_missing", "CIN factor: going missing"), Map.entry("cin_factor_11a_cse", "CIN factor: CSE"),
      Map.entry("cin_factor_12a_trafficking", "CIN factor: trafficking"), Map.entry("cin_factor_13a_gangs", "CIN factor: gangs"),
      Map.entry("cin_factor_24a_criminal_exploitation", "CIN factor: criminal exploitation"),
      Map.entry("three_or_more_warning_signs", "Three or more warning signs"),
      Map.entry("suspect", "Suspect"), Map.entry("arrested", "Arrested"), Map.entry("no_further_action", "No further action"),
      Map.entry("charged", "Charged"), Map.entry("convicted", "Convicted"),
      Map.entry("crime", "Crime"), Map.entry("intelligence", "Intelligence"), Map.entry("concern", "Concern"),
      Map.entry("risk_assessment_completed", "Risk assessment completed"), Map.entry("plan_in_place", "Plan in place"),
      Map.entry("median_days_to_risk_assessment", "Median days to risk assessment"),
      Map.entry("rhi_offered_within_72h", "Return interview offered within 72 hours"),
      Map.entry("known_to_education", "Known to education"), Map.entry("known_to_health", "Known to health"),
      Map.entry("known_to_police", "Known to police"), Map.entry("in_missing_extract", "In the missing records"),
      Map.entry("known_to_more_than_one_agency", "Known to another agency"),
      Map.entry("cawn", "Child abduction warning notice"), Map.entry("sro", "Sexual risk order"),
      Map.entry("shpo", "Sexual harm prevention order"), Map.entry("cbo", "Criminal behaviour order"),
      Map.entry("local_authority", "Local authority services"),
      Map.entry("individual", "An individual (family, friend or the child)"));

  private Labels() {}

  /** The name of a code, or the code with underscores as spaces and a capital when it has none. */
  public static String of(String code) {
    String name = NAMES.get(code);
    if (name != null) {
      return name;
    }
    String spaced = code.replace('_', ' ');
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
