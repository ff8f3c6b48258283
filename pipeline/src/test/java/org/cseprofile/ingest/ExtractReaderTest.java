package org.cseprofile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.testing.SparkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkExtension.class)
class ExtractReaderTest {
  @TempDir
  Path input;

  // Reading files is covered file by file in BrokenExtractsTest, in one Spark read for all cases.

  @Test
  void aMissingFolderIsAnInputError(SparkSession spark) {
    assertThatThrownBy(() -> InputCatalog.scan(input.resolve("nowhere").toString(),
        spark.sparkContext().hadoopConfiguration()))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith("nowhere does not exist or is not a folder");
  }

  @Test
  void hadoopPathListEscapesCommasAndGlobs() {
    assertThat(ExtractReader.escapeHadoopPath("file:/in/a,b[1].csv")).isEqualTo("file:/in/a\\,b\\[1\\].csv");
  }
}
