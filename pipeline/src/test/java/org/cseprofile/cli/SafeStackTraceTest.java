package org.cseprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.cseprofile.ingest.InputException;
import org.junit.jupiter.api.Test;

/** --verbose stack traces keep cse-profile's own messages and withhold every library's (finding 5). */
class SafeStackTraceTest {
  @Test
  void messagesThatCouldQuoteAValueAreWithheldAndTheFramesKept() {
    Exception e = new InputException("cse_cohort.csv line 3 column dob: rule DATE");
    e.initCause(new UncheckedIOException("cannot read CANARY-1", new IOException("value CANARY-2 is bad")));
    e.addSuppressed(new IllegalStateException("CANARY-3"));

    StringWriter text = new StringWriter();
    SafeStackTrace.print(e, new PrintWriter(text));

    assertThat(text.toString()).doesNotContain("CANARY")
        .startsWith("org.cseprofile.ingest.InputException: cse_cohort.csv line 3 column dob: rule DATE\n"
            + "\tat org.cseprofile.cli.SafeStackTraceTest.messagesThatCouldQuoteAValueAreWithheldAndTheFramesKept(")
        .contains("Suppressed: java.lang.IllegalStateException: " + SafeStackTrace.WITHHELD,
            "Caused by: java.io.UncheckedIOException: " + SafeStackTrace.WITHHELD,
            "Caused by: java.io.IOException: " + SafeStackTrace.WITHHELD);
  }
}
