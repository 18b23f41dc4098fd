package jp.popvision.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one writer of popvision's outputs. A run's files, over one or more directories, are written
 * as one transaction ({@link OutputTransaction}): all of them or none, safe against {@code kill
 * -9}. popvision replaces or removes only files it wrote itself: those listed in the directory's
 * marker ({@value RunMarker#FILE}, see {@link RunMarker}); everything else in the directory is kept
 * and reported ({@link #commit}'s result). A directory without a valid marker must be new or empty;
 * {@code force} only allows replacing listed files that were changed after popvision wrote them.
 */
public final class OutputDir {
  public static final String MANIFEST = "manifest.json";

  /** popvision's marker file, present in every directory it wrote. */
  public static final String MARKER = RunMarker.FILE;

  private static final ReentrantLock IN_JVM = new ReentrantLock();

  private static final java.util.concurrent.atomic.AtomicBoolean PREPARED =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Loads what a write needs first, the SHA-256 implementation of the security providers (about 10
   * ms of class loading and set-up at start-up), on a background daemon thread, so that a run can
   * meanwhile read its inputs (issue 15). Writing does not depend on it. Once per JVM (a comparison
   * reads several scenarios).
   */
  public static void prepare() {
    if (PREPARED.getAndSet(true)) {
      return;
    }
    Thread t = new Thread(() -> RunMarker.sha256(new byte[0]), "popvision-prepare-write");
    t.setDaemon(true);
    t.start();
  }

  private OutputDir() {}

  /** One directory of a run: its files (relative name → bytes) and the option that chose it. */
  public record Target(Path dir, Map<String, byte[]> files, String option) {}

  public static List<String> write(Path target, Map<String, byte[]> files, boolean force)
      throws IOException, InputException {
    return commit(List.of(new Target(target, files, "--out")), force, Map.of(), Io.FILES);
  }

  /**
   * Writes every target as one transaction and returns the paths found in them that popvision did
   * not write and kept. {@code inputs} are directories the run read from (the scenario's, the data
   * directory): no target may be or contain one of them, the current or home directory, or {@code
   * /}.
   */
  public static List<String> commit(List<Target> targets, boolean force, Map<Path, Msg> inputs)
      throws InputException {
    return commit(targets, force, inputs, Io.FILES);
  }

  static List<String> write(Path target, Map<String, byte[]> files, boolean force, Io io)
      throws InputException {
    return commit(List.of(new Target(target, files, "--out")), force, Map.of(), io);
  }

  static List<String> commit(List<Target> targets, boolean force, Map<Path, Msg> inputs, Io io)
      throws InputException {
    List<Path> dirs = new ArrayList<>();
    for (Target t : targets) {
      for (String name : t.files().keySet()) {
        if (!RunMarker.safeName(name)) {
          throw new IllegalArgumentException("output name escapes the directory: " + name);
        }
      }
      Path d = t.dir().toAbsolutePath().normalize();
      OutputGuard.refuseProtected(t, d, inputs);
      dirs.add(d);
    }
    Target current = targets.get(0);
    IN_JVM.lock();
    try (DirLocks locks = lockWithPending(dirs)) {
      List<OutputTransaction.Part> parts = new ArrayList<>();
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        current = targets.get(i);
        parts.add(OutputGuard.plan(current, dirs.get(i), force, kept));
      }
      current = targets.get(0);
      new OutputTransaction(java.util.UUID.randomUUID().toString(), parts, io).run();
      return kept;
    } catch (IOException e) {
      throw new InputException(
          new Problem(
              current.dir().toString(),
              0,
              0,
              current.option(),
              null,
              Msg.OUT_CANNOT_WRITE,
              TextFiles.reason(e)));
    } finally {
      IN_JVM.unlock();
    }
  }

  /**
   * Locks {@code dirs} and every directory an interrupted run's journal in them names, then
   * finishes or discards what that run left.
   */
  private static DirLocks lockWithPending(List<Path> dirs) throws IOException {
    Set<Path> want = new LinkedHashSet<>(dirs);
    while (true) {
      DirLocks locks = DirLocks.lock(want);
      Set<Path> more = new LinkedHashSet<>();
      for (Path d : want) {
        more.addAll(OutputTransaction.pending(d));
      }
      if (want.containsAll(more)) {
        try {
          OutputTransaction.recover(want);
        } catch (IOException | RuntimeException e) {
          locks.close();
          throw e;
        }
        return locks;
      }
      locks.close();
      want.addAll(more);
    }
  }

  /** Finishes or discards what an interrupted run left in {@code dir} (used by tests, tools). */
  public static void recover(Path dir) throws IOException {
    IN_JVM.lock();
    try (DirLocks unused = lockWithPending(List.of(dir.toAbsolutePath().normalize()))) {
      // recovered while locking
    } finally {
      IN_JVM.unlock();
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
              Files.move(
                  from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
              Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
          }
        };
  }

  /** {@code files} with {@code prefix/} before every name (charts inside the output directory). */
  public static Map<String, byte[]> under(String prefix, Map<String, byte[]> files) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    files.forEach((n, b) -> out.put(prefix.isEmpty() ? n : prefix + "/" + n, b));
    return out;
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
}
