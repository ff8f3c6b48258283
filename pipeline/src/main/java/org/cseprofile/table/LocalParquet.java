package org.cseprofile.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.datasources.parquet.ParquetWriteSupport;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;

/**
 * Writes rows already on the driver as one Parquet file, without a Spark job, through Spark's own Parquet write
 * support: the file carries the same types and schema metadata as one Spark writes, so Spark, DuckDB and
 * {@code query} read it alike. For small tables only (every row is in memory).
 */
public final class LocalParquet {
  private LocalParquet() {}

  /** Writes {@code rows} (of {@code schema}) in the order given to {@code file}, replacing any file there. */
  public static void write(SparkSession spark, Path file, StructType schema, List<Row> rows) {
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    ParquetWriteSupport.setSchema(schema, conf);
    // The settings Spark's own Parquet writer passes to its write support, at this session's values.
    for (String key : List.of(SQLConf.PARQUET_WRITE_LEGACY_FORMAT().key(), SQLConf.PARQUET_OUTPUT_TIMESTAMP_TYPE().key(),
        SQLConf.PARQUET_FIELD_ID_WRITE_ENABLED().key(), SQLConf.PARQUET_ANNOTATE_VARIANT_LOGICAL_TYPE().key())) {
      conf.set(key, spark.conf().get(key));
    }
    scala.Function1<Object, Object> toInternal = CatalystTypeConverters.createToCatalystConverter(schema);
    try (ParquetWriter<InternalRow> writer = new Builder(HadoopOutputFile.fromPath(file, conf))
        .withConf(conf)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .build()) {
      for (Row row : rows) {
        writer.write((InternalRow) toInternal.apply(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static final class Builder extends ParquetWriter.Builder<InternalRow, Builder> {
    Builder(OutputFile file) {
      super(file);
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<InternalRow> getWriteSupport(Configuration conf) {
      return new ParquetWriteSupport();
    }
  }
}
