package org.cseprofile.network;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.table.Columns;
import org.cseprofile.table.OutputLayout;
import org.cseprofile.table.RestrictedTables;
import org.cseprofile.table.TableNames;

/**
 * One person's group, read from a run's restricted network tables for the analyst's support of an investigation
 * (pseudonymous ids and 250 m cells only, never published): its members and every link, and the group as GraphML
 * or as the CSV an i2 Analyst's Notebook import reads, for the analyst's own link-chart tool.
 */
public record Investigation(String period, int groupId, List<Member> members, List<Link> links) {

  /** A member of the group: {@code child}, {@code suspect} or {@code place}, its id, and the links to the group. */
  public record Member(String type, String id, long links) {
    public Member {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(id, "id");
    }
  }

  /** One link: a person to an incident (at a place, or none), or a child found at a place. */
  public record Link(String linkType, String eventId, LocalDate eventDate, String laCode, String memberType,
      String memberId, String place) {
    public Link {
      Objects.requireNonNull(linkType, "linkType");
      Objects.requireNonNull(memberType, "memberType");
      Objects.requireNonNull(memberId, "memberId");
    }
  }

  public Investigation {
    Objects.requireNonNull(period, "period");
    members = List.copyOf(members);
    links = List.copyOf(links);
  }

  /**
   * The group of the {@code memberType} ({@code child} or {@code suspect}) with id {@code memberId} in the network
   * of {@code period} (null: the latest period written) under the output folder {@code layout}; empty when no group
   * holds that person.
   */
  public static Optional<Investigation> find(SparkSession spark, OutputLayout layout, String memberType,
      String memberId, String period) {
    Dataset<Row> members = RestrictedTables.read(spark, layout.restrictedTable(TableNames.NETWORK_MEMBERS));
    String label = period != null ? period : latest(members);
    if (label == null) {
      return Optional.empty();
    }
    Dataset<Row> ofPeriod = members.filter(col(Columns.PERIOD).equalTo(label));
    List<Integer> groups = ofPeriod.filter(col(Columns.MEMBER_TYPE).equalTo(memberType)
            .and(col(Columns.MEMBER_ID).equalTo(memberId)))
        .select(col(Columns.GROUP_ID)).as(Encoders.INT()).collectAsList();
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    int group = groups.get(0);
    List<Member> inGroup = ofPeriod.filter(col(Columns.GROUP_ID).equalTo(group))
        .orderBy(Columns.MEMBER_TYPE, Columns.MEMBER_ID).collectAsList().stream()
        .map(r -> new Member(r.getAs(Columns.MEMBER_TYPE), r.getAs(Columns.MEMBER_ID), r.<Long>getAs(Columns.LINKS)))
        .toList();
    List<Link> links = RestrictedTables.read(spark, layout.restrictedTable(TableNames.NETWORK_LINKS))
        .filter(col(Columns.PERIOD).equalTo(label).and(col(Columns.GROUP_ID).equalTo(group)))
        .orderBy(Columns.EVENT_DATE, Columns.EVENT_ID, Columns.MEMBER_TYPE, Columns.MEMBER_ID).collectAsList().stream()
        .map(r -> new Link(r.getAs(Columns.LINK_TYPE), r.getAs(Columns.EVENT_ID),
            date(r.getAs(Columns.EVENT_DATE)),
            r.getAs(Columns.LA_CODE), r.getAs(Columns.MEMBER_TYPE), r.getAs(Columns.MEMBER_ID), r.getAs(Columns.PLACE)))
        .toList();
    return Optional.of(new Investigation(label, group, inGroup, links));
  }

  /** A date as Spark returns it (java.time with the Java 8 API on, java.sql otherwise). */
  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private static String latest(Dataset<Row> members) {
    List<String> periods = new ArrayList<>(members.select(col(Columns.PERIOD)).distinct().as(Encoders.STRING())
        .collectAsList());
    periods.sort(null);
    return periods.isEmpty() ? null : periods.get(periods.size() - 1);
  }

  /** The members of one type, in id order. */
  public List<Member> members(String type) {
    return members.stream().filter(m -> m.type().equals(type)).toList();
  }

