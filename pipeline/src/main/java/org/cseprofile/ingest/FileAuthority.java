package org.cseprofile.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local authority that recorded the episodes of one SSDA903 file, and where that came from: the
 * {@code LA} column when the file has one; otherwise the ONS code in the file's name
 * ({@code missing/E10000011.csv}, {@code E10000011_missing.csv}, {@code SSDA903 E10000011 2016.csv}); for an
 * XML return, the authority the return names; otherwise not recorded.
 */
public record FileAuthority(Source source, String laCode) {

  /** Where an SSDA903 file's authority came from, as written to the manifest. */
  public enum Source {
    LA_COLUMN("la_column"), FILE_NAME("file_name"), RETURN("return"), NOT_RECORDED("not_recorded");

    private final String id;

    Source(String id) {
      this.id = id;
    }

    /** The stable name written to the manifest and the run summary. */
    public String id() {
      return id;
    }
  }

  /** An ONS authority code standing alone in a name: not part of a longer run of letters and digits. */
  private static final Pattern CODE_IN_NAME = Pattern.compile("(?<![A-Za-z0-9])([EWSNewsn]\\d{8})(?![A-Za-z0-9])");

  public FileAuthority {
    java.util.Objects.requireNonNull(source, "source");
    if ((laCode == null) != (source == Source.NOT_RECORDED || source == Source.LA_COLUMN)) {
      throw new IllegalArgumentException("laCode must be given exactly when source is file_name or return, source "
          + source.id());
    }
  }

  /** The one ONS authority code in the last segment of {@code displayName}, if exactly one is there. */
  public static Optional<String> inFileName(String displayName) {
    String name = displayName.substring(displayName.lastIndexOf('/') + 1);
    Set<String> codes = new TreeSet<>();
    Matcher m = CODE_IN_NAME.matcher(name);
    while (m.find()) {
      codes.add(m.group(1).toUpperCase(Locale.ROOT));
    }
    return codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
  }

  /**
   * The extract a top-level file named by its authority and extract belongs to, such as {@code missing} for
   * {@code E10000011_missing} or {@code missing-E10000011} (the name without {@code .csv}, lower case).
   */
  static Optional<String> extractBesideCode(String base) {
    Matcher m = Pattern.compile("^[ewsn]\\d{8}[ _.-]+(.+)$|^(.+?)[ _.-]+[ewsn]\\d{8}$").matcher(base);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(1) != null ? m.group(1) : m.group(2);
    return Extracts.named(rest).map(ExtractSpec::name);
  }

  /** The authority of a file of {@code spec} whose header is {@code mapping}: column, file name or none. */
  static FileAuthority of(InputFile file, HeaderMapping mapping) {
    if (mapping.position(mapping.spec().fields().indexOf(mapping.spec().fieldOf(MissingExtract.LA_CODE))) >= 0) {
      return new FileAuthority(Source.LA_COLUMN, null);
    }
    return inFileName(file.displayName()).map(code -> new FileAuthority(Source.FILE_NAME, code))
        .orElse(new FileAuthority(Source.NOT_RECORDED, null));
  }
}
