package org.cseprofile.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * What a quick look at the start of a file tells before any Spark job runs: whether it is text
 * we can read, and whether its header row holds every required column.
 */
public record FileCheck(InputFile file, HeaderMapping mapping, List<FileProblem> problems)
    implements java.io.Serializable {

  private static final int HEAD_BYTES = 64 * 1024;

  public FileCheck {
    problems = List.copyOf(problems);
  }

  /** Whether the file's rows can be read (it may still have warnings). */
  public boolean usable() {
    return mapping != null && mapping.usable()
        && problems.stream().noneMatch(p -> p.rule().severity() == Severity.REJECT_FILE);
  }

  /** Checks the head of {@code file} against the contract for {@code spec}. */
  public static FileCheck of(InputFile file, ExtractSpec spec, Configuration hadoop) {
    List<FileProblem> problems = new ArrayList<>();
    Path path = new Path(file.location());
    try (InputStream raw = new BufferedInputStream(path.getFileSystem(hadoop).open(path))) {
      raw.mark(HEAD_BYTES);
      TextEncoding headEncoding = TextEncoding.detectHead(new HeadInputStream(raw, HEAD_BYTES));
      raw.reset();
      if (!headEncoding.readable()) {
        problems.add(new FileProblem(file.extract(), file.displayName(), Rule.ENCODING, null));
        return new FileCheck(file, null, problems);
      }
      List<String> header = readHeader(new HeadInputStream(raw, HEAD_BYTES), headEncoding);
      if (header == null) {
        problems.add(new FileProblem(file.extract(), file.displayName(), Rule.EMPTY_FILE, null));
        return new FileCheck(file, null, problems);
      }
      HeaderMapping mapping = HeaderMapping.of(spec, header);
      for (String column : mapping.missingRequired()) {
        problems.add(new FileProblem(file.extract(), file.displayName(), Rule.MISSING_COLUMN, column));
      }
      if (!mapping.missingRequired().isEmpty()) {
        // The first row may not be a header at all but data: its cells must not be shown as column names.
        return new FileCheck(file, mapping, problems);
      }
      for (String column : mapping.duplicated()) {
        problems.add(new FileProblem(file.extract(), file.displayName(), Rule.DUPLICATE_COLUMN, column));
      }
      for (String column : mapping.unknown()) {
        problems.add(new FileProblem(file.extract(), file.displayName(), Rule.UNKNOWN_COLUMN, column));
      }
      return new FileCheck(file, mapping, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input file " + file.displayName(), e);
    }
  }

  /** The first record of the stream, or null when the file holds no record at all. */
  static List<String> readHeader(InputStream in, TextEncoding encoding) throws IOException {
    RawRecord first = new CsvRecordReader(in, encoding.charset()).next();
    if (first == null) {
      return null;
    }
    // A header whose quoting is broken cannot be matched: every required column counts as missing.
    return first.readable() ? first.fields() : List.of();
  }

  /** A view of the first {@code limit} bytes of a stream. */
  private static final class HeadInputStream extends InputStream {
    private final InputStream in;
    private int remaining;

    HeadInputStream(InputStream in, int limit) {
      this.in = in;
      this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = in.read(b, off, Math.min(len, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }
  }
}
