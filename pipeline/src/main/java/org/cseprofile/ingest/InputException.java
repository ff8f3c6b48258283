package org.cseprofile.ingest;

/** The input cannot be used at all (missing folder, no usable cohort extract). Messages never hold cell values. */
public class InputException extends RuntimeException {
  public InputException(String message) {
    super(message);
  }
}
