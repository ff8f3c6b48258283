package org.cseprofile.sample;

/** Whether a generated data set is clean, or carries known defects for testing validation. */
public enum SampleVariant {
  /** Every row valid: the pipeline accepts all of them. */
  CLEAN,
  /** The clean data with a known number of defects per rule, listed in the ground truth under {@code defects}. */
  DIRTY
}
