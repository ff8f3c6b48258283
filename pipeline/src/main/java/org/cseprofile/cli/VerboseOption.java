package org.cseprofile.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces on failure. Shared by every command. */
public final class VerboseOption {

  @Option(names = "--verbose", description = "Show the stack trace when something fails (for reporting a bug).")
  boolean verbose;
}
