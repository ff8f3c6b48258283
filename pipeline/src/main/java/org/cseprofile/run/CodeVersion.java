package org.cseprofile.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the code that runs: the project version and the git commit it was built from,
 * as recorded at build time in {@code org/cseprofile/git.properties} ("unknown" outside a git checkout).
 */
public record CodeVersion(String projectVersion, String gitCommit, String gitDirty) {
  private static final String RESOURCE = "/org/cseprofile/git.properties";
  private static final String UNKNOWN = "unknown";

  /** The version of the running code. */
  public static CodeVersion current() {
    Properties p = new Properties();
    try (InputStream in = CodeVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    String version = p.getProperty("git.build.version", CodeVersion.class.getPackage().getImplementationVersion());
    return new CodeVersion(version == null ? UNKNOWN : version, p.getProperty("git.commit.id", UNKNOWN),
        p.getProperty("git.dirty", UNKNOWN));
  }
}
