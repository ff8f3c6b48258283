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
import org.apache.spark.sql.catalyst.plans.logical.Except;
import org.apache.spark.sql.catalyst.plans.logical.Intersect;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Union;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Which columns of a query's result are a table's columns taken unchanged (or constants), from Spark's analysed
 * plan: {@code SELECT age} is, {@code SELECT children AS age} and {@code CAST(children AS STRING)} are not, and
 * nothing is after a {@code UNION}, {@code INTERSECT} or {@code EXCEPT} (whose columns come from several places).
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
