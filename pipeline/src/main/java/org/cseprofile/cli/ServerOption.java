package org.cseprofile.cli;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Set;
import org.cseprofile.serve.ServeAddress;
import org.cseprofile.serve.ServedArguments;
import org.cseprofile.serve.WarmClient;
import org.cseprofile.serve.WarmServer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --server} and {@code --no-server}: whether a command runs in a warm session (cse-profile serve). */
final class ServerOption {
  /** Options whose values are paths, made absolute for the session, which has its own working folder. */
  static final Set<String> PATH_OPTIONS = Set.of("--input", "--output", "--boundaries", "--population");

  @Option(names = "--server", paramLabel = "SOCKET",
      description = "Run in the warm session listening at SOCKET (see cse-profile serve). Default: the session in "
          + "your runtime folder when one is running; otherwise the command runs by itself, with the same results.")
  String socket;

  @Option(names = "--no-server", description = "Run by itself even when a warm session is running.")
  boolean none;

  /**
   * Runs the command in the warm session and returns its exit code; empty when the command is to run here: no
   * session answers, {@code --no-server}, or this process is the session.
   */
  OptionalInt forward(CommandSpec spec) {
    if (none || WarmServer.serving()) {
      return OptionalInt.empty();
    }
    ServeAddress address;
    try {
      address = socket != null ? new ServeAddress(Path.of(socket)) : ServeAddress.defaultAddress(System.getenv());
    } catch (RuntimeException e) {
      throw new ParameterException(spec.commandLine(), "--server " + socket + " is not a usable path");
    }
    OptionalInt code;
    try {
      code = WarmClient.execute(address, ServedArguments.of(spec.commandLine().getParseResult().originalArgs(),
          PATH_OPTIONS, Set.of("--server"), Path.of("").toAbsolutePath()),
          spec.commandLine().getOut(), spec.commandLine().getErr());
    } catch (IllegalStateException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (code.isEmpty() && socket != null) {
      throw new ParameterException(spec.commandLine(), "no warm session answers at " + socket
          + " (start one with cse-profile serve)");
    }
    return code;
  }
}
