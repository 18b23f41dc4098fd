package jp.popvision.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file of popvision's own caches (hashes, parsed inputs) replaced as a whole: written to a
 * temporary file beside it and moved over it, so that a reader sees the old or the new content,
 * never a part (the outputs of a run have their own transaction, {@link OutputDir}).
 */
final class AtomicFile {
  private AtomicFile() {}

  /** Replaces {@code file} with {@code bytes}, creating its directory as needed. */
  static void replace(Path file, byte[] bytes, String tempPrefix) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, tempPrefix, ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException x) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
