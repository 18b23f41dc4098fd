package jp.popvision.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a set of output files as a whole: into a temporary directory next to the target, then
 * moved into place. On any failure the previous outputs are untouched and nothing half-written is
 * left. An existing directory is replaced only when it holds a popvision manifest (it was written
 * by popvision) or when {@code force} is set.
 */
public final class OutputDir {
  public static final String MANIFEST = "manifest.json";

  private OutputDir() {}

  public static void write(Path target, Map<String, byte[]> files, boolean force)
      throws IOException, InputException {
    write(target, files, force, MANIFEST, "--out", Io.FILES);
  }

  /**
   * Like {@link #write(Path, Map, boolean)} for a directory whose popvision marker file is {@code
   * marker} (e.g. the chart index of a chart directory); {@code option} names the option that chose
   * the directory in messages.
   */
  public static void write(
      Path target, Map<String, byte[]> files, boolean force, String marker, String option)
      throws InputException {
    write(target, files, force, marker, option, Io.FILES);
  }

  static void write(Path target, Map<String, byte[]> files, boolean force, Io io)
      throws InputException {
    write(target, files, force, MANIFEST, "--out", io);
  }

  /**
   * Checks that {@code target} may be written: it does not exist, is empty, holds {@code marker} or
   * {@code force} is set. Lets a caller check every directory of a run before writing any of them.
   */
  public static void check(Path target, boolean force, String marker, String option)
      throws InputException {
    Path dir = target.toAbsolutePath().normalize();
    try {
      if (Files.exists(dir)) {
        if (!Files.isDirectory(dir)) {
          throw new InputException(
              new Problem(target.toString(), 0, 0, option, null, Msg.OUT_NOT_DIR));
        }
        if (!force && !Files.isRegularFile(dir.resolve(marker)) && !isEmpty(dir)) {
          throw new InputException(
              new Problem(target.toString(), 0, 0, option, null, Msg.OUT_NOT_OURS, marker, option));
        }
      }
    } catch (IOException e) {
      throw new InputException(
          new Problem(
              target.toString(), 0, 0, option, null, Msg.OUT_CANNOT_WRITE, TextFiles.reason(e)));
    }
  }

  /**
   * The file operations a write uses; tests inject failures here to check that a failure at any
   * point leaves the previous outputs as they were and nothing half-written behind.
   */
  interface Io {
    void write(Path file, byte[] bytes) throws IOException;

    void move(Path from, Path to) throws IOException;

    Io FILES =
        new Io() {
          @Override
          public void write(Path file, byte[] bytes) throws IOException {
            Files.write(file, bytes);
          }

          @Override
          public void move(Path from, Path to) throws IOException {
            try {
              Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
              Files.move(from, to);
            }
          }
        };
  }

  static void write(
      Path target, Map<String, byte[]> files, boolean force, String marker, String option, Io io)
      throws InputException {
    Path dir = target.toAbsolutePath().normalize();
    for (String name : files.keySet()) {
      Path f = dir.resolve(name).normalize();
      if (!f.startsWith(dir) || f.equals(dir) || name.contains("\\") || name.contains("..")) {
        throw new IllegalArgumentException("output name escapes the directory: " + name);
      }
    }
    try {
      check(target, force, marker, option);
      Path parent = dir.getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempDirectory(parent, "." + dir.getFileName() + ".tmp-");
      try {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
          Path file = tmp.resolve(f.getKey()).normalize();
          Files.createDirectories(file.getParent());
          io.write(file, f.getValue());
        }
        if (Files.exists(dir)) {
          Path old = Files.createTempDirectory(parent, "." + dir.getFileName() + ".old-");
          Files.delete(old);
          io.move(dir, old);
          try {
            io.move(tmp, dir);
          } catch (IOException | RuntimeException e) {
            io.move(old, dir);
            throw e;
          }
          deleteTree(old);
        } else {
          io.move(tmp, dir);
        }
      } finally {
        if (Files.exists(tmp)) {
          deleteTree(tmp);
        }
      }
    } catch (IOException e) {
      throw new InputException(
          new Problem(
              target.toString(), 0, 0, option, null, Msg.OUT_CANNOT_WRITE, TextFiles.reason(e)));
    }
  }

  /**
   * {@code name} if it can name a directory in every file system popvision runs on: 1–64 ASCII
   * letters, digits, '-' or '_', starting with a letter or digit, not a Windows device name (the
   * scenario reader already enforces this; checked again where a name becomes a path).
   */
  public static String checkName(String name) {
    if (name == null
        || !name.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
        || name.matches("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])")) {
      throw new IllegalArgumentException("not a safe output name: " + name);
    }
    return name;
  }

  /** UTF-8 bytes of a text. */
  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * UTF-8 bytes of a file's text; for {@code .csv} files with {@code excel} set, preceded by a
   * byte-order mark so that Japanese Excel opens them as UTF-8.
   */
  public static byte[] encode(String name, String text, boolean excel) {
    return excel && name.endsWith(".csv") ? utf8("\uFEFF" + text) : utf8(text);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