  /**
   * The group as GraphML: a node per child, suspect, incident and place (attributes {@code type} and
   * {@code label}), an edge from each person to each of their incidents, from each located incident to its place,
   * and from a child to each place they were found (attributes {@code link_type}, {@code date}, {@code la_code}).
   */
  public String graphMl() {
    Map<String, String[]> nodes = new LinkedHashMap<>();
    for (Member m : members) {
      nodes.put(m.type() + ":" + m.id(), new String[] {m.type(), m.id()});
    }
    Set<List<String>> edges = new LinkedHashSet<>();
    for (Link l : links) {
      String person = l.memberType() + ":" + l.memberId();
      String date = l.eventDate() == null ? "" : l.eventDate().toString();
      String la = l.laCode() == null ? "" : l.laCode();
      if (l.linkType().equals(Network.INCIDENT)) {
        String incident = Network.INCIDENT + ":" + l.eventId();
        nodes.putIfAbsent(incident, new String[] {Network.INCIDENT, l.eventId()});
        edges.add(List.of(person, incident, l.linkType(), date, la));
        if (l.place() != null) {
          edges.add(List.of(incident, Network.PLACE + ":" + l.place(), Network.INCIDENT, date, la));
        }
      } else if (l.place() != null) {
        edges.add(List.of(person, Network.PLACE + ":" + l.place(), l.linkType(), date, la));
      }
    }
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
        .append("  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n")
        .append("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n")
        .append("  <key id=\"link_type\" for=\"edge\" attr.name=\"link_type\" attr.type=\"string\"/>\n")
        .append("  <key id=\"date\" for=\"edge\" attr.name=\"date\" attr.type=\"string\"/>\n")
        .append("  <key id=\"la_code\" for=\"edge\" attr.name=\"la_code\" attr.type=\"string\"/>\n")
        .append("  <graph id=\"").append(escape(period + "-group-" + groupId)).append("\" edgedefault=\"undirected\">\n");
    nodes.forEach((id, v) -> xml.append("    <node id=\"").append(escape(id)).append("\"><data key=\"type\">")
        .append(escape(v[0])).append("</data><data key=\"label\">").append(escape(v[1])).append("</data></node>\n"));
    for (List<String> e : edges) {
      xml.append("    <edge source=\"").append(escape(e.get(0))).append("\" target=\"").append(escape(e.get(1)))
          .append("\"><data key=\"link_type\">").append(escape(e.get(2))).append("</data><data key=\"date\">")
          .append(escape(e.get(3))).append("</data><data key=\"la_code\">").append(escape(e.get(4)))
          .append("</data></edge>\n");
    }
    return xml.append("  </graph>\n</graphml>\n").toString();
  }

  /** The columns of {@link #i2Csv}, in order. */
  public static final List<String> I2_COLUMNS = List.of("end1_type", "end1_identity", "end1_label", "end2_type",
      "end2_identity", "end2_label", "link_type", "first_date", "last_date", "count", "authorities", "incidents");

  /** In {@link #i2Csv}: a child and a suspect of the same incidents. */
  public static final String VICTIM_SUSPECT = "victim_suspect";
  /** In {@link #i2Csv}: two suspects of the same incidents. */
  public static final String CO_OFFENDERS = "co_offenders";
  /** In {@link #i2Csv}: a person and the place of their incidents. */
  public static final String AT_PLACE = "at_place";
  /** In {@link #i2Csv}: a child and the place they were found after missing episodes. */
  public static final String FOUND_AT = "found_at";
  /** In {@link #i2Csv}: a person linked to no other person and no place (end 2 empty). */
  public static final String ALONE = "alone";
  private static final List<String> I2_LINK_ORDER = List.of(VICTIM_SUSPECT, CO_OFFENDERS, AT_PLACE, FOUND_AT, ALONE);

