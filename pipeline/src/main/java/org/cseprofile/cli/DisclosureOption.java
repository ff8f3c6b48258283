package org.cseprofile.cli;

import org.cseprofile.disclosure.DisclosurePolicy;
import picocli.CommandLine.Option;

/** {@code --disclosure POLICY}: the disclosure control policy, shared by the commands that publish. */
public final class DisclosureOption {

  @Option(names = "--disclosure", paramLabel = "POLICY", defaultValue = "partnership",
      description = "Disclosure control policy for published outputs: partnership (counts 1-4 suppressed) or "
          + "public (counts 1-7 suppressed, others rounded to 5). Default: ${DEFAULT-VALUE}.")
  String disclosure;

  /** The named policy; throws IllegalArgumentException naming the option when unknown. */
  DisclosurePolicy policy() {
    return DisclosurePolicy.named(disclosure);
  }
}
