package org.cseprofile.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The extract files found in an input folder: {@code <extract>.csv} (or an Excel workbook {@code <extract>.xlsx})
 * or a folder {@code <extract>/} of such files, for each extract of the contract, and the mapping files in {@code mappings/<extract>.yaml}.
 * Works on any Hadoop file system (local, HDFS, object stores) so the same job runs on a cluster's shared storage.
 */
public record InputCatalog(String root, Map<String, List<InputFile>> files, List<String> ignored,
    Map<String, MappingFile> mappings) {
  /** A folder of reference files (boundaries, population) beside the extracts, not itself an extract. */
  public static final String REFERENCE = "reference";


  public InputCatalog {
    files = Map.copyOf(files);
    ignored = List.copyOf(ignored);
    mappings = Map.copyOf(mappings);
  }

  /** A catalog without mapping files. */
  public InputCatalog(String root, Map<String, List<InputFile>> files, List<String> ignored) {
    this(root, files, ignored, Map.of());
  }

  /** This catalog with {@code mapping} used for its extract, in place of any found in {@code mappings/}. */
  public InputCatalog withMapping(MappingFile mapping) {
    Map<String, MappingFile> all = new LinkedHashMap<>(mappings);
    all.put(mapping.extract(), mapping);
    return new InputCatalog(root, files, ignored, all);
  }

  /**
   * This catalog with each of {@code mappingFiles} (locations, named as given in messages and the manifest) read,
   * checked and used for its extract: how {@code validate} and {@code run} both apply {@code --mapping}.
   */
  public InputCatalog withMappingFiles(List<String> mappingFiles, Configuration hadoop) {
    InputCatalog catalog = this;
    for (String file : mappingFiles) {
      catalog = catalog.withMapping(readMapping(file, file, hadoop));
    }
    return catalog;
  }

  /** Reads and checks the mapping file at {@code location}, named {@code displayName} in messages. */
  public static MappingFile readMapping(String location, String displayName, Configuration hadoop) {
    Path path = new Path(location);
    try (java.io.InputStream in = path.getFileSystem(hadoop).open(path)) {
      return MappingFile.parse(displayName, in.readAllBytes());
    } catch (java.io.FileNotFoundException e) {
      throw new InputException("mapping file " + displayName + " does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read mapping file " + displayName, e);
    }
  }

  /** Lists {@code inputDir}; fails with a clear message when it does not exist. */
  public static InputCatalog scan(String inputDir, Configuration hadoop) {
    try {
      Path root = new Path(inputDir);
      FileSystem fs = root.getFileSystem(hadoop);
      if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
        throw new InputException("input folder " + inputDir + " does not exist or is not a folder");
      }
      root = fs.makeQualified(root);
      Map<String, List<InputFile>> found = new LinkedHashMap<>();
      List<String> ignored = new ArrayList<>();
      Map<String, MappingFile> mappings = new LinkedHashMap<>();
      FileStatus[] entries = fs.listStatus(root);
      Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
      for (FileStatus entry : entries) {
        String name = entry.getPath().getName();
        if (name.startsWith(".") || name.startsWith("_") || (entry.isDirectory() && name.equals(REFERENCE))) {
          continue; // reference/: boundaries and population (--boundaries, --population), not extracts
        }
        if (entry.isDirectory() && name.equals(MappingFile.FOLDER)) {
          mappings(fs, entry.getPath(), hadoop, mappings, ignored);
          continue;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean workbook = !entry.isDirectory() && InputFile.isWorkbookName(lower);
        String base = entry.isDirectory() ? lower : lower.endsWith(".csv") || lower.endsWith(".xml")
            ? lower.substring(0, lower.length() - 4) : workbook ? lower.substring(0, lower.lastIndexOf('.')) : null;
        if (base == null) {
          continue; // documentation, ground truth and other non-CSV files are not extracts
        }
        if (!entry.isDirectory() && Extracts.named(base).isEmpty()) {
          // E10000011_missing.csv, missing-E10000011.csv: an authority's file of an extract, beside the others.
          base = FileAuthority.extractBesideCode(base).orElse(base);
        }
        if (workbook && Extracts.named(base).isEmpty()) {
          continue; // a workbook not named after an extract is not one, like other non-CSV files
        }
        if (lower.endsWith(".xml") && !base.equals(MissingExtract.NAME)) {
          continue; // only the SSDA903 return comes as XML
        }
        if (Extracts.named(base).isEmpty()) {
          ignored.add(name + (entry.isDirectory() ? "/" : ""));
          continue;
        }
        List<InputFile> list = found.computeIfAbsent(base, k -> new ArrayList<>());
        if (entry.isDirectory()) {
          FileStatus[] inner = fs.listStatus(entry.getPath());
          Arrays.sort(inner, Comparator.comparing(s -> s.getPath().getName()));
          for (FileStatus file : inner) {
            String innerName = file.getPath().getName();
            String innerLower = innerName.toLowerCase(Locale.ROOT);
            if (file.isFile() && (innerLower.endsWith(".csv") || InputFile.isWorkbookName(innerLower)
                || innerLower.endsWith(".xml") && base.equals(MissingExtract.NAME))) {
              list.add(new InputFile(base, file.getPath().toString(), name + "/" + innerName, file.getLen()));
            } else if (!innerName.startsWith(".") && !innerName.startsWith("_")) {
              ignored.add(name + "/" + innerName);
            }
          }
        } else {
          list.add(new InputFile(base, entry.getPath().toString(), name, entry.getLen()));
        }
      }
      return new InputCatalog(root.toString(), found, ignored, mappings);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input folder " + inputDir, e);
    }
  }

  /** The mapping files of {@code mappings/}: {@code <extract>.yaml} (or {@code .yml}) for an extract of the contract. */
  private static void mappings(FileSystem fs, Path folder, Configuration hadoop, Map<String, MappingFile> mappings,
      List<String> ignored) throws IOException {
    FileStatus[] inner = fs.listStatus(folder);
    Arrays.sort(inner, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus file : inner) {
      String name = file.getPath().getName();
      String lower = name.toLowerCase(Locale.ROOT);
      String base = lower.endsWith(".yaml") ? lower.substring(0, lower.length() - 5)
          : lower.endsWith(".yml") ? lower.substring(0, lower.length() - 4) : null;
      if (name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      if (!file.isFile() || base == null || Extracts.named(base).isEmpty()) {
        ignored.add(MappingFile.FOLDER + "/" + name);
        continue;
      }
      String shown = MappingFile.FOLDER + "/" + name;
      MappingFile mapping = readMapping(file.getPath().toString(), shown, hadoop);
      if (!mapping.extract().equals(base)) {
        throw new InputException("mapping file " + shown + " says extract: " + mapping.extract()
            + "; a file in " + MappingFile.FOLDER + "/ is named after its extract (" + mapping.extract() + ".yaml)");
      }
      if (mappings.putIfAbsent(base, mapping) != null) {
        throw new InputException("two mapping files for the " + base + " extract in " + MappingFile.FOLDER
            + "/: keep one");
      }
    }
  }

  /** The files of one extract, possibly none. */
  public List<InputFile> filesOf(String extract) {
    return files.getOrDefault(extract, List.of());
  }
}
