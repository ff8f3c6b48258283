package org.cseprofile.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.cseprofile.ingest.InputException;
import org.cseprofile.run.AccountingException;
import org.cseprofile.table.OutputBusyException;
import org.cseprofile.table.UnusableOutputException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Builds the command line: subcommands, exit-code mapping, and error handling that prints a
 * message (never a stack trace or a cell value) unless {@code --verbose} is given.
 */
public final class Cli {
  private Cli() {}

  /** Runs the command line and returns the exit code. */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CseProfileCommand top = new CseProfileCommand();
    boolean terminal = err == System.err && System.console() != null && !"dumb".equals(System.getenv("TERM"));
    top.display = terminal ? ConsoleListener.Display.LIVE : ConsoleListener.Display.LINES;
    CommandLine commandLine = new CommandLine(top)
        .setOut(outWriter)
        .setErr(errWriter)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setUsageHelpAutoWidth(true)
        .setExitCodeExceptionMapper(ExitCodes::forException)
        .setExecutionExceptionHandler(Cli::handle)
        .setParameterExceptionHandler(Cli::handleBadArguments);
    commandLine.getCommandSpec().usageMessage().footer(ExitCodes.FOOTER);
    commandLine.getSubcommands().values()
        .forEach(sub -> sub.getCommandSpec().usageMessage().footer(concat(sub.getCommandSpec().usageMessage().footer())));
    return commandLine.execute(args);
  }

  private static String[] concat(String[] existing) {
    String[] all = new String[existing.length + ExitCodes.FOOTER.length];
    System.arraycopy(existing, 0, all, 0, existing.length);
    System.arraycopy(ExitCodes.FOOTER, 0, all, existing.length, ExitCodes.FOOTER.length);
    return all;
  }

  /** Bad arguments: the message and where to get help, not the whole usage text. */
  private static int handleBadArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("cse-profile: " + e.getMessage());
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.BAD_ARGUMENTS;
  }

  private static int handle(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean known = e instanceof InputException || e instanceof AccountingException
        || e instanceof OutputBusyException || e instanceof UnusableOutputException;
    if (known) {
      err.println("cse-profile: " + e.getMessage());
    } else {
      // Messages of unexpected exceptions may come from libraries that quote data: print only the type.
      err.println("cse-profile: internal error (" + e.getClass().getName() + "). "
          + "Rerun with --verbose for details, and report it.");
    }
    if (verbose(parseResult)) {
      SafeStackTrace.print(e, err);
    }
    err.flush();
    return ExitCodes.forException(e);
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
