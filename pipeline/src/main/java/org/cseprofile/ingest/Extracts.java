package org.cseprofile.ingest;

import java.util.List;
import java.util.Optional;

/** The six agency extracts of the data contract, in the order a run reads them. */
public final class Extracts {

  /** Every extract the pipeline understands. */
  public static final List<ExtractSpec> ALL = List.of(
      CohortExtract.SPEC, EducationExtract.SPEC, HealthExtract.SPEC,
      MissingExtract.SPEC, IncidentsExtract.SPEC, SuspectsExtract.SPEC);

  /** The extract named {@code name}, if the contract has one. */
  public static Optional<ExtractSpec> named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  private Extracts() {}
}
