package org.cseprofile.cli;

import org.cseprofile.ingest.InputException;
import org.cseprofile.run.AccountingException;
import org.cseprofile.table.OutputBusyException;
import org.cseprofile.table.UnusableOutputException;
import picocli.CommandLine;

/** The documented exit codes of every command. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** An unexpected internal error (a bug): rerun with --verbose and report it. */
  public static final int INTERNAL_ERROR = 1;
  /** The command line was wrong: unknown option, missing or malformed value. */
  public static final int BAD_ARGUMENTS = 2;
  /**
   * The input cannot be used: missing folder or file, no usable cohort extract, an unsafe or short key; or the
   * output folder holds files cse-profile did not write.
   */
  public static final int UNUSABLE_INPUT = 3;
  /** Validation failed: rows unaccounted for, or more rows quarantined than allowed. */
  public static final int VALIDATION_FAILED = 4;
  /** Another run is writing to the same output folder (its lock is live). */
  public static final int OUTPUT_BUSY = 5;

  private ExitCodes() {}

  /** The exit code for an exception thrown while a command ran. */
  static int forException(Throwable e) {
    if (e instanceof CommandLine.ParameterException) {
      return BAD_ARGUMENTS;
    }
    if (e instanceof InputException || e instanceof UnusableOutputException) {
      return UNUSABLE_INPUT;
    }
    if (e instanceof AccountingException) {
      return VALIDATION_FAILED;
    }
    if (e instanceof OutputBusyException) {
      return OUTPUT_BUSY;
    }
    return INTERNAL_ERROR;
  }

  /** Help text listing the codes, shown at the foot of every command's help. */
  static final String[] FOOTER = {
      "",
      "Exit codes:",
      "  0  success",
      "  1  internal error (a bug; rerun with --verbose and report it)",
      "  2  bad arguments",
      "  3  unusable input (missing file or folder, no usable cohort, unsafe key; an output folder of other files)",
      "  4  validation failed (rows unaccounted for)",
      "  5  output folder busy (another run is writing to it)"};
}
