package org.cseprofile.reports.analyst;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cseprofile.reports.document.Prose;
import org.cseprofile.reports.document.Span;
import org.cseprofile.reports.published.MeasureKind;
import org.cseprofile.reports.published.PublishedCell;
import org.cseprofile.reports.published.PublishedRow;
import org.cseprofile.reports.published.PublishedTable;
import org.cseprofile.reports.report.ReportTables;

/**
 * The analyst's narrative: a small Markdown file with one {@code ## Title} per report section it comments on, whose
 * numbers are references to published figures ({@code {table.measure:key,...}}), filled only from the published
 * (disclosure-controlled) tables. See docs/narrative.md for the subset of Markdown and the reference syntax.
 */
public final class Narrative {
  /** A reference: table and measure names, then the row's dimension values in the table's dimension order. */
  static final Pattern REFERENCE = Pattern.compile("\\{([a-z][a-z0-9_]*)\\.([a-z][a-z0-9_]*):([^{}\\n]+)\\}");
  /** A whole number standing alone: not part of a word, a decimal, a thousands group or a code such as Q4. */
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])\\d+(?![\\w]|[.,]\\d)");
  private static final Pattern BULLET = Pattern.compile("^ {0,3}[-*] +(.*)$");
  private static final Pattern UNSUPPORTED = Pattern.compile("^ {0,3}(\\d+[.)] |>|```|~~~|\\||<)");
  /** The titles of sections the narrative adds, besides the report's own. */
  public static final List<String> OWN_SECTIONS = List.of("Conclusions", "Recommendations");

  /** The text of one line of the file, with its number (from 1) and the column (from 0) where the text starts. */
  record Line(int number, int start, String text) {}

  /** A paragraph, or a list whose items are each one or more lines. */
  record Part(Prose.Kind kind, List<List<Line>> items) {}

  /** A {@code ##} section: its title as written, the line of its heading, and its parts. */
  record Heading(String title, int line, List<Part> parts) {}

  private final List<Heading> sections;
  private final String sha256;

  private Narrative(List<Heading> sections, String sha256) {
    this.sections = List.copyOf(sections);
    this.sha256 = sha256;
  }

  /** The narrative of {@code text}; throws {@link NarrativeException} naming the line of the first rule broken. */
  public static Narrative parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Heading> sections = new ArrayList<>();
    Heading current = null;
    List<List<Line>> items = null;
    Prose.Kind kind = null;
    String[] lines = text.split("\\r?\\n|\\r", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i];
      for (int c = 0; c < line.length(); c++) {
        char ch = line.charAt(c);
        if (Character.isISOControl(ch) && ch != '\t') {
          throw new NarrativeException("line " + number + ", column " + (c + 1) + ": a control character");
        }
      }
      if (line.isBlank()) {
        kind = null;
        continue;
      }
      if (line.startsWith("#")) {
        kind = null;
        if (line.startsWith("## ") && !line.startsWith("###")) {
          String title = line.substring(3).strip();
          if (title.isEmpty()) {
            throw new NarrativeException("line " + number + ": a ## heading needs the title of a report section");
          }
          for (Heading h : sections) {
            if (key(h.title()).equals(key(title))) {
              throw new NarrativeException("line " + number + ": a second ## " + title + " (the first is line "
                  + h.line() + ")");
            }
          }
          current = new Heading(title, number, new ArrayList<>());
          sections.add(current);
        } else if (line.startsWith("# ") && current == null && sections.isEmpty()) {
          continue; // the file's own title
        } else {
          throw new NarrativeException("line " + number + ": only ## headings (one per report section) are in the "
              + "narrative's Markdown");
        }
        continue;
      }
      if (UNSUPPORTED.matcher(line).find()) {
        throw new NarrativeException("line " + number + ": numbered lists, quotes, code, tables and HTML are not in "
            + "the narrative's Markdown (paragraphs, - bullets, *emphasis* and **strong**)");
      }
      if (current == null) {
        throw new NarrativeException("line " + number + ": text before the first ## heading; every paragraph "
            + "belongs to a section");
      }
      Matcher bullet = BULLET.matcher(line);
      if (bullet.matches()) {
        if (kind != Prose.Kind.BULLETS) {
          items = new ArrayList<>();
          current.parts().add(new Part(Prose.Kind.BULLETS, items));
          kind = Prose.Kind.BULLETS;
        }
        List<Line> item = new ArrayList<>();
        item.add(new Line(number, bullet.start(1), bullet.group(1)));
        items.add(item);
      } else if (kind == null) {
        items = new ArrayList<>();
        items.add(new ArrayList<>(List.of(new Line(number, indent(line), line.strip()))));
        current.parts().add(new Part(Prose.Kind.PARAGRAPH, items));
        kind = Prose.Kind.PARAGRAPH;
      } else {
        items.get(items.size() - 1).add(new Line(number, indent(line), line.strip()));
      }
    }
    return new Narrative(sections, sha256(bytes));
  }

  /** The SHA-256 of the file's bytes, in lower-case hexadecimal. */
  public String sha256() {
    return sha256;
  }

  /** The section titles, as written, in the file's order. */
  public List<String> titles() {
    return sections.stream().map(Heading::title).toList();
  }

  /** The line of the heading of section {@code title}. */
  public int line(String title) {
    return sections.stream().filter(h -> key(h.title()).equals(key(title))).findFirst().orElseThrow().line();
  }

  /**
   * Where a whole number from 1 to {@code largestSuppressed} is typed rather than referred to, as "line 7, column
   * 12" notices; the number itself is never repeated (it may be a count the tables withhold).
   */
  public List<String> typedSmallNumbers(int largestSuppressed) {
    List<String> found = new ArrayList<>();
    for (Heading h : sections) {
      for (Part p : h.parts()) {
        for (List<Line> item : p.items()) {
          for (Line line : item) {
            Matcher refs = REFERENCE.matcher(line.text());
            StringBuilder blanked = new StringBuilder(line.text());
            while (refs.find()) {
              for (int c = refs.start(); c < refs.end(); c++) {
                blanked.setCharAt(c, ' ');
              }
            }
            Matcher n = NUMBER.matcher(blanked);
            while (n.find()) {
              String digits = n.group();
              if (digits.length() <= 9 && Integer.parseInt(digits) >= 1
                  && Integer.parseInt(digits) <= largestSuppressed) {
                found.add("line " + line.number() + ", column " + (line.start() + n.start() + 1)
                    + ": a number from 1 to " + largestSuppressed + " is typed in the narrative; write a reference to "
                    + "a published figure instead, so that disclosure control decides whether it is shown");
              }
            }
          }
        }
      }
    }
    return found;
  }

  /**
   * The narrative's blocks by section key ({@link #key}), its references filled from {@code tables}: a withheld
   * value as its symbol. Throws {@link NarrativeException} naming the line and reference of one that names no
   * published table, measure or row.
   */
  public Map<String, List<Prose>> resolve(Map<String, PublishedTable> tables) {
    Map<String, List<Prose>> out = new LinkedHashMap<>();
    for (Heading h : sections) {
      List<Prose> blocks = new ArrayList<>();
      for (Part p : h.parts()) {
        List<List<Span>> items = new ArrayList<>();
        for (List<Line> item : p.items()) {
          List<String> resolved = new ArrayList<>();
          for (Line line : item) {
            resolved.add(fill(line, tables));
          }
          items.add(spans(String.join(" ", resolved)));
        }
        blocks.add(new Prose(items, p.kind()));
      }
      out.put(key(h.title()), blocks);
    }
    return out;
  }

  /** A section title as compared: lower case, spaces collapsed. */
  public static String key(String title) {
    return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String fill(Line line, Map<String, PublishedTable> tables) {
    String text = line.text();
    StringBuilder out = new StringBuilder();
    Matcher m = REFERENCE.matcher(text);
    int at = 0;
    while (m.find()) {
      checkNoStrayBrace(line, text.substring(at, m.start()), at);
      out.append(text, at, m.start()).append(value(line, m, tables));
      at = m.end();
    }
    checkNoStrayBrace(line, text.substring(at), at);
    return out.append(text.substring(at)).toString();
  }

  private static void checkNoStrayBrace(Line line, String between, int offset) {
    for (int c = 0; c < between.length(); c++) {
      if (between.charAt(c) == '{' || between.charAt(c) == '}') {
        throw new NarrativeException("line " + line.number() + ", column " + (line.start() + offset + c + 1) + ": a brace that is "
            + "not part of a reference {table.measure:key,...} (braces are kept for references)");
      }
    }
  }

  private static String value(Line line, Matcher m, Map<String, PublishedTable> tables) {
    String where = "line " + line.number() + ": reference " + m.group();
    PublishedTable table = tables.get(m.group(1));
    if (table == null) {
      throw new NarrativeException(where + " names no published table of this report");
    }
    int measure = table.measures().indexOf(m.group(2));
    if (measure < 0) {
      throw new NarrativeException(where + ": table " + table.name() + " has no measure " + m.group(2)
          + " (its measures: " + String.join(", ", table.measures()) + ")");
    }
    List<String> key = java.util.Arrays.stream(m.group(3).split(",", -1)).map(String::strip).toList();
    if (key.size() != table.dimensions().size()) {
      throw new NarrativeException(where + ": table " + table.name() + " needs " + table.dimensions().size()
          + " key values after the colon, in the order " + String.join(", ", table.dimensions()));
    }
    PublishedRow row = table.rows().stream().filter(r -> r.dimensions().equals(key)).findFirst().orElseThrow(
        () -> new NarrativeException(where + ": table " + table.name() + " has no such row (its key is "
            + String.join(", ", table.dimensions()) + ")"));
    PublishedCell cell = row.cells().get(measure);
    MeasureKind kind = table.kinds().get(measure);
    String printed = ReportTables.format(cell, kind);
    return cell.isShown() && kind == MeasureKind.PERCENT ? printed + "%" : printed;
  }

  /** Text with {@code **strong**} and {@code *emphasis*} as spans; an unmatched star stays as it is. */
  static List<Span> spans(String text) {
    List<Span> out = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      boolean strong = text.startsWith("**", i);
      if (text.charAt(i) == '*') {
        String marker = strong ? "**" : "*";
        int close = closing(text, i + marker.length(), marker);
        if (close > i + marker.length()) {
          if (!plain.isEmpty()) {
            out.add(new Span(plain.toString(), Span.Style.PLAIN));
            plain.setLength(0);
          }
          out.add(new Span(text.substring(i + marker.length(), close), strong ? Span.Style.STRONG
              : Span.Style.EMPHASIS));
          i = close + marker.length();
          continue;
        }
      }
      plain.append(text.charAt(i));
      i++;
    }
    if (!plain.isEmpty()) {
      out.add(new Span(plain.toString(), Span.Style.PLAIN));
    }
    return out;
  }

  /** Where {@code marker} closes from {@code from}: a single star must not be half of a double one; -1 when none. */
  private static int closing(String text, int from, String marker) {
    for (int j = from; j < text.length(); j++) {
      if (marker.equals("**") && text.startsWith("**", j)) {
        return j;
      }
      if (marker.equals("*") && text.charAt(j) == '*') {
        if (text.startsWith("**", j)) {
          j++;
          continue;
        }
        return j;
      }
    }
    return -1;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
