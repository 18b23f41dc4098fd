package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashesTest {
  /** FIPS 180-2, appendix B.1: SHA-256("abc"). */
  static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  /** FIPS 180-2, appendix B.2: SHA-256 of the 448-bit message "abcdbcde…nopq". */
  static final String TWO_BLOCKS =
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";

  @TempDir Path dir;

  private Path write(String name, String text, long ageMs) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.US_ASCII);
    Files.setLastModifiedTime(
        f, FileTime.from(System.currentTimeMillis() - ageMs, TimeUnit.MILLISECONDS));
    return f;
  }

  @Test
  void hashesArePublishedTestVectorsWithAndWithoutCache() throws Exception {
    Path abc = write("abc.txt", "abc", 60_000);
    Path two = write("two.txt", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 60_000);
    assertEquals(ABC, new FileHashes(null).sha256(abc));
    assertEquals(TWO_BLOCKS, new FileHashes(null).sha256(two));
    FileHashes cached = new FileHashes(dir.resolve("cache/sha256.tsv"));
    assertEquals(ABC, cached.sha256(abc));
    assertEquals(TWO_BLOCKS, cached.sha256(two));
  }

  @Test
  void anUnchangedFileIsNotReadAgainAcrossRuns() throws Exception {
    Path f = write("table.csv", "abc", 60_000);
    FileTime t = Files.getLastModifiedTime(f);
    Path cache = dir.resolve("sha256.tsv");
    FileHashes run1 = new FileHashes(cache);
    assertEquals(ABC, run1.sha256(f));
    run1.save();
    assertTrue(Files.readString(cache).startsWith(ABC + "\t3\t"));
    // same size and time, other bytes: a second run trusts the cache (proof that it is used)
    Files.writeString(f, "xyz", StandardCharsets.US_ASCII);
    Files.setLastModifiedTime(f, t);
    assertEquals(ABC, new FileHashes(cache).sha256(f));
    // another time: hashed again
    Files.setLastModifiedTime(f, FileTime.fromMillis(t.toMillis() - 1000));
    assertEquals(FileHashes.hash(f), new FileHashes(cache).sha256(f));
    // another size, same time
    Files.writeString(f, "abcd", StandardCharsets.US_ASCII);
    Files.setLastModifiedTime(f, t);
    FileHashes run3 = new FileHashes(cache);
    assertEquals(
        "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589", run3.sha256(f));
  }

  @Test
  void aFileHashedRightAfterItWasWrittenIsHashedAgain() throws Exception {
    Path f = write("fresh.csv", "abc", 0);
    FileTime t = Files.getLastModifiedTime(f);
    Path cache = dir.resolve("sha256.tsv");
    FileHashes run1 = new FileHashes(cache);
    assertEquals(ABC, run1.sha256(f));
    run1.save();
    Files.writeString(f, "xyz", StandardCharsets.US_ASCII);
    Files.setLastModifiedTime(f, t);
    assertEquals(
        "3608bca1e44ea6c4d268eb6db02260269892c0b42b86bbf1e77a6fa16c3c9282",
        new FileHashes(cache).sha256(f));
  }

  @Test
  void aDamagedCacheIsIgnored() throws Exception {
    Path f = write("t.csv", "abc", 60_000);
    Path cache = dir.resolve("sha256.tsv");
    Files.writeString(cache, "garbage\tx\ny\t1\t2\t3\t" + f.toRealPath() + "\n");
    assertEquals(ABC, new FileHashes(cache).sha256(f));
  }
}
