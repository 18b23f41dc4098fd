package jp.popvision.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * SHA-256 of input files for the manifest, with an optional cache keyed by the file's real path,
 * size and modification time, so that megabytes of national tables are not hashed again on every
 * run. The cache is a small text file (one line per file: hash, size, modification time in ns, when
 * it was hashed in ms, path); it is a convenience, not an output: a cache that cannot be read or
 * written is ignored and the files are hashed.
 *
 * <p>Contract: a cached hash is used only when the file's size and modification time equal the
 * recorded ones and the file had not been modified within {@link #RACY_MS} before it was hashed (a
 * file written again within the file system's timestamp granularity could otherwise keep its time
 * and size with other contents: the "racy clean" rule of git's index). Otherwise the file is hashed
 * and the entry renewed.
 */
public final class FileHashes {
  /** System property naming the cache file (the launcher sets it; unset means no cache). */
  public static final String CACHE_PROPERTY = "popvision.hashCache";

  /** An entry is trusted only if the file was at least this old when it was hashed. */
  static final long RACY_MS = 2_000;

  private record Entry(String sha256, long size, long mtimeNs, long hashedAtMs) {}

  private final Path cacheFile;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private boolean loaded;
  private boolean changed;

  /** A hasher with the cache in {@code cacheFile}, or none when it is null. */
  public FileHashes(Path cacheFile) {
    this.cacheFile = cacheFile;
  }

  /** The hasher with the cache named by {@link #CACHE_PROPERTY}, if set. */
  public static FileHashes fromSystemProperty() {
    String p = System.getProperty(CACHE_PROPERTY);
    return new FileHashes(p == null || p.isBlank() ? null : Path.of(p));
  }

  /** Lower-case hex SHA-256 of the file's bytes. */
  public synchronized String sha256(Path file) throws IOException {
    if (cacheFile == null) {
      return hash(file);
    }
    load();
    String key = file.toRealPath().toString();
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    long size = a.size();
    long mtime = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    Entry e = entries.get(key);
    if (e != null
        && e.size == size
        && e.mtimeNs == mtime
        && e.hashedAtMs - TimeUnit.NANOSECONDS.toMillis(mtime) >= RACY_MS) {
      return e.sha256;
    }
    long now = System.currentTimeMillis();
    String sha = hash(file);
    if (key.indexOf('\t') < 0 && key.indexOf('\n') < 0 && key.indexOf('\r') < 0) {
      entries.put(key, new Entry(sha, size, mtime, now));
      changed = true;
    }
    return sha;
  }

  /** Writes the cache if an entry changed (atomically; failures are ignored). */
  public synchronized void save() {
    if (cacheFile == null || !changed) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Entry> m : entries.entrySet()) {
      Entry e = m.getValue();
      sb.append(e.sha256).append('\t').append(e.size).append('\t').append(e.mtimeNs);
      sb.append('\t').append(e.hashedAtMs).append('\t').append(m.getKey()).append('\n');
    }
    try {
      AtomicFile.replace(
          cacheFile, sb.toString().getBytes(StandardCharsets.UTF_8), ".sha256-cache");
      changed = false;
    } catch (IOException | RuntimeException e) {
      // only a cache: the next run hashes again
    }
  }

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    try {
      if (!Files.isRegularFile(cacheFile)) {
        return;
      }
      for (String line : Files.readString(cacheFile).split("\n")) {
        String[] f = line.split("\t", 5);
        if (f.length == 5 && f[0].length() == 64) {
          entries.put(
              f[4],
              new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])));
        }
      }
    } catch (IOException | RuntimeException e) {
      entries.clear(); // a damaged cache is as good as none
    }
  }

  static String hash(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
