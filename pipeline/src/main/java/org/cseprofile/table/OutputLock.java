package org.cseprofile.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * One run at a time per output folder: an exclusively created lock file naming the run, its host
 * and process, kept fresh by a heartbeat. A lock whose process is gone (same host) or whose
 * heartbeat stopped (any host, for drivers on a cluster) is stale and is taken over.
 */
final class OutputLock implements AutoCloseable {
  /** A holder that has not touched the lock for this long is presumed dead. */
  static final Duration STALE_AFTER = Duration.ofMinutes(5);
  private static final long HEARTBEAT_SECONDS = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FileSystem fs;
  private final Path path;
  private final ScheduledExecutorService heartbeat;

  private OutputLock(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "cse-profile-output-lock");
      t.setDaemon(true);
      return t;
    });
    heartbeat.scheduleAtFixedRate(this::touch, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
  }

  /** Takes the lock at {@code path}, taking over a stale one; fails if a live run holds it. */
  static OutputLock acquire(FileSystem fs, Path path, String runId) {
    try {
      for (int attempt = 0; attempt < 2; attempt++) {
        if (create(fs, path, runId)) {
          return new OutputLock(fs, path);
        }
        Holder holder = Holder.read(fs, path);
        if (holder == null || !holder.stale()) {
          throw new OutputBusyException("the output folder is in use by another run"
              + (holder == null ? "" : " (run " + holder.runId + ", host " + holder.host + ", process " + holder.pid
                  + ", started " + holder.started + ")")
              + ". Wait for it to finish; if it is no longer running, delete " + path);
        }
        fs.delete(path, false);
      }
      throw new OutputBusyException("could not take the output lock " + path + "; another run is starting");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take the output lock " + path, e);
    }
  }

  private static boolean create(FileSystem fs, Path path, String runId) throws IOException {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("run_id", runId);
    content.put("host", hostName());
    content.put("pid", ProcessHandle.current().pid());
    content.put("started", Instant.now().toString());
    byte[] bytes = JSON.writeValueAsBytes(content);
    if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
      // Hadoop's local create(overwrite=false) checks and then creates; the JDK's CREATE_NEW is one atomic step.
      try {
        Files.write(Paths.get(fs.makeQualified(path).toUri()), bytes, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        return false;
      }
    } else {
      try (OutputStream out = fs.create(path, false)) {
        out.write(bytes);
      } catch (FileAlreadyExistsException e) {
        return false;
      } catch (IOException e) {
        if (fs.exists(path)) {
          return false; // some file systems report an existing file with a plain IOException
        }
        throw e;
      }
    }
    OwnerOnly.set(fs, path, OwnerOnly.FILE);
    return true;
  }

  private void touch() {
    try {
      fs.setTimes(path, System.currentTimeMillis(), -1);
    } catch (IOException | RuntimeException e) {
      // A missed heartbeat only makes the lock look older; the next one retries.
    }
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      fs.delete(path, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the output lock " + path, e);
    }
  }

  /** Stops the heartbeat and leaves the lock file, as a killed process would (for tests). */
  void abandon() {
    heartbeat.shutdownNow();
  }

  static String hostName() {
    return Host.NAME;
  }

  /** Looked up once: name resolution can be slow. */
  private static final class Host {
    static final String NAME = lookUp();

    private static String lookUp() {
      try {
        return InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        return "unknown";
      }
    }
  }

  /** Who holds a lock, as written in the lock file. */
  private record Holder(String runId, String host, long pid, String started, long modified) {

    static Holder read(FileSystem fs, Path path) throws IOException {
      try (InputStream in = fs.open(path)) {
        JsonNode node = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        long modified = fs.getFileStatus(path).getModificationTime();
        return new Holder(node.path("run_id").asText("?"), node.path("host").asText("?"), node.path("pid").asLong(-1),
            node.path("started").asText("?"), modified);
      } catch (java.io.FileNotFoundException e) {
        return null; // released meanwhile
      } catch (IOException e) {
        // A lock file cut short by a crash while it was written: judge it by its age alone.
        return new Holder("?", "?", -1, "?", fs.getFileStatus(path).getModificationTime());
      }
    }

    boolean stale() {
      boolean heartbeatStopped = Instant.ofEpochMilli(modified).plus(STALE_AFTER).isBefore(Instant.now());
      boolean processGone = host.equals(hostName()) && pid > 0
          && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
      return heartbeatStopped || processGone;
    }
  }
}
