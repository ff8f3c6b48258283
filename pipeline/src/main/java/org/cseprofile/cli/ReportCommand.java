package org.cseprofile.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.cseprofile.period.Period;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.run.ReportRedraw;
import org.cseprofile.table.OutputLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cse-profile report}: redraws the charts and the board report of a period from its published tables. */
@Command(name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Redraw the charts and report.pdf of a period from the published tables a run already wrote under "
            + "OUTPUT/published/PERIOD/tables/, without reading the extracts or recomputing anything. No Spark. "
            + "The ad hoc filters and repeat-missing rule the report states come from the run's "
            + "OUTPUT/runs/PERIOD/manifest.json.",
        "",
        "Example:",
        "  cse-profile report --output out --period 2016-Q4",
        "  With the analyst's narrative and comparators (no rerun):",
        "    cse-profile report --output out --period 2016-Q4 \\",
        "        --narrative sample-data/reference/narrative.md \\",
        "        --comparators sample-data/reference/comparators-synthetic.csv",
        ""})
public final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  RunOutputOption run;

  @Option(names = "--period", required = true, paramLabel = "PERIOD",
      description = "The quarter to redraw, written YYYY-Qn (for example 2016-Q4).")
  String period;

  @Mixin
  VerboseOption verbose;

  @Mixin
  AnalystOptions analyst;

  @Mixin
  ServerOption server;

  @Override
  public Integer call() {
    String output = run.folder(spec);
    java.util.OptionalInt served = server.forward(spec);
    if (served.isPresent()) {
      return served.getAsInt();
    }
    Period chosen;
    try {
      chosen = Period.parseQuarter(period);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    var err = spec.commandLine().getErr();
    ReportRedraw.Result result = ReportRedraw.redraw(new Configuration(), new OutputLayout(output), chosen,
        LocalDate.now(), analyst.files(), notice -> err.println("warning: " + notice));
    List<PublishedTable> tables = result.tables();
    var out = spec.commandLine().getOut();
    out.printf("Report of %s redrawn from %d published tables (disclosure policy: %s):%n", chosen.label(),
        tables.size(), tables.get(0).policy());
    result.files().forEach(f -> out.println("  " + f));
    out.flush();
    return ExitCodes.OK;
  }
}
