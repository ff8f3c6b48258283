package org.cseprofile.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code cse-profile} command: lists the subcommands. */
@Command(name = "cse-profile",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Child sexual exploitation problem profile for safeguarding partnerships.",
        "Turns pseudonymised agency extracts into the quarterly problem profile: tables, charts and a board report."},
    subcommands = {
        RunCommand.class,
        ValidateCommand.class,
        ReportCommand.class,
        QueryCommand.class,
        NetworkCommand.class,
        PseudonymiseCommand.class,
        ServeCommand.class,
        GenerateSampleCommand.class,
        picocli.CommandLine.HelpCommand.class})
public final class CseProfileCommand implements Runnable {

  @Spec
  CommandSpec spec;

  /** How subcommands show progress: decided by {@link Cli} from where standard error goes. */
  ConsoleListener.Display display = ConsoleListener.Display.LINES;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
