package org.cseprofile.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.network.ExportFile;
import org.cseprofile.network.Investigation;
import org.cseprofile.network.Network;
import org.cseprofile.run.SparkSessions;
import org.cseprofile.table.OutputLayout;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cse-profile network}: prints the group of one child or suspect from a run's restricted network tables. */
@Command(name = "network",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Print the group of one child or suspect: everyone linked to them through incidents in the 12 months "
            + "ending with the period, the places of the group, and every link, from the restricted network "
            + "tables a run wrote (network_members, network_links).",
        "",
        "RESTRICTED: for the analyst's support of an investigation. Prints pseudonymous ids and 250 m cells "
            + "only; never publish it. With --export graphml|i2 --to FILE, also writes the group for a link-chart "
            + "tool: GraphML, or the CSV an i2 Analyst's Notebook import specification reads (columns: "
            + "docs/metrics.md, \"Exports for a link-chart tool\"). The file is owner-only.",
        "",
        "Examples:",
        "  cse-profile network --output out --child C0001 --graphml group.graphml",
        "  cse-profile network --output out --suspect S0001 --export i2 --to group-i2.csv",
        ""})
public final class NetworkCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  RunOutputOption run;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Person person;

  /** Whose group: a child or a suspect. */
  static final class Person {
    @Option(names = "--child", paramLabel = "ID", description = "The pseudonymous child id (victim_id, child_id).")
    String child;

    @Option(names = "--suspect", paramLabel = "ID", description = "The pseudonymous suspect id.")
    String suspect;
  }

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "The run's period (for example 2016-Q4); default: the latest period in the output folder.")
  String period;

  @Option(names = "--export", paramLabel = "FORMAT",
      description = "Also write the group to the file --to names, as graphml (GraphML: people, incidents and places "
          + "as nodes) or i2 (the CSV an i2 Analyst's Notebook import specification reads: one row per link).")
  Format export;

  @Option(names = "--to", paramLabel = "FILE", description = "The file --export writes (replaced if it exists; "
      + "owner-only; never inside the output folder's published/).")
  Path to;

  @Option(names = "--graphml", paramLabel = "FILE", description = "The same as --export graphml --to FILE.")
  Path graphml;

  /** The formats {@code --export} writes. */
  enum Format {
    graphml,
    i2
  }

  @Mixin
  SparkOptions sparkOptions;

  @Override
  public Integer call() {
    String output = run.folder(spec);
    if (graphml != null) {
      if (export != null || to != null) {
        throw new ParameterException(spec.commandLine(), "give --graphml FILE or --export FORMAT --to FILE, not both");
      }
      export = Format.graphml;
      to = graphml;
    }
    if ((export == null) != (to == null)) {
      throw new ParameterException(spec.commandLine(), "--export and --to go together: --export graphml|i2 --to FILE");
    }
    if (to != null && ExportFile.isPublished(to, output)) {
      throw new ParameterException(spec.commandLine(), "--to names a file under the output folder's published/: a "
          + "group of the network is restricted and never goes there");
    }
    String type = person.child != null ? Network.CHILD : Network.SUSPECT;
    String id = person.child != null ? person.child : person.suspect;
    SparkSession spark = SparkSessions.getOrCreate(sparkOptions.settings());
    Optional<Investigation> found = Investigation.find(spark, new OutputLayout(output), type, id, period);
    if (found.isEmpty()) {
      // The id is not repeated: messages never carry an identifier.
      throw new ParameterException(spec.commandLine(), "no group of the network holds the " + type + " given"
          + (period == null ? "" : " in " + period));
    }
    Investigation group = found.get();
    var out = spec.commandLine().getOut();
    out.printf("Group %d of %s: %d children, %d suspects, %d places, %d links%n", group.groupId(), group.period(),
        group.members(Network.CHILD).size(), group.members(Network.SUSPECT).size(),
        group.members(Network.PLACE).size(), group.links().size());
    for (String kind : new String[] {Network.CHILD, Network.SUSPECT, Network.PLACE}) {
      for (Investigation.Member m : group.members(kind)) {
        out.printf("  %-8s %-24s %d link%s%n", m.type(), m.id(), m.links(), m.links() == 1 ? "" : "s");
      }
    }
    for (Investigation.Link l : group.links()) {
      out.printf("  %s %s %s %s %s %s%n", l.eventDate(), l.linkType(), l.eventId() == null ? "-" : l.eventId(),
          l.memberType() + ":" + l.memberId(), l.place() == null ? "(no place)" : l.place(),
          l.laCode() == null ? "" : l.laCode());
    }
    out.flush();
    if (to != null) {
      try {
        ExportFile.write(to, export == Format.graphml ? group.graphMl() : group.i2Csv());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + to, e);
      }
      out.println((export == Format.graphml ? "GraphML: " : "i2 CSV: ") + to);
      out.flush();
    }
    spec.commandLine().getErr().println("RESTRICTED: pseudonymous ids for the analyst's investigation support; "
        + "not for publication.");
    spec.commandLine().getErr().flush();
    return ExitCodes.OK;
  }
}
