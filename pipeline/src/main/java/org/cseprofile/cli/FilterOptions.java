package org.cseprofile.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cseprofile.run.RunFilters;
import picocli.CommandLine.Option;

/** The ad hoc filter options ({@code --la}, {@code --gender}, {@code --age-min}, {@code --age-max}, {@code --cse-model}). */
public final class FilterOptions {

  @Option(names = "--la", paramLabel = "CODE", split = ",",
      description = "Ad hoc filter: only this local authority (ONS code); repeat or separate with commas for several.")
  List<String> laCodes = new ArrayList<>();

  @Option(names = "--gender", paramLabel = "F|M|U", description = "Ad hoc filter: only children of this gender.")
  String gender;

  @Option(names = "--age-min", paramLabel = "AGE",
      description = "Ad hoc filter: only children at least this old (completed years at the period end).")
  Integer ageMin;

  @Option(names = "--age-max", paramLabel = "AGE",
      description = "Ad hoc filter: only children at most this old (completed years at the period end).")
  Integer ageMax;

  @Option(names = "--cse-model", paramLabel = "MODEL",
      description = "Ad hoc filter: only cohort episodes of this CSE model (inappropriate_relationship, boyfriend, "
          + "peer_on_peer, organised_network, online, unknown).")
  String cseModel;

  /** The filters these options describe; throws IllegalArgumentException naming the bad option. */
  RunFilters filters() {
    return new RunFilters(laCodes.stream().map(String::trim).toList(),
        gender == null ? null : gender.trim().toUpperCase(Locale.ROOT), ageMin, ageMax,
        cseModel == null ? null : cseModel.trim().toLowerCase(Locale.ROOT));
  }
}
