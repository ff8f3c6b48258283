package org.cseprofile.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --mapping FILE}: mapping files to read extracts with, shared by {@code validate} and {@code run} so both read alike. */
public final class MappingOption {

  @Option(names = "--mapping", paramLabel = "FILE",
      description = "A mapping file (YAML) to read its extract with, instead of the one in DIR/mappings/; "
          + "repeatable, one per extract (see docs/data-contract.md, Mapping files).")
  List<String> files = new ArrayList<>();

  /** The mapping files given, in order; none when the option is not used. */
  List<String> files() {
    return List.copyOf(files);
  }
}
