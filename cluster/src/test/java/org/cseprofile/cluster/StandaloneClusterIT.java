package org.cseprofile.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cseprofile.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts a real Spark standalone master and worker on 127.0.0.1 from the Maven jars (a SPARK_HOME
 * whose {@code jars/} links the jars a Spark installation provides), submits the profile job in the
 * thin cluster jar with spark-submit, and checks its tables equal those of a local run.
 */
class StandaloneClusterIT {
  static final String PERIOD = "2016-Q4";
  static final Path WORK = Path.of(System.getProperty("work.folder"));
  static final Path SPARK_HOME = WORK.resolve("spark-home");
  static final List<Process> processes = new ArrayList<>();

  static String masterUrl;
  static int masterWebPort;

  @BeforeAll
  static void startCluster() throws Exception {
    deleteRecursively(WORK);
    Path jars = Files.createDirectories(SPARK_HOME.resolve("jars"));
    for (String jar : Files.readString(Path.of(System.getProperty("spark.classpath.file"))).strip().split(":")) {
      Path source = Path.of(jar);
      Files.createSymbolicLink(jars.resolve(source.getFileName()), source);
    }
    int masterPort = freePort();
    masterWebPort = freePort();
    masterUrl = "spark://127.0.0.1:" + masterPort;
    start("master", List.of(), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
        String.valueOf(masterPort), "--webui-port", String.valueOf(masterWebPort));
    waitFor("the master", () -> masterState().path("status").asText().equals("ALIVE"));
    start("worker", List.of(), "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
        "--memory", "1g", "--webui-port", String.valueOf(freePort()), masterUrl);
    waitFor("a worker", () -> masterState().path("aliveworkers").asInt() == 1);
  }

  @AfterAll
  static void stopCluster() throws InterruptedException {
    for (Process p : processes) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  @Test
  void theProfileJobOnAStandaloneClusterGivesTheTablesOfALocalRun() throws Exception {
    Path clusterOut = WORK.resolve("cluster-out");
    Instant submitted = Instant.now();
    Process submit = start("submit", List.of("-Djava.awt.headless=true"), "org.apache.spark.deploy.SparkSubmit",
        "--master", masterUrl, "--deploy-mode", "client",
        "--class", "org.cseprofile.cli.SubmitMain",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=1",
        "--conf", "spark.executor.extraJavaOptions=" + System.getProperty("spark.add.opens"),
        System.getProperty("cluster.jar"),
        "run", "--input", System.getProperty("sample.data"), "--output", clusterOut.toString(),
        "--period", PERIOD, "--run-date", "2017-01-15", "--shuffle-partitions", "2");
    assertThat(submit.waitFor(15, TimeUnit.MINUTES)).as("the job finished").isTrue();
    String log = Files.readString(WORK.resolve("submit.log"));
    assertThat(submit.exitValue()).as(log).isZero();
    System.out.printf("cluster job: %d s%n", Duration.between(submitted, Instant.now()).toSeconds());
    assertThat(log).contains("CSE problem profile 2016-Q4", "Partnership");

    JsonNode manifest = new ObjectMapper().readTree(clusterOut.resolve("runs/" + PERIOD + "/manifest.json").toFile());
    assertThat(manifest.at("/spark/master").asText()).isEqualTo(masterUrl);
    assertThat(masterState().path("completedapps").get(0).path("name").asText()).isEqualTo("cse-profile");

    Path localOut = WORK.resolve("local-out");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int local = Cli.execute(new String[] {"run", "--input", System.getProperty("sample.data"), "--output",
        localOut.toString(), "--period", PERIOD, "--run-date", "2017-01-15", "--shuffle-partitions", "2",
        "--master", "local[2]"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(local).isZero();

    SparkSession spark = SparkSession.active();
    for (String table : List.of("cohort", "age_by_gender", "quarantine")) {
      assertThat(rows(spark, clusterOut, table)).as(table).isEqualTo(rows(spark, localOut, table));
    }
    assertThat(rows(spark, clusterOut, "cohort")).hasSize(4);
    spark.stop();
  }

  private static List<String> rows(SparkSession spark, Path out, String table) {
    Path folder = out.resolve("restricted").resolve(table);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    return spark.read().parquet(folder.toString()).collectAsList().stream().map(Row::toString).sorted().toList();
  }

  /** Starts a JVM with the SPARK_HOME jars on its class path; its output goes to WORK/name.log. */
  private static Process start(String name, List<String> jvmOptions, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(System.getProperty("spark.add.opens").split(" ")));
    command.addAll(jvmOptions);
    command.addAll(List.of("-Xmx1g", "-cp", SPARK_HOME.resolve("jars") + "/*", mainClass));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(WORK.resolve(name + ".log").toFile());
    builder.environment().put("SPARK_HOME", SPARK_HOME.toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = builder.start();
    processes.add(p);
    return p;
  }

  private static JsonNode masterState() {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterWebPort + "/json/")).build(),
          HttpResponse.BodyHandlers.ofString());
      return new ObjectMapper().readTree(response.body());
    } catch (IOException e) {
      return new ObjectMapper().createObjectNode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void waitFor(String what, Condition condition) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (!condition.holds()) {
      for (Process p : processes) {
        assertThat(p.isAlive()).as("a cluster process died while waiting for " + what + "; see " + WORK).isTrue();
      }
      assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
      Thread.sleep(500);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
