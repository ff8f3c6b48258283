package org.cseprofile.pseudonym;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cseprofile.ingest.CsvFormats;
import org.cseprofile.ingest.InputException;
import org.cseprofile.ingest.TextEncoding;
import org.cseprofile.run.CodeVersion;

/**
 * Pseudonymises one CSV file as it streams through (constant memory, no Spark): identifier
 * columns are replaced by pseudonyms, NHS number columns are checked first, and quasi-identifiers
 * can be coarsened. The output appears only when complete (written aside, then moved into place),
 * owner-only, with a manifest beside it that records the key's fingerprint, never the key.
 * Problems are reported by line and column, never with the value.
 */
public final class CsvPseudonymiser {
  /** Line numbers kept per column in the manifest; the counts are always complete. */
  static final int LINES_KEPT = 1000;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final PseudonymKey key;
  private final Pseudonyms pseudonyms;

  public CsvPseudonymiser(PseudonymKey key) {
    this.key = key;
    this.pseudonyms = new Pseudonyms(key);
  }

  /** What to do with which column. */
  public enum Treatment {
    /** Replaced by its pseudonym. */
    PSEUDONYMISE,
    /** Checked as an NHS number, then replaced by its pseudonym; an invalid number is left blank. */
    NHS_NUMBER,
    /** A date cut to its month. */
    MONTH,
    /** A postcode cut to its sector. */
    SECTOR
  }

  /** The file to read, the file to write, and the treatment of each named column (matched ignoring case). */
  public record Job(Path input, Path output, Map<String, Treatment> columns) {
    public Job {
      columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
      if (columns.values().stream().noneMatch(t -> t == Treatment.PSEUDONYMISE || t == Treatment.NHS_NUMBER)) {
        throw new IllegalArgumentException("name at least one identifier column to pseudonymise (--columns)");
      }
      if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
        throw new IllegalArgumentException("the output file must not be the input file");
      }
    }

