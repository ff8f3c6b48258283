package org.cseprofile.query;

/** The query text was not a query, or did not fit the tables; the message says why. */
public class QueryException extends RuntimeException {
  public QueryException(String message) {
    super(message);
  }

  public QueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
