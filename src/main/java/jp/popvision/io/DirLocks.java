package jp.popvision.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Exclusive locks on output directories, one lock file per directory in a per-user folder under the
 * system's temporary directory (so that no lock file is ever left in an output directory). The
 * operating system releases them when the process ends, even by {@code kill -9}. Taken in sorted
 * order, so two runs locking overlapping sets of directories cannot deadlock.
 */
final class DirLocks implements AutoCloseable {
  private final List<FileChannel> channels = new ArrayList<>();

  private DirLocks() {}

  /** Blocks until every directory of {@code dirs} (absolute, normalized) is locked. */
  static DirLocks lock(Collection<Path> dirs) throws IOException {
    Path home =
        Path.of(System.getProperty("java.io.tmpdir"))
            .resolve("popvision-locks-" + safe(System.getProperty("user.name", "user")));
    Files.createDirectories(home);
    DirLocks locks = new DirLocks();
    try {
      for (Path d : new TreeSet<>(dirs)) {
        String key = RunMarker.sha256(canonical(d).getBytes(StandardCharsets.UTF_8));
        FileChannel ch =
            FileChannel.open(
                home.resolve(key.substring(0, 32) + ".lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        locks.channels.add(ch);
        FileLock unused = ch.lock();
      }
    } catch (IOException | RuntimeException e) {
      locks.close();
      throw e;
    }
    return locks;
  }

  /** The real path of the nearest existing ancestor followed by the rest of {@code dir}. */
  static String canonical(Path dir) {
    Path p = dir.toAbsolutePath().normalize();
    Path rest = p.getFileSystem().getPath("");
    while (p != null) {
      try {
        return p.toRealPath().resolve(rest).toString();
      } catch (IOException e) {
        if (p.getFileName() == null) {
          break;
        }
        rest = p.getFileName().resolve(rest);
        p = p.getParent();
      }
    }
    return dir.toAbsolutePath().normalize().toString();
  }

  private static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9_-]", "_").toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    for (FileChannel ch : channels) {
      try {
        ch.close();
      } catch (IOException e) {
        // closing releases the lock; nothing else to do
      }
    }
    channels.clear();
  }
}
