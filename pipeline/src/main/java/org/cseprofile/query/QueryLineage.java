package org.cseprofile.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.Alias;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.ExprId;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.WindowExpression;
import org.apache.spark.sql.catalyst.expressions.aggregate.AggregateExpression;
import org.apache.spark.sql.catalyst.plans.logical.Except;
import org.apache.spark.sql.catalyst.plans.logical.Intersect;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Union;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Which columns of a query's result are a table's columns taken unchanged (or constants), from Spark's analysed
 * plan: {@code SELECT age} is, {@code SELECT children AS age} and {@code CAST(children AS STRING)} are not, and
 * nothing is after a {@code UNION}, {@code INTERSECT} or {@code EXCEPT} (whose columns come from several places);
 * and which numbers of the tables each column is computed from, whatever its type ({@code CONCAT('n=', children)}
 * is computed from {@code children}).
 */
final class QueryLineage {
  private QueryLineage() {}

  /** One flag per column of {@code result}. */
  static List<Boolean> tableColumns(Dataset<Row> result) {
    LogicalPlan plan = result.queryExecution().analyzed();
    Set<ExprId> leaves = new HashSet<>();
    Map<ExprId, Alias> aliases = new HashMap<>();
    boolean combined = walk(plan, leaves, aliases);
    List<Boolean> flags = new ArrayList<>();
    for (Attribute column : CollectionConverters.asJava(plan.output())) {
      flags.add(!combined && unchanged(column.exprId(), column.name(), leaves, aliases, 0));
    }
    return flags;
  }

  /**
   * One set per column of {@code result}: the tables' number columns its value is computed from (through aliases,
   * subqueries, conditions and set operations), by name, and {@code count(1)}, {@code sum(...)} and the like for
   * an aggregate or window function giving a number. Empty for a column computed from no number.
   */
  static List<Set<String>> numberSources(Dataset<Row> result) {
    LogicalPlan plan = result.queryExecution().analyzed();
    Map<ExprId, Attribute> leaves = new HashMap<>();
    Map<ExprId, List<Expression>> definitions = new HashMap<>();
    define(plan, leaves, definitions);
    List<Set<String>> sources = new ArrayList<>();
    for (Attribute column : CollectionConverters.asJava(plan.output())) {
      Set<String> found = new java.util.TreeSet<>();
      numbers(column, leaves, definitions, new HashSet<>(), found);
      sources.add(found);
    }
    return sources;
  }

  /** Each column's definitions: an alias's expression, and the matching column of every input of a set operation. */
  private static void define(LogicalPlan plan, Map<ExprId, Attribute> leaves, Map<ExprId, List<Expression>> definitions) {
    if (plan.children().isEmpty()) {
      CollectionConverters.asJava(plan.output()).forEach(a -> leaves.put(a.exprId(), a));
    }
    for (Expression e : CollectionConverters.asJava(plan.expressions())) {
      Map<ExprId, Alias> aliases = new HashMap<>();
      collectAliases(e, aliases);
      aliases.forEach((id, alias) -> definitions.computeIfAbsent(id, k -> new ArrayList<>()).add(alias.child()));
    }
    List<LogicalPlan> children = CollectionConverters.asJava(plan.children());
    if (plan instanceof Union || plan instanceof Intersect || plan instanceof Except) {
      List<Attribute> output = CollectionConverters.asJava(plan.output());
      for (LogicalPlan child : children) {
        List<Attribute> in = CollectionConverters.asJava(child.output());
        for (int i = 0; i < Math.min(output.size(), in.size()); i++) {
          if (!in.get(i).exprId().equals(output.get(i).exprId())) {
            definitions.computeIfAbsent(output.get(i).exprId(), k -> new ArrayList<>()).add(in.get(i));
          }
        }
      }
    }
    for (LogicalPlan child : children) {
      define(child, leaves, definitions);
    }
  }

  /** Adds to {@code found} the number sources of {@code e}. */
  private static void numbers(Expression e, Map<ExprId, Attribute> leaves, Map<ExprId, List<Expression>> definitions,
      Set<ExprId> seen, Set<String> found) {
    if (e instanceof AggregateExpression aggregate && isNumber(e.dataType())) {
      found.add(aggregate.aggregateFunction().prettyName());
    } else if (e instanceof WindowExpression window && isNumber(e.dataType())) {
      found.add(window.windowFunction().prettyName());
    } else if (e instanceof org.apache.spark.sql.catalyst.expressions.ScalarSubquery && isNumber(e.dataType())) {
      found.add("a subquery");
    }
    if (e instanceof Attribute a && seen.add(a.exprId())) {
      Attribute leaf = leaves.get(a.exprId());
      if (leaf != null && isNumber(leaf.dataType())) {
        found.add(leaf.name());
      }
      for (Expression definition : definitions.getOrDefault(a.exprId(), List.of())) {
        numbers(definition, leaves, definitions, seen, found);
      }
    }
    for (Expression child : CollectionConverters.asJava(e.children())) {
      numbers(child, leaves, definitions, seen, found);
    }
  }

  private static boolean isNumber(DataType type) {
    return type instanceof NumericType;
  }

  /** Collects the leaves' columns and every alias; returns whether the plan combines results. */
  private static boolean walk(LogicalPlan plan, Set<ExprId> leaves, Map<ExprId, Alias> aliases) {
    boolean combined = plan instanceof Union || plan instanceof Intersect || plan instanceof Except;
    if (plan.children().isEmpty()) {
      CollectionConverters.asJava(plan.output()).forEach(a -> leaves.add(a.exprId()));
    }
    for (Expression e : CollectionConverters.asJava(plan.expressions())) {
      collectAliases(e, aliases);
    }
    for (LogicalPlan child : CollectionConverters.asJava(plan.children())) {
      combined |= walk(child, leaves, aliases);
    }
    return combined;
  }

  private static void collectAliases(Expression e, Map<ExprId, Alias> aliases) {
    if (e instanceof Alias alias) {
      aliases.put(alias.exprId(), alias);
    }
    for (Expression child : CollectionConverters.asJava(e.children())) {
      collectAliases(child, aliases);
    }
  }

  /** A leaf's column; a constant; or an alias keeping the name of a column that is unchanged itself. */
  private static boolean unchanged(ExprId id, String name, Set<ExprId> leaves, Map<ExprId, Alias> aliases, int depth) {
    if (leaves.contains(id)) {
      return true;
    }
    Alias alias = aliases.get(id);
    if (alias == null || depth > 50) {
      return false;
    }
    Expression child = alias.child();
    if (child.foldable()) {
      return true;
    }
    return child instanceof AttributeReference source && source.name().equals(name)
        && alias.name().equals(name) && unchanged(source.exprId(), name, leaves, aliases, depth + 1);
  }
}
