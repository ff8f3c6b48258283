package org.cseprofile.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * What a quick look at the start of a file tells before any Spark job runs: whether it is text
 * we can read, and whether its header row holds every required column (after the extract's mapping file and
 * the conversion of latitude and longitude, which {@code rows} applies to every row; null when nothing changes).
 */
public record FileCheck(InputFile file, HeaderMapping mapping, List<FileProblem> problems, Map<String, String> fileValues,
    RowMapper rows, HeaderAdvice advice) implements java.io.Serializable {

  private static final int HEAD_BYTES = 64 * 1024;

  public FileCheck {
    problems = List.copyOf(problems);
    fileValues = Map.copyOf(fileValues);
  }

  /** A check needing no advice on its header. */
  public FileCheck(InputFile file, HeaderMapping mapping, List<FileProblem> problems, Map<String, String> fileValues,
      RowMapper rows) {
    this(file, mapping, problems, fileValues, rows, null);
  }

  /** A check whose rows are read as they are written. */
  public FileCheck(InputFile file, HeaderMapping mapping, List<FileProblem> problems, Map<String, String> fileValues) {
    this(file, mapping, problems, fileValues, null);
  }

  /** A check whose file gives no value of its own to columns its header lacks. */
  public FileCheck(InputFile file, HeaderMapping mapping, List<FileProblem> problems) {
    this(file, mapping, problems, Map.of());
  }

  /** Whether the file's rows can be read (it may still have warnings). */
  public boolean usable() {
    return mapping != null && mapping.usable()
        && problems.stream().noneMatch(p -> p.rule().severity() == Severity.REJECT_FILE);
  }

  /** Checks the head of {@code file} against the contract for {@code spec}, with no mapping file. */
  public static FileCheck of(InputFile file, ExtractSpec spec, Configuration hadoop) {
    return of(file, spec, hadoop, null);
  }

  /** Checks the head of {@code file} against the contract for {@code spec}, its columns mapped by {@code mappingFile} (or null). */
  public static FileCheck of(InputFile file, ExtractSpec spec, Configuration hadoop, MappingFile mappingFile) {
    List<FileProblem> problems = new ArrayList<>();
    Path path = new Path(file.location());
    if (file.isWorkbook()) {
      return ofWorkbook(file, spec, path, hadoop, mappingFile);
    }
    if (file.isXml()) {
      return ofXml(file, spec, path, hadoop);
    }
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
      return ofHeader(file, spec, header, mappingFile, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input file " + file.displayName(), e);
    }
  }

  /**
   * Checks the header row of an Excel workbook's first sheet (or the sheet its mapping file names): a workbook POI cannot open ({@code .xls}, password
   * protected, damaged, over the zip-bomb limits) and a header with merged cells are refused; the rest is checked
   * as a CSV file's header is.
   */
  private static FileCheck ofWorkbook(InputFile file, ExtractSpec spec, Path path, Configuration hadoop,
      MappingFile mappingFile) {
    List<FileProblem> problems = new ArrayList<>();
    if (file.displayName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsb")) {
      // A binary workbook is a zip file too, but of parts POI's .xlsx reader does not read.
      problems.add(new FileProblem(file.extract(), file.displayName(), Rule.EXCEL_WORKBOOK, null));
      return new FileCheck(file, null, problems);
    }
    String wanted = mappingFile == null ? null : mappingFile.sheet();
    try (XlsxSheet sheet = openWorkbook(path, hadoop, wanted)) {
      XlsxSheet.Row first = sheet.next();
      if (first == null) {
        problems.add(new FileProblem(file.extract(), file.displayName(), Rule.EMPTY_FILE, null));
        return new FileCheck(file, null, problems);
      }
      List<String> merged = sheet.mergedAcross(first.line());
      if (!merged.isEmpty()) {
        problems.add(new FileProblem(file.extract(), file.displayName(), Rule.MERGED_HEADER,
            "sheet " + sheet.sheetName() + ", cells " + String.join(" ", merged), first.line()));
        return new FileCheck(file, null, problems);
      }
      return ofHeader(file, spec, first.cells(), mappingFile, problems);
    } catch (XlsxSheet.Unreadable e) {
      problems.add(new FileProblem(file.extract(), file.displayName(), Rule.EXCEL_WORKBOOK, null));
      return new FileCheck(file, null, problems);
    } catch (XlsxSheet.NoSuchSheet e) {
      problems.add(new FileProblem(file.extract(), file.displayName(), Rule.SHEET_NOT_FOUND, "sheet " + wanted));
      return new FileCheck(file, null, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input file " + file.displayName(), e);
    }
  }

  /**
   * Opens the sheet named {@code sheet} (null: the first) of the workbook at {@code path}: a local file directly (POI reads only the parts it
   * needs), a file on another file system through a stream. Throws {@link XlsxSheet.Unreadable} when the file is not
   * an {@code .xlsx} workbook (an {@code .xls}, or an encrypted workbook, is an OLE2 file).
   */
  static XlsxSheet openWorkbook(Path path, Configuration hadoop, String sheet) throws IOException {
    try (InputStream head = org.apache.poi.poifs.filesystem.FileMagic.prepareToCheckMagic(
        path.getFileSystem(hadoop).open(path))) {
      if (org.apache.poi.poifs.filesystem.FileMagic.valueOf(head) != org.apache.poi.poifs.filesystem.FileMagic.OOXML) {
        throw new XlsxSheet.Unreadable(null);
      }
    }
    if ("file".equals(path.toUri().getScheme()) || path.toUri().getScheme() == null) {
      return XlsxSheet.open(new java.io.File(path.toUri().getPath()), sheet);
    }
    try (InputStream in = path.getFileSystem(hadoop).open(path)) {
      return XlsxSheet.open(in, sheet);
    }
  }

  /** Checks a header row (of a CSV file or a workbook) against the contract, after the extract's mapping file. */
  private static FileCheck ofHeader(InputFile file, ExtractSpec spec, List<String> header, MappingFile mappingFile,
      List<FileProblem> problems) {
    RowMapper mapper = RowMapper.of(spec, header, mappingFile);
    RowMapper rows = mapper.identity() ? null : mapper;
    HeaderMapping mapping = HeaderMapping.of(spec, mapper.header());
    for (String column : mapping.missingRequired()) {
      problems.add(new FileProblem(file.extract(), file.displayName(), Rule.MISSING_COLUMN, column));
    }
    if (!mapping.missingRequired().isEmpty()) {
      // The first row may not be a header at all but data: its cells must not be shown as column names.
      return new FileCheck(file, mapping, problems, Map.of(), rows, HeaderAdvice.of(spec, file.displayName(), header));
    }
    for (String column : mapper.monthColumns()) {
      problems.add(new FileProblem(file.extract(), file.displayName(), Rule.DATES_AS_MONTHS, column));
    }
    for (String column : mapping.duplicated()) {
      problems.add(new FileProblem(file.extract(), file.displayName(), Rule.DUPLICATE_COLUMN, column));
    }
    for (String column : mapping.unknown()) {
      problems.add(new FileProblem(file.extract(), file.displayName(), Rule.UNKNOWN_COLUMN, column));
    }
    if (spec.name().equals(MissingExtract.NAME)) {
      // SSDA903 exports have no LA column: the authority is in the file's name, or not recorded at all.
      FileAuthority authority = FileAuthority.of(file, mapping);
      String la = spec.fieldOf(MissingExtract.LA_CODE).header();
      switch (authority.source()) {
        case FILE_NAME -> {
          problems.add(new FileProblem(file.extract(), file.displayName(), Rule.AUTHORITY_FROM_FILE_NAME, la));
          return new FileCheck(file, mapping, problems, Map.of(MissingExtract.LA_CODE, authority.laCode()), rows);
        }
        case NOT_RECORDED ->
            problems.add(new FileProblem(file.extract(), file.displayName(), Rule.AUTHORITY_NOT_RECORDED, la));
        default -> { }
      }
    }
    return new FileCheck(file, mapping, problems, Map.of(), rows);
  }

  /** The header an XML return is read under: every column of the contract, in contract order. */
  public static HeaderMapping xmlMapping(ExtractSpec spec) {
    return HeaderMapping.of(spec, spec.fields().stream().map(FieldSpec::header).toList());
  }

  /**
   * Reads an SSDA903 XML return through once on the driver: a file that is unsafe or not well formed is
   * rejected before any Spark task opens it; otherwise its authority is decided (episodes' own {@code LA},
   * else the return's, else the file name's code, else not recorded).
   */
  private static FileCheck ofXml(InputFile file, ExtractSpec spec, Path path, Configuration hadoop) {
    List<FileProblem> problems = new ArrayList<>();
    boolean[] episodeLa = {false};
    String returnLa;
    try (InputStream in = new BufferedInputStream(path.getFileSystem(hadoop).open(path))) {
      returnLa = XmlReturn.read(in, e -> episodeLa[0] |= !e.values().getOrDefault("LA", "").isEmpty());
    } catch (XmlReturn.Refused refused) {
      problems.add(new FileProblem(file.extract(), file.displayName(), refused.rule(), refused.element(),
          refused.line()));
      return new FileCheck(file, null, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input file " + file.displayName(), e);
    }
    String la = spec.fieldOf(MissingExtract.LA_CODE).header();
    if (episodeLa[0]) {
      return new FileCheck(file, xmlMapping(spec), problems);
    }
    String fromReturn = returnLa == null ? null : ValueParsers.laCode(returnLa);
    if (fromReturn != null) {
      problems.add(new FileProblem(file.extract(), file.displayName(), Rule.AUTHORITY_FROM_RETURN, la));
      return new FileCheck(file, xmlMapping(spec), problems, Map.of(MissingExtract.LA_CODE, fromReturn));
    }
    java.util.Optional<String> named = FileAuthority.inFileName(file.displayName());
    if (named.isPresent()) {
      problems.add(new FileProblem(file.extract(), file.displayName(), Rule.AUTHORITY_FROM_FILE_NAME, la));
      return new FileCheck(file, xmlMapping(spec), problems, Map.of(MissingExtract.LA_CODE, named.get()));
    }
    problems.add(new FileProblem(file.extract(), file.displayName(), Rule.AUTHORITY_NOT_RECORDED, la));
    return new FileCheck(file, xmlMapping(spec), problems);
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
