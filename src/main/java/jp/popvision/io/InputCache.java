package jp.popvision.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import jp.popvision.scenario.InputData;

/**
 * A cache of the parsed inputs of one area (the catalog's {@link AreaCatalog.Area} and its {@link
 * InputData} without base files), so that a run does not parse the catalog, the national tables and
 * the area's rows of the municipal tables again (issue 15). It is used only when the system
 * property {@link #PROPERTY} names a directory (the launcher sets it); it is a convenience: an
 * entry that cannot be read (missing, truncated, damaged) is a miss, and a failure to write one is
 * ignored.
 *
 * <p>An entry is a file {@code <dir>/<key>.bin}, the key a SHA-256 over the format version, the
 * code (the jar's path, size and modification time), the data directory, the {@code area_data:}
 * directory, the area query and a listing of every regular file under both directories (relative
 * path, size, modification time in ns): a file changed, added or removed changes the key. No entry
 * is stored while a listed file was modified less than {@link FileHashes#RACY_MS} before (its
 * contents could change again without changing its size and time: git's "racy clean" rule).
 */
public final class InputCache {
  /** System property naming the cache directory (unset: no cache). */
  public static final String PROPERTY = "popvision.inputCache";

  /** Changes whenever the encoding or what is cached changes. */
  static final int FORMAT = 1;

  private static final int MAGIC = 0x50564943; // "PVIC"

  /** Entries read from the cache in this JVM (tests). */
  static final AtomicInteger HITS = new AtomicInteger();

  /** An area and its data. */
  public record Entry(AreaCatalog.Area area, InputData data) {}

  private final Path file;
  private final byte[] key;
  private final boolean storable;

  private InputCache(Path file, byte[] key, boolean storable) {
    this.file = file;
    this.key = key;
    this.storable = storable;
  }

  /**
   * The cache slot of the area {@code query} in {@code dataDir} with the user's {@code areaData}
   * (null: none), or null when there is no cache (property unset, no query, a directory that cannot
   * be listed).
   */
  public static InputCache lookup(Path dataDir, Path areaData, String query) {
    String dir = System.getProperty(PROPERTY);
    if (dir == null || dir.isBlank() || dataDir == null || query == null) {
      return null;
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(FORMAT);
      code(out);
      InputCodec.string(out, query);
      long now = System.currentTimeMillis();
      boolean storable = listing(out, "data", dataDir, now);
      if (areaData != null) {
        storable &= listing(out, "area_data", areaData, now);
      }
      out.flush();
      // the digest last: its provider is being set up on another thread (OutputDir.prepare)
      byte[] key = MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
      return new InputCache(
          Path.of(dir).resolve(HexFormat.of().formatHex(key) + ".bin"), key, storable);
    } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
      return null;
    }
  }

  /** The code's identity: where it was loaded from, with the jar's size and time. */
  private static void code(DataOutputStream out) throws IOException {
    CodeSource src = InputCache.class.getProtectionDomain().getCodeSource();
    Path p = null;
    try {
      p = src == null || src.getLocation() == null ? null : Path.of(src.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      p = null;
    }
    InputCodec.string(out, p == null ? "" : p.toAbsolutePath().normalize().toString());
    if (p != null && Files.isRegularFile(p)) {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      out.writeLong(a.size());
      out.writeLong(a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }
  }

  /**
   * The directory as given and absolute, then its regular files sorted by relative path, each with
   * size and time; false when one was modified too recently to be trusted.
   */
  private static boolean listing(DataOutputStream out, String what, Path dir, long now)
      throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    InputCodec.string(out, what);
    InputCodec.string(out, dir.toString());
    InputCodec.string(out, root.toString());
    // sorted by relative path (a TreeMap, not a comparator lambda: linked at its first call)
    TreeMap<String, String> files = new TreeMap<>();
    boolean[] racy = {false};
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
            if (a.isRegularFile()) {
              long mtime = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
              if (now - TimeUnit.NANOSECONDS.toMillis(mtime) < FileHashes.RACY_MS) {
                racy[0] = true;
              }
              String rel = root.relativize(f).toString().replace('\\', '/');
              files.put(rel, a.size() + "\t" + mtime);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    out.writeInt(files.size());
    for (Map.Entry<String, String> f : files.entrySet()) {
      InputCodec.string(out, f.getKey());
      InputCodec.string(out, f.getValue());
    }
    return !racy[0];
  }

  /** The entry, or null when there is none or it cannot be read. */
  public Entry get() {
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      byte[] b = Files.readAllBytes(file);
      int n = b.length;
      if (n < 8 + key.length + 8) {
        return null;
      }
      CRC32 crc = new CRC32();
      crc.update(b, 0, n - 8);
      if (crc.getValue() != ByteBuffer.wrap(b, n - 8, 8).getLong()) {
        return null;
      }
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(b, 0, n - 8));
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        return null;
      }
      byte[] k = new byte[key.length];
      in.readFully(k);
      if (!MessageDigest.isEqual(k, key)) {
        return null;
      }
      Entry e = InputCodec.read(in);
      if (in.available() != 0) {
        return null;
      }
      HITS.incrementAndGet();
      return e;
    } catch (IOException | RuntimeException e) {
      return null; // a damaged entry is a miss
    }
  }

  /**
   * Stores {@code area} and {@code data} (its base files are not kept) unless a listed file was too
   * recent; failures are ignored.
   */
  public void put(AreaCatalog.Area area, InputData data) {
    if (!storable) {
      return;
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.write(key);
      InputCodec.write(out, area, data);
      out.flush();
      CRC32 crc = new CRC32();
      byte[] body = bytes.toByteArray();
      crc.update(body);
      out.writeLong(crc.getValue());
      out.flush();
      AtomicFile.replace(file, bytes.toByteArray(), ".input-cache");
    } catch (IOException | RuntimeException e) {
      // only a cache: the next run reads the files again
    }
  }

  /** The entry's file (tests). */
  Path file() {
    return file;
  }
}
