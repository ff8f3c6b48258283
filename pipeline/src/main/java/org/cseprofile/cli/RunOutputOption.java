package org.cseprofile.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --output}: the output folder of an earlier run, for the commands that read what a run wrote. */
final class RunOutputOption {

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "The output folder of an earlier run (the one given to cse-profile run --output).")
  String output;

  /** The folder, checked first: a parameter error (exit code 2) when it is blank or names a file. */
  String folder(CommandSpec spec) {
    OutputFolderOption.check(spec, output);
    return output;
  }
}
