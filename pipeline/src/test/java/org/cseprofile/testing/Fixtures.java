package org.cseprofile.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.ingest.CsvFormats;
import org.cseprofile.ingest.ExtractSpec;
import org.cseprofile.ingest.HeaderMapping;
import org.cseprofile.ingest.ParsedRecord;
import org.cseprofile.ingest.RecordParser;

/**
 * Builds tiny accepted-row datasets from CSV text in the contract format, through the real record
 * parser, so test fixtures read like the extracts agencies send. Columns left out are blank.
 */
public final class Fixtures {
  private Fixtures() {}

  /** Accepted rows of {@code spec} from {@code csv} (header row first); fails on any row the parser rejects. */
  public static Dataset<Row> extract(SparkSession spark, ExtractSpec spec, String csv) {
    try {
      List<CSVRecord> records = CsvFormats.EXTRACT.parse(new StringReader(csv.strip())).getRecords();
      HeaderMapping mapping = HeaderMapping.of(spec, records.get(0).toList());
      RecordParser parser = new RecordParser(mapping, LocalDate.now());
      List<Row> rows = new ArrayList<>();
      for (int i = 1; i < records.size(); i++) {
        ParsedRecord parsed = parser.parse(records.get(i).toList());
        if (!parsed.isAccepted()) {
          throw new IllegalArgumentException("fixture row " + i + " breaks " + parsed.rule().id() + " in " + parsed.column());
        }
        Object[] values = new Object[spec.fields().size() + 2];
        System.arraycopy(parsed.values(), 0, values, 0, spec.fields().size());
        values[spec.fields().size()] = "fixture.csv";
        values[spec.fields().size() + 1] = (long) i + 1;
        rows.add(RowFactory.create(values));
      }
      return spark.createDataFrame(rows, spec.schema());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
