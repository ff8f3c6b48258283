package org.cseprofile.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cseprofile.reports.document.Block;
import org.cseprofile.reports.document.Bullets;
import org.cseprofile.reports.document.ChartSvg;
import org.cseprofile.reports.document.Figure;
import org.cseprofile.reports.document.KeepTogether;
import org.cseprofile.reports.document.Paragraph;
import org.cseprofile.reports.document.Section;
import org.cseprofile.reports.document.Subheading;
import org.cseprofile.reports.document.Symbols;
import org.cseprofile.reports.document.Table;
import org.cseprofile.reports.published.Status;
import org.jfree.chart.JFreeChart;

/**
 * Collects the blocks of one section in reading order. A table that shows nothing becomes a sentence
 * saying why; a subheading and its introduction are kept on the page of the table or chart they introduce.
 */
public final class SectionWriter {
  private final String id;
  private final String title;
  private final List<Block> blocks = new ArrayList<>();
  /** A subheading and the paragraphs after it, waiting for the table or chart they introduce. */
  private List<Block> pending;

  /** A section titled {@code title}, its id made from the title. */
  public SectionWriter(String title) {
    this.title = title;
    this.id = idOf(title);
  }

  /** A paragraph. */
  public SectionWriter text(String text) {
    return add(new Paragraph(text));
  }

  /** A list of sentences. */
  public SectionWriter bullets(List<String> items) {
    return add(new Bullets(items));
  }

  /**
   * A subheading, kept on the same page as the blocks after it up to and including the first table or chart: its
   * introduction and the start of what it introduces.
   */
  public SectionWriter subheading(String text) {
    flushHeading();
    pending = new ArrayList<>(List.of(new Subheading(text)));
    return this;
  }

  /** A table, or when every value in it is withheld or not available, a sentence saying so. */
  public SectionWriter table(Table table) {
    if (table.rows().isEmpty()) {
      return text(table.caption() + ": there is nothing to show this quarter.");
    }
    if (table.showsNothing() && symbols(table).equals(java.util.Set.of(Status.NOT_AVAILABLE.symbol()))) {
      return text(table.caption() + ": not available (x), because the data it needs were not supplied to this run. "
          + "The published table " + table.source() + " lists it with the same symbol.");
    }
    if (table.showsNothing() && symbols(table).contains(Status.NOT_AVAILABLE.symbol())) {
      return text(table.caption() + ": no value can be shown this quarter. Each is withheld (c), because the counts "
          + "behind it are small or would let a reader work out a small count, or not available (x), because the data "
          + "it needs were not supplied to this run. The published table " + table.source()
          + " lists it with the same symbols.");
    }
    if (table.showsNothing()) {
      return text(table.caption() + ": every value is withheld (c) this quarter, because the counts behind it are "
          + "small or would let a reader work out a small count. The published table " + table.source()
          + " lists it with the same symbols.");
    }
    return add(table);
  }

  /**
   * A chart with its text alternative and its numbers as a table placed with it; when the chart has nothing to
   * draw (null, or no value above 0 shown in {@code numbers}), one sentence saying why instead of chart and table.
   */
  public SectionWriter figure(String name, JFreeChart chart, String description, Table numbers) {
    Optional<String> empty = nothingToDraw(numbers);
    if (chart == null || empty.isPresent()) {
      return noChart(numbers.caption(), empty.orElse("there is nothing to draw this quarter"));
    }
    String figureId = id + "-" + name;
    return add(new Figure(figureId, chart.getTitle().getText(), ChartSvg.of(chart, figureId), description, numbers,
        null, null));
  }

  /**
   * A chart whose numbers are in {@code numbersId}, a table elsewhere in the report, or (with {@code numbersId} null)
   * whose words give every value it shows; nothing when {@code chart} is null (the caller says why with
   * {@link #noChart}).
   */
  public SectionWriter figure(String name, JFreeChart chart, String description, String numbersId, String numbersCaption) {
    if (chart == null) {
      return this;
    }
    String figureId = id + "-" + name;
    return add(new Figure(figureId, chart.getTitle().getText(), ChartSvg.of(chart, figureId), description, null,
        numbersId, numbersCaption));
  }

  /** In place of a chart with nothing to draw: "{@code what}: no chart, because {@code why}." */
  public SectionWriter noChart(String what, String why) {
    return text(what + ": no chart, because " + why + ".");
  }

  /**
   * Why a chart of {@code numbers} would draw nothing, or empty when one of its values is shown and above 0:
   * no rows, or every value 0, withheld (c) or not available (x).
   */
  public static Optional<String> nothingToDraw(Table numbers) {
    if (numbers.rows().isEmpty()) {
      return Optional.of("there is nothing to draw this quarter");
    }
    java.util.Set<String> symbols = symbols(numbers);
    for (List<String> row : numbers.rows()) {
      for (String value : row.subList(numbers.textColumns(), row.size())) {
        if (!value.isEmpty() && !Symbols.isSymbol(value) && positive(value)) {
          return Optional.empty();
        }
      }
    }
    if (symbols.equals(java.util.Set.of(Status.NOT_AVAILABLE.symbol()))) {
      return Optional.of("the data it is drawn from were not supplied to this run (its values are x, not available)");
    }
    if (symbols.equals(java.util.Set.of(Status.SUPPRESSED.symbol()))) {
      return Optional.of("every value is withheld (c): the counts are small, or would let a reader work out a small "
          + "count");
    }
    if (symbols.isEmpty()) {
      return Optional.of("every value is 0 this quarter");
    }
    return Optional.of("no value above 0 can be shown: each is 0, withheld (c) or not available (x)");
  }

  /** Whether a printed value is a number above 0 (or text that is not a number, which is shown too). */
  private static boolean positive(String value) {
    try {
      return Double.parseDouble(value.replace(",", "").replace("%", "")) > 0;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** The status symbols among the values of {@code table}. */
  private static java.util.Set<String> symbols(Table table) {
    java.util.Set<String> found = new java.util.TreeSet<>();
    for (List<String> row : table.rows()) {
      row.subList(table.textColumns(), row.size()).stream().filter(Symbols::isSymbol).forEach(found::add);
    }
    return found;
  }

  /** The section; empty when nothing was written. */
  public Optional<Section> section() {
    flushHeading();
    return blocks.isEmpty() ? Optional.empty() : Optional.of(new Section(id, title, blocks));
  }

  /** This section's id, for the ids of its tables. */
  public String id() {
    return id;
  }

  /** An id made of the lower-case words of {@code text}, joined by hyphens. */
  public static String idOf(String text) {
    String words = text.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return Character.isLetter(words.isEmpty() ? '0' : words.charAt(0)) ? words : "s-" + words;
  }

  private SectionWriter add(Block block) {
    if (pending == null) {
      blocks.add(block);
      return this;
    }
    pending.add(block);
    if (block instanceof Table || block instanceof Figure) {
      blocks.add(new KeepTogether(pending));
      pending = null;
    }
    return this;
  }

  /** A subheading with no table or chart after it: kept with its paragraphs, if any. */
  private void flushHeading() {
    if (pending != null) {
      blocks.add(pending.size() == 1 ? pending.get(0) : new KeepTogether(pending));
      pending = null;
    }
  }
}
