package org.cseprofile.geography;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/**
 * The reference geography of a run, read on the driver before Spark work starts: the areas of the
 * boundary files (empty without any) and the population of children (absent without a file).
 *
 * @param synthetic whether every boundary file says it is synthetic (the sample's)
 */
public record ReferenceGeography(Gazetteer gazetteer, Optional<Population> population, List<String> boundaryFiles,
    boolean synthetic) implements Serializable {
  /** No boundaries, no population. */
  public static final ReferenceGeography NONE = new ReferenceGeography(new Gazetteer(List.of()), Optional.empty(),
      List.of(), false);

  public ReferenceGeography {
    java.util.Objects.requireNonNull(gazetteer, "gazetteer");
    java.util.Objects.requireNonNull(population, "population");
    boundaryFiles = List.copyOf(boundaryFiles);
  }

  /** Reads every file the settings name; throws {@link GeographyException} naming a file that cannot be used. */
  public static ReferenceGeography read(GeographySettings settings, Configuration hadoop) {
    List<BoundaryFile> files = new ArrayList<>();
    for (String path : settings.boundaries()) {
      files.add(BoundaryFile.read(path, settings.fields(), hadoop));
    }
    Optional<Population> population = settings.population().map(p -> Population.read(p, hadoop));
    return new ReferenceGeography(new Gazetteer(files), population, files.stream().map(BoundaryFile::file).toList(),
        !files.isEmpty() && files.stream().allMatch(BoundaryFile::synthetic));
  }

  /** Whether boundaries were given. */
  public boolean hasBoundaries() {
    return !gazetteer.isEmpty();
  }
}
