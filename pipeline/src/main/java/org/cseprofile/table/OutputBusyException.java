package org.cseprofile.table;

/** Another run is writing to the same output folder. */
public class OutputBusyException extends RuntimeException {
  public OutputBusyException(String message) {
    super(message);
  }
}
