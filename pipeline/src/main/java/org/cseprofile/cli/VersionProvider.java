package org.cseprofile.cli;

import picocli.CommandLine;

/** The version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Cli.class.getPackage().getImplementationVersion();
    return new String[] {"cse-profile " + (version == null ? "development" : version)};
  }
}
