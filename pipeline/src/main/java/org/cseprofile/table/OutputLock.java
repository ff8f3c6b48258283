package org.cseprofile.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * One run at a time per output folder. On a local (or NFS-mounted) file system: an operating-system
 * lock ({@link FileChannel#tryLock}) on {@link #FILE}, held for the life of the process, which the
 * kernel releases when the process dies and which a stopped or suspended process keeps; the file
 * itself is never deleted (deleting a locked file would let a second run lock a new one). On other
 * Hadoop file systems (HDFS), which have no such locks: an exclusively created lock file naming the
 * run, its host and process, kept fresh by a heartbeat, taken over when its process is gone (same
 * host) or its heartbeat stopped (docs/architecture.md, "Safe outputs").
 */
final class OutputLock implements AutoCloseable {
  /** The lock file of the operating-system lock, in the output folder. */
  static final String FILE = ".cse-profile-lock";
  /** Output folders locked by this process: a second channel on the same file would release the lock on close. */
  private static final Set<String> HELD = ConcurrentHashMap.newKeySet();
  /** A holder that has not touched the lock for this long is presumed dead. */
  static final Duration STALE_AFTER = Duration.ofMinutes(5);
  private static final long HEARTBEAT_SECONDS = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FileSystem fs;
  private final Path path;
  private final String runId;
  private final ScheduledExecutorService heartbeat;
  private final FileChannel channel;
  private final FileLock osLock;

  /** An operating-system lock. */
  private OutputLock(Path path, String runId, FileChannel channel, FileLock osLock) {
    this.fs = null;
    this.path = path;
    this.runId = runId;
    this.heartbeat = null;
    this.channel = channel;
    this.osLock = osLock;
  }

  /** A heartbeat lock file. */
  private OutputLock(FileSystem fs, Path path, String runId) {
    this.fs = fs;
    this.path = path;
    this.runId = runId;
    this.channel = null;
    this.osLock = null;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "cse-profile-output-lock");
      t.setDaemon(true);
      return t;
    });
    heartbeat.scheduleAtFixedRate(this::touch, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * Takes the lock of the output folder {@code root}: the operating-system lock on a local file system,
   * else the heartbeat lock file {@code fallback}. Fails with {@link OutputBusyException} if a live run holds it.
   */
  static OutputLock acquire(FileSystem fs, Path root, Path fallback, String runId) {
    if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
      Path qualified = fs.makeQualified(new Path(root, FILE));
      return acquireLocal(Paths.get(qualified.toUri()), qualified, runId);
    }
    return acquire(fs, fallback, runId);
  }

  private static OutputLock acquireLocal(java.nio.file.Path file, Path path, String runId) {
    String key = file.toAbsolutePath().normalize().toString();
    if (!HELD.add(key)) {
      throw busy(file, "another run in this process");
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException | IOException e) {
        // not a POSIX file system, or another user's file (then the lock below decides)
      }
      FileLock lock = channel.tryLock();
      if (lock == null) {
        String holder = describe(channel);
        channel.close();
        HELD.remove(key);
        throw busy(file, holder);
      }
      Map<String, Object> content = new LinkedHashMap<>();
      content.put("run_id", runId);
      content.put("host", hostName());
      content.put("pid", ProcessHandle.current().pid());
      content.put("started", Instant.now().toString());
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(JSON.writeValueAsBytes(content)), 0);
      channel.force(false);
      return new OutputLock(path, runId, channel, lock);
    } catch (IOException e) {
      HELD.remove(key);
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException ignored) {
          // already failing
        }
      }
      throw new UncheckedIOException("cannot take the output lock " + file, e);
    }
  }

  private static OutputBusyException busy(java.nio.file.Path file, String holder) {
    return new OutputBusyException("the output folder " + file.getParent() + " is in use by " + holder
        + ". Wait for it to finish (the lock is the operating system's: it ends when that process ends)");
  }

  /** Who holds the lock, as its holder wrote it in the lock file. */
  private static String describe(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(4096);
    channel.read(buffer, 0);
    try {
      JsonNode node = JSON.readTree(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
      return "another run (run " + node.path("run_id").asText("?") + ", host " + node.path("host").asText("?")
          + ", process " + node.path("pid").asText("?") + ", started " + node.path("started").asText("?") + ")";
    } catch (IOException | RuntimeException e) {
      return "another run";
    }
  }

  /** Takes the heartbeat lock at {@code path}, taking over a stale one; fails if a live run holds it. */
  static OutputLock acquire(FileSystem fs, Path path, String runId) {
    try {
      for (int attempt = 0; attempt < 2; attempt++) {
        if (create(fs, path, runId)) {
          return new OutputLock(fs, path, runId);
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
    if (channel != null) {
      try {
        osLock.release();
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release the output lock " + path, e);
      } finally {
        HELD.remove(Paths.get(path.toUri()).toAbsolutePath().normalize().toString());
      }
      return;
    }
    heartbeat.shutdownNow();
    try {
      // Only our own: after a pause longer than STALE_AFTER another run may have taken the lock over.
      Holder holder = Holder.read(fs, path);
      if (holder != null && holder.runId().equals(runId)) {
        fs.delete(path, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the output lock " + path, e);
    }
  }

  /** Leaves the lock as a killed process would (for tests): the heartbeat stops, an operating-system lock is released. */
  void abandon() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        HELD.remove(Paths.get(path.toUri()).toAbsolutePath().normalize().toString());
      }
      return;
    }
    heartbeat.shutdownNow();
  }

  /** Whether this is the operating system's lock (local file systems) rather than a heartbeat lock file. */
  boolean operatingSystemLock() {
    return channel != null;
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
