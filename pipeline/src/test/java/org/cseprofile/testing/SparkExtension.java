package org.cseprofile.testing;

import org.apache.spark.sql.SparkSession;
import org.cseprofile.run.SparkSessions;
import org.cseprofile.run.SparkSettings;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests one SparkSession per JVM, kept in the root extension store and stopped when the
 * whole suite ends: local[2], two shuffle partitions, UI off, UTC; the production settings otherwise.
 */
public final class SparkExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SparkExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return session(context);
  }

  /** The shared session, started on first use. */
  public static SparkSession session(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent("spark", key -> new SharedSession(), SharedSession.class).spark;
  }

  private static final class SharedSession implements AutoCloseable {
    final SparkSession spark = SparkSessions.getOrCreate(new SparkSettings("local[2]", 2));

    @Override
    public void close() {
      spark.stop();
    }
  }
}
