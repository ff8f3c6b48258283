package org.cseprofile.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.run.SparkSessions;
import org.cseprofile.serve.ServeAddress;
import org.cseprofile.serve.WarmClient;
import org.cseprofile.serve.WarmServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cse-profile serve}: keeps a warm Spark session for the analyst's {@code run}, {@code query} and {@code report}. */
@Command(name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Keep a warm session for ad hoc reruns.",
        "",
        "Starts Spark once and keeps it (with the Java compiler's work) for the run, query and report commands you "
            + "give meanwhile, which find it by themselves and give the same results as on their own, in seconds "
            + "rather than a minute. Only you can use it: it listens on a socket (mode 0600) in a folder only you can "
            + "enter (mode 0700), $XDG_RUNTIME_DIR/cse-profile or ~/.cse-profile; no network port. Its log, serve.log "
            + "beside the socket, names the commands run, never their arguments.",
        "",
        "Examples:",
        "  cse-profile serve &",
        "  cse-profile run --input sample-data --output out --period 2016-Q4 --gender F",
        "  cse-profile serve --stop",
        ""})
public final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--socket", paramLabel = "SOCKET",
      description = "Where to listen (default: serve.sock in $XDG_RUNTIME_DIR/cse-profile, else ~/.cse-profile).")
  String socket;

  @Option(names = "--idle-minutes", paramLabel = "N", defaultValue = "60",
      description = "Stop after N minutes without a command (default: ${DEFAULT-VALUE}).")
  int idleMinutes;

  @Option(names = "--stop", description = "Stop the warm session (after the commands it is running).")
  boolean stop;

  @Mixin
  SparkOptions sparkOptions;

  @Override
  public Integer call() {
    if (idleMinutes < 1) {
      throw new ParameterException(spec.commandLine(), "--idle-minutes must be at least 1");
    }
    ServeAddress address;
    try {
      address = socket != null ? new ServeAddress(Path.of(socket)) : ServeAddress.defaultAddress(System.getenv());
    } catch (RuntimeException e) {
      throw new ParameterException(spec.commandLine(), "--socket " + socket + " is not a usable path");
    }
    var out = spec.commandLine().getOut();
    if (stop) {
      boolean stopped = WarmClient.stop(address);
      out.println(stopped ? "cse-profile: the warm session at " + address.socket() + " is stopping"
          : "cse-profile: no warm session answers at " + address.socket());
      out.flush();
      return stopped ? ExitCodes.OK : ExitCodes.BAD_ARGUMENTS;
    }
    SparkSession spark = SparkSessions.getOrCreate(sparkOptions.settings());
    out.println("cse-profile: warm session listening at " + address.socket() + "; stops after " + idleMinutes
        + " min without a command, or with cse-profile serve --stop");
    out.flush();
    try {
      new WarmServer(address, (args, stdout, stderr) -> {
        // Each command gets its own session (settings, views) over the shared Spark context and its caches.
        SparkSession.setActiveSession(spark.newSession());
        try {
          return Cli.execute(args, stdout, stderr);
        } finally {
          SparkSession.clearActiveSession();
        }
      }, () -> spark.catalog().clearCache(), Duration.ofMinutes(idleMinutes)).serve();
    } catch (IllegalStateException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } finally {
      spark.stop();
    }
    return ExitCodes.OK;
  }
}
