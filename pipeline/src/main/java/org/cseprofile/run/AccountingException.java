package org.cseprofile.run;

/** Rows were lost: for some input file, rows read did not equal rows accepted plus rows quarantined. */
public class AccountingException extends RuntimeException {
  public AccountingException(String message) {
    super(message);
  }
}
