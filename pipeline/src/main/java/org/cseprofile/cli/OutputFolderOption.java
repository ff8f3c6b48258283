package org.cseprofile.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Paths;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a command's {@code --output} before anything starts: it must name a folder (or where one may be made). */
final class OutputFolderOption {
  private OutputFolderOption() {}

  /** Throws a parameter error (exit code 2) when {@code output} is blank or names a file on this machine. */
  static void check(CommandSpec spec, String output) {
    if (output == null || output.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--output must name a folder; it was empty");
    }
    if (output.contains("://") || output.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*")) {
      return; // another file system (hdfs:, file:): checked when the folder is opened
    }
    try {
      if (Files.exists(Paths.get(output)) && !Files.isDirectory(Paths.get(output))) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--output " + output + " is a file, not a folder: "
            + "give a new or empty folder, or the output folder of an earlier run");
      }
    } catch (InvalidPathException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--output " + output + " is not a usable path");
    }
  }
}
