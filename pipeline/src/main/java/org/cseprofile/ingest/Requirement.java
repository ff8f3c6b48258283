package org.cseprofile.ingest;

/** Whether an extract column must be present in the header and filled in every row. */
public enum Requirement {
  REQUIRED,
  OPTIONAL
}
