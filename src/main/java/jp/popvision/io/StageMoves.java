package jp.popvision.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The file moves of one output run's stages: staged files into place and back, and deleting stages.
 */
final class StageMoves {
  private StageMoves() {}

  static final String NEW = "new";

  static final String OLD = "old";

  static Path stageOf(Path dir, String run) {
    return dir.resolve(OutputTransaction.STAGE_PREFIX + run);
  }

  /** Moves the staged files into place (each old file into the stage first); idempotent. */
  static void forward(Journal j, OutputDir.Io io) throws IOException {
    Path x = j.dir();
    Path s = stageOf(x, j.run());
    for (String name : j.replace()) {
      Path src = s.resolve(NEW).resolve(name);
      if (!Files.exists(src, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      Path dst = x.resolve(name);
      Path old = s.resolve(OLD).resolve(name);
      Files.createDirectories(dst.getParent());
      if (Files.exists(dst, LinkOption.NOFOLLOW_LINKS) && !Files.exists(old)) {
        copyPermissions(dst, src);
        Files.createDirectories(old.getParent());
        io.move(dst, old);
      }
      io.move(src, dst);
    }
    for (String name : j.remove()) {
      Path dst = x.resolve(name);
      Path old = s.resolve(OLD).resolve(name);
      if (Files.isRegularFile(dst, LinkOption.NOFOLLOW_LINKS) && !Files.exists(old)) {
        Files.createDirectories(old.getParent());
        io.move(dst, old);
      }
    }
    prune(x, j.remove());
  }

  /** Undoes {@link #forward}: the new files back into the stage, the old ones back in place. */
  static void undo(Journal j, OutputDir.Io io) throws IOException {
    Path x = j.dir();
    Path s = stageOf(x, j.run());
    for (String name : j.replace()) {
      Path src = s.resolve(NEW).resolve(name);
      Path dst = x.resolve(name);
      Path old = s.resolve(OLD).resolve(name);
      if (!Files.exists(src, LinkOption.NOFOLLOW_LINKS) && Files.exists(dst)) {
        io.move(dst, src);
      }
      if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
        io.move(old, dst);
      }
    }
    for (String name : j.remove()) {
      Path old = s.resolve(OLD).resolve(name);
      if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(x.resolve(name).getParent());
        io.move(old, x.resolve(name));
      }
    }
    prune(x, j.replace());
  }

  /** Deletes the stages of a committed run: the first directory's (holding the commit) last. */
  static void finish(List<Path> dirs, String run) throws IOException {
    for (int i = dirs.size() - 1; i >= 1; i--) {
      deleteTree(stageOf(dirs.get(i), run));
    }
    Path s = stageOf(dirs.get(0), run);
    deleteTree(s.resolve(NEW));
    deleteTree(s.resolve(OLD));
    Files.deleteIfExists(s.resolve(OutputTransaction.JOURNAL));
    deleteTree(s);
  }

  /** Deletes an uncommitted stage and the directories the run created, if they are now empty. */
  static void discard(Path dir, String run, List<Path> created) throws IOException {
    deleteTree(stageOf(dir, run));
    for (int i = created.size() - 1; i >= 0; i--) {
      Path d = created.get(i);
      if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) && isEmpty(d)) {
        Files.delete(d);
      }
    }
  }

  /** Removes directories left empty by moving {@code names} away (never {@code x} itself). */
  private static void prune(Path x, List<String> names) throws IOException {
    for (String name : names) {
      Path p = x.resolve(name).getParent();
      while (p != null && p.startsWith(x) && !p.equals(x)) {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || !isEmpty(p)) {
          break;
        }
        Files.delete(p);
        p = p.getParent();
      }
    }
  }

  private static void copyPermissions(Path from, Path to) {
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system, or not ours to read: the new file keeps the default
    }
  }

  static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