  /**
   * The group as the CSV an i2 Analyst's Notebook import specification reads (a header row, then one row per
   * link): end 1 and end 2 each as a type ({@code child}, {@code suspect}, {@code place}), an identity unique in
   * the chart ({@code type:id}) and a label (the id); the link's type ({@link #VICTIM_SUSPECT},
   * {@link #CO_OFFENDERS}, {@link #AT_PLACE}, {@link #FOUND_AT}, or {@link #ALONE} for a person with no other link,
   * end 2 empty), its first and last date, the number of incidents (or, for {@code found_at}, missing episodes) it
   * stands for, the authorities recording them and the incident ids ({@code ;}-separated). Rows in link type order,
   * then by end 1 and end 2 identity. Column meaning: docs/metrics.md, "Exports for a link-chart tool".
   */
  public String i2Csv() {
    Map<String, List<Link>> byIncident = new LinkedHashMap<>();
    Map<List<String>, I2Link> rows = new java.util.TreeMap<>(java.util.Comparator
        .<List<String>>comparingInt(k -> I2_LINK_ORDER.indexOf(k.get(0)))
        .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
    Set<String> linked = new LinkedHashSet<>();
    for (Link l : links) {
      String person = l.memberType() + ":" + l.memberId();
      if (l.linkType().equals(Network.INCIDENT)) {
        byIncident.computeIfAbsent(l.eventId(), e -> new ArrayList<>()).add(l);
        if (l.place() != null) {
          add(rows, AT_PLACE, person, Network.PLACE + ":" + l.place(), l);
          linked.add(person);
        }
      } else if (l.place() != null) {
        add(rows, FOUND_AT, person, Network.PLACE + ":" + l.place(), l);
        linked.add(person);
      }
    }
    for (List<Link> incident : byIncident.values()) {
      for (Link a : incident) {
        for (Link b : incident) {
          String first = a.memberType() + ":" + a.memberId();
          String second = b.memberType() + ":" + b.memberId();
          if (a.memberType().equals(Network.CHILD) && b.memberType().equals(Network.SUSPECT)) {
            add(rows, VICTIM_SUSPECT, first, second, a);
          } else if (a.memberType().equals(Network.SUSPECT) && b.memberType().equals(Network.SUSPECT)
              && first.compareTo(second) < 0) {
            add(rows, CO_OFFENDERS, first, second, a);
          } else {
            continue;
          }
          linked.add(first);
          linked.add(second);
        }
      }
    }
    for (Member m : members) {
      String person = m.type() + ":" + m.id();
      if (!m.type().equals(Network.PLACE) && !linked.contains(person)) {
        List<Link> own = links.stream().filter(l -> (l.memberType() + ":" + l.memberId()).equals(person)).toList();
        own.forEach(l -> add(rows, ALONE, person, "", l));
      }
    }
    StringBuilder csv = new StringBuilder(String.join(",", I2_COLUMNS)).append('\n');
    rows.forEach((key, link) -> csv.append(String.join(",", List.of(typeOf(key.get(1)), csvField(key.get(1)),
        csvField(idOf(key.get(1))), typeOf(key.get(2)), csvField(key.get(2)), csvField(idOf(key.get(2))), key.get(0),
        link.first == null ? "" : link.first.toString(), link.last == null ? "" : link.last.toString(),
        Long.toString(link.count()), csvField(String.join(";", link.authorities)),
        csvField(String.join(";", link.incidents))))).append('\n'));
    return csv.toString();
  }

  /** One row of {@link #i2Csv} being gathered: its dates, authorities, and the events it stands for. */
  private static final class I2Link {
    LocalDate first;
    LocalDate last;
    final Set<String> events = new LinkedHashSet<>();
    final Set<String> authorities = new java.util.TreeSet<>();
    final Set<String> incidents = new java.util.TreeSet<>();

    long count() {
      return events.size();
    }
  }

  private static void add(Map<List<String>, I2Link> rows, String type, String end1, String end2, Link event) {
    I2Link row = rows.computeIfAbsent(List.of(type, end1, end2), k -> new I2Link());
    LocalDate date = event.eventDate();
    if (date != null) {
      row.first = row.first == null || date.isBefore(row.first) ? date : row.first;
      row.last = row.last == null || date.isAfter(row.last) ? date : row.last;
    }
    // A found link has no event id: each episode is one event (its date and authority tell them apart).
    row.events.add(event.eventId() != null ? "i:" + event.eventId()
        : "f:" + event.eventDate() + ":" + event.laCode() + ":" + event.place());
    if (event.laCode() != null) {
      row.authorities.add(event.laCode());
    }
    if (event.eventId() != null) {
      row.incidents.add(event.eventId());
    }
  }

  private static String typeOf(String identity) {
    return identity.isEmpty() ? "" : identity.substring(0, identity.indexOf(':'));
  }

  private static String idOf(String identity) {
    return identity.isEmpty() ? "" : identity.substring(identity.indexOf(':') + 1);
  }

  /** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
  private static String csvField(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
