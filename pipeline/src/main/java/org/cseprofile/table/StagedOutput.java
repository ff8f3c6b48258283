package org.cseprofile.table;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * A run's output, written away from readers and published in one step per folder.
 *
 * <p>Everything is first written under {@code _staging/<run id>/} with the final layout, on the
 * same file system as the output. Once every table and file is complete and verified,
 * {@link #publish} writes a journal naming the period's units (see {@link OutputLayout}) and
 * renames each staged unit over the old one; the journal makes the run's renames all-or-nothing
 * across a crash, because the next run to open the folder completes them before anything else.
 * Staging folders without a journal belong to runs that died before publishing and are deleted,
 * but only those that prove to be a run's (they hold {@link #STAGING_MARKER}); anything else found
 * there, or among a period's files, that cse-profile did not write is left where it is and named in
 * a warning. The folder must be new, empty or marked as an output ({@link OutputMarker}). A lock
 * keeps one run at a time per output folder ({@link OutputLock}).
 */
public final class StagedOutput implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JOURNAL_SUFFIX = ".publish.json";
  private static final String LOCK = "lock.json";
  private static final String REPLACED = "_replaced";
  /** Written first into every staging folder: what proves it is a run's, so a later run may delete it. */
  static final String STAGING_MARKER = ".cse-profile-staging";

  private final FileSystem fs;
  private final OutputLayout target;
  private final String runId;
  private final Path folder;
  private final OutputLock lock;
  private final Consumer<String> notices;
  private boolean published;

  private StagedOutput(FileSystem fs, OutputLayout target, String runId, OutputLock lock, Consumer<String> notices) {
    this.notices = notices;
    this.fs = fs;
    this.target = target;
    this.runId = runId;
    this.folder = new Path(target.staging(), runId);
    this.lock = lock;
  }

  /**
   * Opens the output folder for run {@code runId}: creates it owner-only if needed, takes the
   * lock, completes any publish a crashed run left half done, deletes stale staging, and creates
   * this run's staging folder. {@code notices} hears what was cleaned up.
   */
  public static StagedOutput open(OutputLayout target, Configuration hadoop, String runId, Consumer<String> notices) {
    try {
      Path root = new Path(target.root());
      FileSystem fs = root.getFileSystem(hadoop);
      OutputMarker.claim(fs, root);
      OwnerOnly.mkdirs(fs, target.staging());
      OutputLock lock = OutputLock.acquire(fs, root, new Path(target.staging(), LOCK), runId);
      try {
        StagedOutput staged = new StagedOutput(fs, target, runId, lock, notices);
        staged.recover(notices);
        OwnerOnly.mkdirs(fs, staged.folder);
        try (OutputStream out = fs.create(new Path(staged.folder, STAGING_MARKER), false)) {
          out.write(runId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        OwnerOnly.set(fs, new Path(staged.folder, STAGING_MARKER), OwnerOnly.FILE);
        return staged;
      } catch (RuntimeException | IOException e) {
        lock.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the output folder " + target.root(), e);
    }
  }

  /** Where this run writes: the final layout, rooted in its staging folder. */
  public OutputLayout layout() {
    return new OutputLayout(folder.toString());
  }

  /** The published location of a path written under {@link #layout()}. */
  public String finalLocation(String stagedLocation) {
    String prefix = fs.makeQualified(folder).toString();
    String qualified = fs.makeQualified(new Path(stagedLocation)).toString();
    if (!qualified.startsWith(prefix + "/")) {
      throw new IllegalArgumentException("not a staged location: " + stagedLocation);
    }
    return new Path(new Path(target.root()), qualified.substring(prefix.length() + 1)).toString();
  }

  /**
   * Checks the staged output of {@code period} before it is published: every table reads back with
   * the number of rows written ({@code expectedRows}; a table with no rows has no partition), and
   * every file exists and is not empty. Returns the rows of each table.
   */
  public Map<String, Long> verify(Map<String, Long> expectedRows, String period, List<String> files) {
    OutputLayout staged = layout();
    Map<String, Long> rows = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, Long> e : expectedRows.entrySet()) {
        Path partition = staged.restrictedPartition(e.getKey(), period);
        long found = fs.exists(partition) ? parquetRows(e.getKey(), period, partition) : 0;
        if (found != e.getValue()) {
          throw new IllegalStateException("table " + e.getKey() + " of " + period + " reads back " + found
              + " rows but " + e.getValue() + " were written; nothing was published");
        }
        rows.put(e.getKey(), found);
      }
      for (String file : files) {
        Path path = new Path(file);
        if (!fs.exists(path) || fs.getFileStatus(path).getLen() == 0) {
          throw new IllegalStateException("output file " + path.getName() + " is missing or empty; nothing was published");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot verify the staged output", e);
    }
    return rows;
  }

  /**
   * The rows of the Parquet files in {@code folder}, from their footers: every file must open as Parquet,
   * and no Spark job is needed (a count per table was a fifth of a county run's jobs).
   */
  private long parquetRows(String table, String period, Path folder) throws IOException {
    long rows = 0;
    for (FileStatus file : fs.listStatus(folder)) {
      String name = file.getPath().getName();
      if (file.isFile() && !OutputFiles.hidden(name)) {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(file, fs.getConf()))) {
          rows += reader.getRecordCount();
        } catch (IOException | RuntimeException e) {
          throw new IllegalStateException("table " + table + " of " + period + ": file " + name
              + " does not read back as Parquet; nothing was published", e);
        }
      }
    }
    return rows;
  }

  /**
   * Publishes the staged output of {@code period}: the period's units in the output folder are
   * replaced by the staged ones, and units of the period that this run did not produce (a table
   * no longer computed) are removed. Everything staged is made owner-only first.
   */
  public void publish(String period) {
    publish(period, Integer.MAX_VALUE);
  }

  /**
   * Publishes the units staged for {@code period} (for example only its published folder and manifest, as
   * {@code report} does), replacing those and removing nothing else.
   */
  public void publishStagedUnits(String period) {
    publish(period, Integer.MAX_VALUE, false);
  }

  /** Publishes, stopping after {@code maxRenames} renames as a crash would (for tests). */
  void publish(String period, int maxRenames) {
    publish(period, maxRenames, true);
  }

  private void publish(String period, int maxRenames, boolean removeOthers) {
    if (published) {
      throw new IllegalStateException("already published");
    }
    OwnerOnly.seal(fs, folder);
    try {
      List<String> units = units(new Path(folder.toString()), period);
      List<String> removals = new ArrayList<>(removeOthers ? units(new Path(target.root()), period) : List.of());
      removals.removeAll(units);
      Journal journal = new Journal(runId, period, units, removals);
      Path journalPath = journalPath(runId);
      Path pending = new Path(journalPath + ".tmp");
      try (OutputStream out = fs.create(pending, true)) {
        out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(journal));
      }
      OwnerOnly.set(fs, pending, OwnerOnly.FILE);
      rename(pending, journalPath); // from here on, the run is committed: a crash is completed by the next run
      published = true;
      rollForward(journal, maxRenames, this.notices);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish the output of " + period, e);
    }
  }

  /**
   * Copies the files cse-profile wrote under {@code unit} (a folder relative to the output folder, such as
   * {@code published/2016-Q4}) into this run's staging, except those {@code skip} accepts (relative paths);
   * returns the copies.
   */
  public List<String> stageCopy(String unit, java.util.function.Predicate<String> skip) {
    try {
      Path from = new Path(new Path(target.root()), unit);
      List<String> copies = new ArrayList<>();
      if (fs.exists(from)) {
        copyProductFiles(from, unit, skip, copies);
      }
      return copies;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + unit + " into the staging folder", e);
    }
  }

  private void copyProductFiles(Path from, String relative, java.util.function.Predicate<String> skip,
      List<String> copies) throws IOException {
    FileStatus[] entries = fs.listStatus(from);
    Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus entry : entries) {
      String child = relative + "/" + entry.getPath().getName();
      if (entry.isDirectory()) {
        copyProductFiles(entry.getPath(), child, skip, copies);
      } else if (ProductFiles.written(child) && !entry.getPath().getName().endsWith(".crc") && !skip.test(child)) {
        Path to = new Path(folder, child);
        OwnerOnly.mkdirs(fs, to.getParent());
        org.apache.hadoop.fs.FileUtil.copy(fs, entry.getPath(), fs, to, false, fs.getConf());
        copies.add(to.toString());
      }
    }
  }

  /** Deletes this run's staging if it was not published, and releases the lock. */
  @Override
  public void close() {
    try {
      if (!published && fs.exists(folder)) {
        fs.delete(folder, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the staging folder " + folder, e);
    } finally {
      lock.close();
      try {
        fs.delete(target.staging(), false); // only when empty; another run may be starting
      } catch (IOException | RuntimeException e) {
        // not empty: fine
      }
    }
  }

  /** Stops the lock's heartbeat without cleaning anything up, as if the process had died (for tests). */
  void abandon() {
    lock.abandon();
  }

  private void recover(Consumer<String> notices) throws IOException {
    FileStatus[] entries = fs.listStatus(target.staging());
    Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus entry : entries) {
      String name = entry.getPath().getName();
      if (name.endsWith(JOURNAL_SUFFIX)) {
        Journal journal;
        try (InputStream in = fs.open(entry.getPath())) {
          journal = JSON.readValue(in, Journal.class);
        } catch (IOException e) {
          notices.accept("left alone: " + Path.getPathWithoutSchemeAndAuthority(entry.getPath())
              + " is not a publish journal cse-profile wrote");
          continue;
        }
        notices.accept("completing the publication of " + journal.period() + " by run " + journal.runId()
            + ", which stopped while publishing");
        rollForward(journal, Integer.MAX_VALUE, notices);
      }
    }
    FileStatus[] left = fs.listStatus(target.staging());
    Arrays.sort(left, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus entry : left) {
      String name = entry.getPath().getName();
      if (name.equals(LOCK) || name.endsWith(JOURNAL_SUFFIX)) {
        continue; // the heartbeat lock; a journal that could not be read
      }
      if (entry.isDirectory() && fs.exists(new Path(entry.getPath(), STAGING_MARKER))) {
        notices.accept("deleting staging left by run " + name
            + ", which stopped before publishing; the previous output is unchanged");
        fs.delete(entry.getPath(), true);
      } else if (entry.isFile() && name.endsWith(JOURNAL_SUFFIX + ".tmp")
          && fs.exists(new Path(new Path(target.staging(), name.substring(0, name.length() - JOURNAL_SUFFIX.length() - 4)),
              STAGING_MARKER))) {
        fs.delete(entry.getPath(), false); // a journal cut short; its staging folder follows in this loop
      } else if (!Scratch.removeIfStale(fs, entry)) {
        notices.accept("left alone: " + Path.getPathWithoutSchemeAndAuthority(entry.getPath()) + " was not written "
            + "by cse-profile; keep your own files outside the output folder");
      }
    }
  }

  /** Moves every staged unit into place, old units out of the way, then forgets the run. Idempotent. */
  private void rollForward(Journal journal, int maxRenames, Consumer<String> notices) throws IOException {
    Path staging = new Path(target.staging(), journal.runId());
    Path root = new Path(target.root());
    int renames = 0;
    for (String unit : journal.units()) {
      Path staged = new Path(staging, unit);
      Path destination = new Path(root, unit);
      if (!fs.exists(staged)) {
        continue; // moved before a crash
      }
      if (fs.exists(destination)) {
        if (renames++ >= maxRenames) {
          return;
        }
        moveAway(staging, unit);
      }
      if (renames++ >= maxRenames) {
        return;
      }
      OwnerOnly.mkdirs(fs, destination.getParent());
      rename(staged, destination);
    }
    for (String unit : journal.removals()) {
      if (fs.exists(new Path(root, unit))) {
        if (renames++ >= maxRenames) {
          return;
        }
        moveAway(staging, unit);
      }
    }
    keepUnknownFiles(new Path(staging, REPLACED), "", notices);
    fs.delete(journalPath(journal.runId()), false);
    fs.delete(staging, true);
  }

  /**
   * Puts back, where they were, the files of the replaced units that cse-profile did not write (a document
   * saved in {@code published/2016-Q4/}, say), and names each in a notice.
   */
  private void keepUnknownFiles(Path replaced, String relative, Consumer<String> notices) throws IOException {
    if (!fs.exists(replaced)) {
      return;
    }
    FileStatus[] entries = fs.listStatus(replaced);
    Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus entry : entries) {
      String child = relative.isEmpty() ? entry.getPath().getName() : relative + "/" + entry.getPath().getName();
      if (entry.isDirectory()) {
        keepUnknownFiles(entry.getPath(), child, notices);
      } else if (!ProductFiles.written(child)) {
        Path back = new Path(new Path(target.root()), child);
        if (fs.exists(back)) {
          back = new Path(back.getParent(), back.getName() + ".kept-" + runId);
        }
        OwnerOnly.mkdirs(fs, back.getParent());
        rename(entry.getPath(), back);
        notices.accept("left alone: " + back + " was not written by cse-profile; keep your own files outside the "
            + "output folder");
      }
    }
  }

  private void moveAway(Path staging, String unit) throws IOException {
    Path replaced = new Path(new Path(staging, REPLACED), unit);
    if (fs.exists(replaced)) {
      fs.delete(replaced, true);
    }
    OwnerOnly.mkdirs(fs, replaced.getParent());
    rename(new Path(new Path(target.root()), unit), replaced);
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename failed: " + from + " -> " + to);
    }
  }

  /** The period's units present under {@code root}, relative to it. */
  private List<String> units(Path root, String period) throws IOException {
    List<String> units = new ArrayList<>();
    Path restricted = new Path(root, "restricted");
    if (fs.exists(restricted)) {
      FileStatus[] tables = fs.listStatus(restricted);
      Arrays.sort(tables, Comparator.comparing(s -> s.getPath().getName()));
      for (FileStatus table : tables) {
        String name = table.getPath().getName();
        if (table.isDirectory() && !OutputFiles.hidden(name)
            && fs.exists(new Path(table.getPath(), Columns.PERIOD + "=" + period))) {
          units.add("restricted/" + name + "/" + Columns.PERIOD + "=" + period);
        }
      }
    }
    for (String unit : List.of("published/" + period, "runs/" + period)) {
      if (fs.exists(new Path(root, unit))) {
        units.add(unit);
      }
    }
    return units;
  }

  private Path journalPath(String run) {
    return new Path(target.staging(), run + JOURNAL_SUFFIX);
  }

  /** The publish journal: what a committed run moves into place and what it removes. */
  record Journal(String runId, String period, List<String> units, List<String> removals) {
    Journal {
      Objects.requireNonNull(runId, "runId");
      Objects.requireNonNull(period, "period");
      units = List.copyOf(units);
      removals = List.copyOf(removals);
    }
  }
}
