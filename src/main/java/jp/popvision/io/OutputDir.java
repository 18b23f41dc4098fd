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
 * moved into place. On any failure the previous outputs are untouched and nothing half-written
 * is left. An existing directory is replaced only when it holds a popvision manifest (it was
 * written by popvision) or when {@code force} is set.
 */
public final class OutputDir {
  public static final String MANIFEST = "manifest.json";

  private OutputDir() {}

  public static void write(Path target, Map<String, byte[]> files, boolean force)
      throws IOException, InputException {
    write(target, files, force, MANIFEST, "--out");
  }

  /**
   * Like {@link #write(Path, Map, boolean)} for a directory whose popvision marker file is
   * {@code marker} (e.g. the chart index of a chart directory); {@code option} names the option
   * that chose the directory in messages.
   */
  public static void write(
      Path target, Map<String, byte[]> files, boolean force, String marker, String option)
      throws IOException, InputException {
    check(target, force, marker, option);
    Path dir = target.toAbsolutePath().normalize();
    Path parent = dir.getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + dir.getFileName() + ".tmp-");
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path target2 = tmp.resolve(f.getKey()).normalize();
        if (!target2.startsWith(tmp)) {
          throw new IllegalArgumentException("output name escapes the directory: " + f.getKey());
        }
        Files.createDirectories(target2.getParent());
        Files.write(target2, f.getValue());
      }
      if (Files.exists(dir)) {
        Path old = Files.createTempDirectory(parent, "." + dir.getFileName() + ".old-");
        Files.delete(old);
        move(dir, old);
        try {
          move(tmp, dir);
        } catch (IOException e) {
          move(old, dir);
          throw e;
        }
        deleteTree(old);
      } else {
        move(tmp, dir);
      }
    } finally {
      if (Files.exists(tmp)) {
        deleteTree(tmp);
      }
    }
  }

  /**
   * Checks that {@code target} may be written: it does not exist, is empty, holds {@code
   * marker} or {@code force} is set. Lets a caller check every directory of a run before writing
   * any of them.
   */
  public static void check(Path target, boolean force, String marker, String option)
      throws IOException, InputException {
    Path dir = target.toAbsolutePath().normalize();
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) {
        throw new InputException(new Problem(target.toString(), 0, 0, option, null,
            "exists and is not a directory"));
      }
      if (!force && !Files.isRegularFile(dir.resolve(marker)) && !isEmpty(dir)) {
        throw new InputException(new Problem(target.toString(), 0, 0, option, null,
            "exists and was not written by popvision (no " + marker
                + "); choose another " + option + " or add --force to replace it"));
      }
    }
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

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
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