    /** Where the manifest goes: beside the output, {@code <output>.manifest.json}. */
    public Path manifest() {
      return output.resolveSibling(output.getFileName() + ".manifest.json");
    }
  }

  /** What was done: data rows, and per column how many values were treated, blank, or invalid (and on which lines). */
  public record Result(long rows, Map<String, ColumnCount> columns, String keyFingerprint, String outputSha256) {}

  /** One column's counts; {@code invalidLines} holds the first {@value #LINES_KEPT} invalid lines. */
  public record ColumnCount(Treatment treatment, long treated, long blank, long invalid, List<Long> invalidLines) {}

  /**
   * Runs {@code job}. {@code problems} hears one message per invalid value or malformed row (line and
   * column, never the value); {@code bytesRead} hears progress through the input.
   */
  public Result run(Job job, Consumer<String> problems, Consumer<Long> bytesRead) {
    Path input = job.input();
    if (!Files.isRegularFile(input)) {
      throw new InputException("input file " + input + " does not exist or is not a file");
    }
    TextEncoding encoding = detect(input);
    Path temporary = null;
    try {
      Path folder = job.output().toAbsolutePath().getParent();
      Files.createDirectories(folder);
      temporary = createPrivate(folder, "." + job.output().getFileName() + ".", ".tmp");
      Result result;
      try (InputStream raw = new BufferedInputStream(Files.newInputStream(input), 1 << 16);
           DigestInputStream digested = new DigestInputStream(new Counting(raw, bytesRead), sha256());
           Writer writer = new BufferedWriter(new OutputStreamWriter(
               Files.newOutputStream(temporary, StandardOpenOption.TRUNCATE_EXISTING), StandardCharsets.UTF_8))) {
        Reader reader = new InputStreamReader(digested, encoding.charset().newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        result = transform(job, reader, writer, problems);
        digested.transferTo(OutputStreamNull.INSTANCE); // the whole input counts towards its checksum
        writer.flush();
        String inputSha256 = HexFormat.of().formatHex(digested.getMessageDigest().digest());
        String outputSha256 = sha256(temporary);
        result = new Result(result.rows(), result.columns(), key.fingerprint(), outputSha256);
        moveIntoPlace(temporary, job.output());
        temporary = null;
        writeManifest(job, result, encoding, inputSha256);
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pseudonymise " + input.getFileName(), e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // best effort: the temporary file is hidden and owner-only
        }
      }
    }
  }

  private Result transform(Job job, Reader reader, Writer writer, Consumer<String> problems) throws IOException {
    CSVParser csv = CsvFormats.EXTRACT.parse(reader);
    Iterator<CSVRecord> records = csv.iterator();
    CSVPrinter printer = new CSVPrinter(writer, CsvFormats.WRITE);
    String name = job.input().getFileName().toString();
    List<String> header = null;
    Treatment[] treatments = null;
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, List<Long>> invalidLines = new LinkedHashMap<>();
    job.columns().keySet().forEach(c -> {
      counts.put(c, new long[3]);
      invalidLines.put(c, new ArrayList<>());
    });
    String[] names = null;
    long rows = 0;
    while (true) {
      long line = csv.getCurrentLineNumber() + 1;
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          break;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new InputException(name + " line " + line + ": a quote is not closed, or text follows a closing quote "
            + "[malformed_quotes]; nothing was written. Fix the quotes on that line and run again.");
      }
      if (record.size() == 1 && record.get(0).isEmpty()) {
        continue;
      }
      List<String> fields = record.toList();
      if (header == null) {
        header = new ArrayList<>(fields);
        header.set(0, header.get(0).replace("\uFEFF", ""));
        treatments = new Treatment[header.size()];
        names = new String[header.size()];
        for (Map.Entry<String, Treatment> e : job.columns().entrySet()) {
          int found = -1;
          for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(e.getKey().strip().toLowerCase(Locale.ROOT))) {
              if (found >= 0) {
                throw new InputException(name + ": the header names column " + e.getKey() + " twice [duplicate_column]");
              }
              found = i;
            }
          }
          if (found < 0) {
            throw new InputException(name + ": column " + e.getKey() + " is not in the header row [missing_column]");
          }
          treatments[found] = e.getValue();
          names[found] = e.getKey();
        }
        printer.printRecord(header);
        continue;
      }
      rows++;
      List<String> out = new ArrayList<>(header.size());
      if (fields.size() != header.size()) {
        // The columns cannot be told apart, so an identifier could be anywhere: nothing of the row is passed on.
        problems.accept(name + " line " + line + ": the row has " + fields.size() + " fields but the header has "
            + header.size() + " [field_count]; written with every field blank");
        for (int i = 0; i < header.size(); i++) {
          out.add("");
        }
        for (String column : job.columns().keySet()) {
          counts.get(column)[2]++;
          addLine(invalidLines.get(column), line);
        }
        printer.printRecord(out);
        continue;
      }
      for (int i = 0; i < fields.size(); i++) {
        String value = fields.get(i);
        if (treatments[i] == null) {
          out.add(value);
          continue;
        }
        long[] count = counts.get(names[i]);
        if (value.isBlank()) {
          count[1]++;
          out.add("");
          continue;
        }
        String treated = treat(treatments[i], value);
        if (treated == null) {
          count[2]++;
          addLine(invalidLines.get(names[i]), line);
          problems.accept(name + " line " + line + ", column " + header.get(i) + ": " + invalidMessage(treatments[i]));
          out.add("");
        } else {
          count[0]++;
          out.add(treated);
        }
      }
      printer.printRecord(out);
    }
    if (header == null) {
      throw new InputException(name + " is empty: no header row [empty_file]");
    }
    printer.flush();
    Map<String, ColumnCount> columns = new LinkedHashMap<>();
    for (Map.Entry<String, Treatment> e : job.columns().entrySet()) {
      long[] c = counts.get(e.getKey());
      columns.put(e.getKey(), new ColumnCount(e.getValue(), c[0], c[1], c[2], List.copyOf(invalidLines.get(e.getKey()))));
    }
    return new Result(rows, columns, key.fingerprint(), null);
  }

  private String treat(Treatment treatment, String value) {
    return switch (treatment) {
      case PSEUDONYMISE -> pseudonyms.pseudonym(value);
      case NHS_NUMBER -> NhsNumbers.valid(Pseudonyms.normalise(value)) ? pseudonyms.pseudonym(value) : null;
      case MONTH -> Degrade.MONTH.apply(value);
      case SECTOR -> Degrade.SECTOR.apply(value);
    };
  }

  private static String invalidMessage(Treatment treatment) {
    return switch (treatment) {
      case NHS_NUMBER -> "not a valid NHS number (ten digits with a Modulus 11 check digit) [invalid_nhs_number]; "
          + "left blank";
      case MONTH -> "not a date written yyyy-MM-dd, dd/MM/yyyy or yyyy-MM [invalid_date]; left blank";
      case SECTOR -> "not a full UK postcode [invalid_postcode]; left blank";
      case PSEUDONYMISE -> "cannot be pseudonymised; left blank";
    };
  }

  private static void addLine(List<Long> lines, long line) {
    if (lines.size() < LINES_KEPT) {
      lines.add(line);
    }
  }

  private static TextEncoding detect(Path input) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(input), 1 << 16)) {
      TextEncoding encoding = TextEncoding.detect(in);
      if (!encoding.readable()) {
        throw new InputException(input.getFileName() + " is not UTF-8 or Windows-1252 text [encoding]; re-save it as "
            + "CSV UTF-8");
      }
      return encoding;
    } catch (IOException e) {
      throw new InputException("cannot read input file " + input.getFileName());
    }
  }

  private void writeManifest(Job job, Result result, TextEncoding encoding, String inputSha256) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("created", Instant.now().toString());
    CodeVersion code = CodeVersion.current();
    m.put("code", ordered("project_version", code.projectVersion(), "git_commit", code.gitCommit()));
    m.put("method", "HMAC-SHA256 of the normalised identifier (trimmed; spaces and hyphens removed; upper-case), "
        + "64 lower-case hex digits; blank values stay blank");
    m.put("key_fingerprint", result.keyFingerprint());
    m.put("input", ordered("file", job.input().getFileName().toString(), "bytes", Files.size(job.input()),
        "sha256", inputSha256, "encoding", encoding.name()));
    m.put("output", ordered("file", job.output().getFileName().toString(), "bytes", Files.size(job.output()),
        "sha256", result.outputSha256()));
    m.put("rows", result.rows());
    Map<String, Object> columns = new LinkedHashMap<>();
    result.columns().forEach((name, c) -> {
      Map<String, Object> column = new LinkedHashMap<>();
      column.put("treatment", c.treatment().name().toLowerCase(Locale.ROOT));
      column.put("treated", c.treated());
      column.put("blank", c.blank());
      column.put("invalid", c.invalid());
      column.put("invalid_lines", c.invalidLines());
      columns.put(name, column);
    });
    m.put("columns", columns);
    Path temporary = createPrivate(job.manifest().toAbsolutePath().getParent(), "." + job.manifest().getFileName() + ".",
        ".tmp");
    Files.write(temporary, JSON.writeValueAsBytes(m), StandardOpenOption.TRUNCATE_EXISTING);
    moveIntoPlace(temporary, job.manifest());
  }

  private static Path createPrivate(Path folder, String prefix, String suffix) throws IOException {
    try {
      FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
      return Files.createTempFile(folder, prefix, suffix, ownerOnly);
    } catch (UnsupportedOperationException e) {
      return Files.createTempFile(folder, prefix, suffix);
    }
  }

  private static void moveIntoPlace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
      in.transferTo(OutputStreamNull.INSTANCE);
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Counts bytes read and reports them about every megabyte. */
  private static final class Counting extends FilterInputStream {
    private final Consumer<Long> progress;
    private long count;
    private long reported;

    Counting(InputStream in, Consumer<Long> progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    private void advance(long n) {
      count += n;
      if (count - reported >= 1 << 20) {
        reported = count;
        progress.accept(count);
      }
    }
  }

  /** Discards bytes. */
  private static final class OutputStreamNull extends java.io.OutputStream {
    static final OutputStreamNull INSTANCE = new OutputStreamNull();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }

  /** A map in the order of {@code keysAndValues} (key, value, ...), so the manifest reads the same way each time. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
