package org.cseprofile.table;

/** The output folder cannot be used: it holds files cse-profile did not write, or is not a folder at all. */
public class UnusableOutputException extends RuntimeException {
  public UnusableOutputException(String message) {
    super(message);
  }
}
