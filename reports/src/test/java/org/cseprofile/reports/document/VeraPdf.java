package org.cseprofile.reports.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.TreeSet;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF Association's validator, run on PDF bytes: the rules that failed and how many checks ran. */
public final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  /** The outcome of one validation: checks made and the rules (clause and test number) that failed. */
  public record Outcome(int checks, List<String> failedRules) {}

  private VeraPdf() {}

  /** Validates {@code pdf} against {@code flavour}. */
  public static Outcome validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (InputStream in = new ByteArrayInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      TreeSet<String> failed = new TreeSet<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() != TestAssertion.Status.PASSED) {
          failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage());
        }
      }
      return new Outcome(result.getTotalAssertions(), List.copyOf(failed));
    }
  }
}
