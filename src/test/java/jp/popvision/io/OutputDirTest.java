package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are written as a whole or not at all; the previous outputs survive any failure. */
class OutputDirTest {
  @TempDir Path tmp;

  static Map<String, byte[]> files(String text) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("population.csv", OutputDir.utf8("population " + text));
    m.put("summary.csv", OutputDir.utf8("summary " + text));
    m.put("components.csv", OutputDir.utf8("components " + text));
    m.put(OutputDir.MANIFEST, OutputDir.utf8("{}"));
    return m;
  }

  /** Everything in {@code dir}: names and contents. */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> m = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(dir.relativize(p).toString(), Files.readString(p));
      }
    }
    return m;
  }

  List<String> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  /** Writes normally, but throws on the {@code failAt}-th file written or on the move named. */
  static OutputDir.Io failing(int failAt, String failMove) {
    return new OutputDir.Io() {
      int n;

      @Override
      public void write(Path file, byte[] bytes) throws IOException {
        if (++n == failAt) {
          Files.write(file, new byte[] {'h', 'a', 'l', 'f'}); // half-written, then the disk fails
          throw new IOException("No space left on device");
        }
        OutputDir.Io.FILES.write(file, bytes);
      }

      @Override
      public void move(Path from, Path to) throws IOException {
        if (failMove != null && from.getFileName().toString().contains(failMove)) {
          throw new IOException("simulated failure moving " + from.getFileName());
        }
        OutputDir.Io.FILES.move(from, to);
      }
    };
  }

  @Test
  void aFailureWhileWritingLeavesThePreviousOutputsAndNoTemporaryDirectory() throws Exception {
    Path out = tmp.resolve("target");
    OutputDir.write(out, files("v1"), false);
    Map<String, String> before = snapshot(out);
    for (int failAt = 1; failAt <= 4; failAt++) {
      int k = failAt;
      InputException e =
          assertThrows(
              InputException.class,
              () -> OutputDir.write(out, files("v2"), false, failing(k, null)));
      assertTrue(e.problems().get(0).format().contains("No space left on device"), e.getMessage());
      assertEquals(before, snapshot(out), "after a failure at file " + failAt);
      assertEquals(List.of(), leftovers());
    }
  }

  @Test
  void aFailureWhileMovingIntoPlaceRestoresThePreviousOutputs() throws Exception {
    Path out = tmp.resolve("target");
    OutputDir.write(out, files("v1"), false);
    Map<String, String> before = snapshot(out);
    // the new directory cannot be moved into place after the old one was moved aside
    assertThrows(
        InputException.class, () -> OutputDir.write(out, files("v2"), false, failing(0, ".tmp-")));
    assertEquals(before, snapshot(out));
    assertEquals(List.of(), leftovers());
    // the old one cannot be moved aside
    assertThrows(
        InputException.class, () -> OutputDir.write(out, files("v2"), false, failing(0, "target")));
    assertEquals(before, snapshot(out));
    assertEquals(List.of(), leftovers());
    OutputDir.write(out, files("v2"), false);
    assertEquals("population v2", Files.readString(out.resolve("population.csv")));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void anUnwritableLocationIsAnInputErrorNamingTheDirectory() throws Exception {
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "not a directory");
    Path out = file.resolve("sub");
    InputException e =
        assertThrows(InputException.class, () -> OutputDir.write(out, files("v1"), false));
    Problem p = e.problems().get(0);
    assertEquals("--out", p.field());
    assertTrue(p.format().startsWith(out + ": --out: cannot write the outputs here: "), p.format());
    assertTrue(p.format(Lang.JA).contains("ここに出力を書けません"), p.format(Lang.JA));
    assertEquals("not a directory", Files.readString(file));
  }

  @Test
  void aDirectoryNotWrittenByPopvisionIsReplacedOnlyWithForce() throws Exception {
    Path out = tmp.resolve("mine");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "keep");
    InputException e =
        assertThrows(InputException.class, () -> OutputDir.write(out, files("v1"), false));
    assertTrue(e.getMessage().contains("--force"), e.getMessage());
    assertEquals("keep", Files.readString(out.resolve("notes.txt")));
    OutputDir.write(out, files("v1"), true);
    assertFalse(Files.exists(out.resolve("notes.txt")));
    // an empty directory, or one with popvision's manifest, is replaced without --force
    OutputDir.write(out, files("v2"), false);
    assertEquals("population v2", Files.readString(out.resolve("population.csv")));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void namesThatEscapeTheDirectoryAreRefused() {
    Path out = tmp.resolve("o");
    for (String bad : List.of("../evil.csv", "/etc/evil", "a/../../evil", "a\\evil")) {
      Map<String, byte[]> m = Map.of(bad, new byte[0]);
      assertThrows(IllegalArgumentException.class, () -> OutputDir.write(out, m, false), bad);
    }
    assertFalse(Files.exists(out));
    for (String bad : List.of("..", "a/b", "", "con", "LPT1", "a b", "-x", "ä")) {
      assertThrows(IllegalArgumentException.class, () -> OutputDir.checkName(bad), bad);
    }
    assertEquals("sim-2_a", OutputDir.checkName("sim-2_a"));
  }
}
