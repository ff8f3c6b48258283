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
import org.cseprofile.reports.document.Table;
import org.jfree.chart.JFreeChart;

/**
 * Collects the blocks of one section in reading order. A table that shows nothing becomes a sentence
 * saying why; a subheading is kept on the page of what follows it.
 */
public final class SectionWriter {
  private final String id;
  private final String title;
  private final List<Block> blocks = new ArrayList<>();
  private String pendingHeading;

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

  /** A subheading, kept on the same page as the block after it. */
  public SectionWriter subheading(String text) {
    flushHeading();
    pendingHeading = text;
    return this;
  }

  /** A table, or when every value in it is withheld, a sentence saying so. */
  public SectionWriter table(Table table) {
    if (table.rows().isEmpty()) {
      return text(table.caption() + ": there is nothing to show this quarter.");
    }
    if (table.showsNothing()) {
      return text(table.caption() + ": every value is withheld (c) this quarter, because the counts behind it are "
          + "small or would let a reader work out a small count. The published table " + table.source()
          + " lists it with the same symbols.");
    }
    return add(table);
  }

  /** A chart with its text alternative and its numbers as a table placed with it; nothing when {@code chart} is null. */
  public SectionWriter figure(String name, JFreeChart chart, String description, Table numbers) {
    if (chart == null) {
      return this;
    }
    String figureId = id + "-" + name;
    return add(new Figure(figureId, chart.getTitle().getText(), ChartSvg.of(chart, figureId), description, numbers,
        null, null));
  }

  /** A chart whose numbers are in {@code numbers}, a table elsewhere in the report; nothing when {@code chart} is null. */
  public SectionWriter figure(String name, JFreeChart chart, String description, String numbersId, String numbersCaption) {
    if (chart == null) {
      return this;
    }
    String figureId = id + "-" + name;
    return add(new Figure(figureId, chart.getTitle().getText(), ChartSvg.of(chart, figureId), description, null,
        numbersId, numbersCaption));
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
    if (pendingHeading != null) {
      blocks.add(new KeepTogether(List.of(new Subheading(pendingHeading), block)));
      pendingHeading = null;
    } else {
      blocks.add(block);
    }
    return this;
  }

  private void flushHeading() {
    if (pendingHeading != null) {
      blocks.add(new Subheading(pendingHeading));
      pendingHeading = null;
    }
  }
}
