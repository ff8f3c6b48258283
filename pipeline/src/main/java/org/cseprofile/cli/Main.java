package org.cseprofile.cli;

/** Entry point of the {@code cse-profile} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.execute(args, System.out, System.err));
  }
}
