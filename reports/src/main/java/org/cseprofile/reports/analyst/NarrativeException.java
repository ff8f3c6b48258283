package org.cseprofile.reports.analyst;

/** The narrative or comparators file cannot be used: the message names the line and the rule, never a data value. */
public final class NarrativeException extends IllegalArgumentException {
  public NarrativeException(String message) {
    super(message);
  }
}
