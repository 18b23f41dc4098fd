package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output writer replaces only what popvision wrote, as one transaction over all directories of
 * a run; a failure at any point leaves the previous state exactly as it was.
 */
class OutputDirTest {
  @TempDir Path tmp;

  static Map<String, byte[]> files(String text) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("population.csv", OutputDir.utf8("population " + text));
    m.put("summary.csv", OutputDir.utf8("summary " + text));
    m.put("sub/components.csv", OutputDir.utf8("components " + text));
    m.put(OutputDir.MANIFEST, OutputDir.utf8("{}"));
    return m;
  }

  /** Every file and directory under {@code dir}: names and contents ("/" for a directory). */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(p -> !p.equals(dir)).toList()) {
        m.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "/" : Files.readString(p));
      }
    }
    return m;
  }

  /** Hidden entries anywhere under {@code root} other than popvision's markers. */
  static List<String> leftovers(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".") && !n.equals(OutputDir.MARKER))
          .toList();
    }
  }

  /** Writes and moves normally, but fails at the {@code failAt}-th operation. */
  static OutputDir.Io failing(int failAt) {
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
        if (++n == failAt) {
          throw new IOException("No space left on device");
        }
        OutputDir.Io.FILES.move(from, to);
      }
    };
  }

  List<OutputDir.Target> twoDirs(String v) {
    Map<String, byte[]> charts = new LinkedHashMap<>();
    charts.put("a.png", OutputDir.utf8("png a " + v));
    charts.put("charts.json", OutputDir.utf8("{}"));
    if (v.equals("v2")) {
      charts.put("b.png", OutputDir.utf8("png b " + v));
    }
    return List.of(
        new OutputDir.Target(tmp.resolve("out"), files(v), "--out"),
        new OutputDir.Target(tmp.resolve("charts"), charts, "--charts"));
  }

  @Test
  void aFailureAtAnyOperationLeavesEveryDirectoryAsItWasAndNothingHidden() throws Exception {
    OutputDir.commit(twoDirs("v1"), false, Map.of());
    Files.writeString(tmp.resolve("out/notes.txt"), "mine");
    Map<String, String> before = snapshot(tmp);
    int failures = 0;
    for (int failAt = 1; failAt < 60; failAt++) {
      int k = failAt;
      try {
        OutputDir.commit(twoDirs("v2"), false, Map.of(), failing(k));
      } catch (InputException e) {
        failures++;
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertEquals(before, snapshot(tmp), "after a failure at operation " + failAt);
        continue;
      }
      // no failure: every operation succeeded, the new set is complete
      assertEquals("png b v2", Files.readString(tmp.resolve("charts/b.png")));
      assertEquals("components v2", Files.readString(tmp.resolve("out/sub/components.csv")));
      break;
    }
    assertTrue(failures > 20, "failures injected at " + failures + " operations");
    assertEquals(List.of(), leftovers(tmp));
    assertEquals("mine", Files.readString(tmp.resolve("out/notes.txt")));
  }

  @Test
  void aFirstRunThatFailsLeavesNoDirectoryBehind() throws Exception {
    Path out = tmp.resolve("new/deeper/out");
    for (int failAt = 1; failAt < 8; failAt++) {
      int k = failAt;
      assertThrows(
          InputException.class, () -> OutputDir.write(out, files("v1"), false, failing(k)));
      assertEquals(List.of(), snapshot(tmp).keySet().stream().toList(), "fail at " + failAt);
    }
  }

  @Test
  void aForeignManifestDoesNotMakeADirectoryPopvisions() throws Exception {
    Path web = tmp.resolve("webapp");
    Files.createDirectories(web.resolve("src"));
    Files.writeString(web.resolve("manifest.json"), "{\"name\":\"app\"}");
    Files.writeString(web.resolve("src/index.js"), "code");
    Map<String, String> before = snapshot(web);
    for (boolean force : new boolean[] {false, true}) {
      InputException e =
          assertThrows(InputException.class, () -> OutputDir.write(web, files("v1"), force));
      assertTrue(e.getMessage().contains("not written by popvision"), e.getMessage());
      assertEquals(before, snapshot(web), "force " + force);
    }
    // a forged marker without a valid seal is no better
    Files.writeString(
        web.resolve(OutputDir.MARKER),
        "{\"tool\":\"popvision\",\"marker\":1,\"run\":\""
            + java.util.UUID.randomUUID()
            + "\",\"files\":{\"src/index.js\":\""
            + "0".repeat(64)
            + "\"},\"seal\":\"x\"}");
    assertThrows(InputException.class, () -> OutputDir.write(web, files("v1"), true));
    assertEquals("code", Files.readString(web.resolve("src/index.js")));
  }

  @Test
  void filesPopvisionDidNotWriteAreKeptAndReported() throws Exception {
    Path out = tmp.resolve("o");
    OutputDir.write(out, files("v1"), false);
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.createDirectories(out.resolve("analysis"));
    Files.writeString(out.resolve("analysis/a.xlsx"), "mine too");
    Files.writeString(out.resolve("sub/extra.txt"), "mine three");
    List<String> kept = OutputDir.write(out, files("v2"), true);
    assertEquals(
        List.of(out + "/analysis/", out + "/notes.txt", out + "/sub/extra.txt"),
        kept.stream().sorted().toList());
    assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    assertEquals("mine too", Files.readString(out.resolve("analysis/a.xlsx")));
    assertEquals("population v2", Files.readString(out.resolve("population.csv")));
  }

  @Test
  void aFileInTheWayThatPopvisionDidNotWriteStopsTheRunAndIsKept() throws Exception {
    Path out = tmp.resolve("o");
    Map<String, byte[]> small = new LinkedHashMap<>(files("v1"));
    small.remove("summary.csv");
    OutputDir.write(out, small, false);
    Files.writeString(out.resolve("summary.csv"), "the user's own summary");
    Map<String, String> before = snapshot(out);
    InputException e =
        assertThrows(InputException.class, () -> OutputDir.write(out, files("v2"), true));
    assertTrue(
        e.getMessage().contains(out.resolve("summary.csv") + ": --out: is in the way"),
        e.getMessage());
    assertEquals(before, snapshot(out));
  }

  @Test
  void aChangedOutputIsReplacedOnlyWithForceAndAStaleOneIsRemoved() throws Exception {
    Path out = tmp.resolve("o");
    OutputDir.write(out, files("v1"), false);
    Files.writeString(out.resolve("summary.csv"), "edited in Excel");
    InputException e =
        assertThrows(InputException.class, () -> OutputDir.write(out, files("v2"), false));
    assertTrue(e.getMessage().contains("was changed after popvision wrote it"), e.getMessage());
    assertEquals("population v1", Files.readString(out.resolve("population.csv")));
    OutputDir.write(out, files("v2"), true);
    assertEquals("summary v2", Files.readString(out.resolve("summary.csv")));
    // a file popvision wrote and no longer writes is removed, with its emptied directory
    Map<String, byte[]> fewer = files("v3");
    fewer.remove("sub/components.csv");
    OutputDir.write(out, fewer, false);
    assertFalse(Files.exists(out.resolve("sub")));
    assertEquals(List.of(), leftovers(tmp));
  }

  /**
   * A file whose bytes are those about to be written is not hashed again (OutputGuard): a re-run
   * with the same outputs goes through, and a file edited to exactly the next run's content is
   * still one that was changed after popvision wrote it.
   */
  @Test
  void theSameBytesAgainAreOursAndAnEditToTheNextContentIsStillAChange() throws Exception {
    Path out = tmp.resolve("o");
    OutputDir.write(out, files("v1"), false);
    OutputDir.write(out, files("v1"), false);
    assertEquals("summary v1", Files.readString(out.resolve("summary.csv")));
    Files.writeString(out.resolve("summary.csv"), "summary v2");
    InputException e =
        assertThrows(InputException.class, () -> OutputDir.write(out, files("v2"), false));
    assertTrue(e.getMessage().contains("was changed after popvision wrote it"), e.getMessage());
    assertEquals("population v1", Files.readString(out.resolve("population.csv")));
  }

  @Test
  void directoryAndFilePermissionsAreKept() throws Exception {
    Path out = tmp.resolve("o");
    OutputDir.write(out, files("v1"), false);
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-x---"));
    Files.setPosixFilePermissions(
        out.resolve("summary.csv"), PosixFilePermissions.fromString("rw-------"));
    OutputDir.write(out, files("v2"), false);
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("summary.csv"))));
  }

  @Test
  void directoriesThatHoldInputsOrTheUsersWorkAreRefused() throws Exception {
    Path scenarios = tmp.resolve("proj/scenarios");
    Files.createDirectories(scenarios);
    Map<Path, Msg> inputs = Map.of(scenarios, Msg.DIR_SCENARIO);
    for (Path p :
        List.of(
            scenarios,
            tmp.resolve("proj"),
            Path.of(""),
            Path.of("."),
            Path.of("/"),
            Path.of(System.getProperty("user.home")))) {
      InputException e =
          assertThrows(
              InputException.class,
              () ->
                  OutputDir.commit(
                      List.of(new OutputDir.Target(p, files("v1"), "--out")), true, inputs),
              p.toString());
      assertTrue(e.getMessage().contains("is or contains"), e.getMessage());
    }
    assertEquals(List.of(), snapshot(scenarios).keySet().stream().toList());
  }

  @Test
  void concurrentRunsEndWithOneRunsCompleteSet() throws Exception {
    Path out = tmp.resolve("o");
    List<Thread> threads = new ArrayList<>();
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int i = 0; i < 6; i++) {
      String v = "t" + i;
      threads.add(
          new Thread(
              () -> {
                try {
                  OutputDir.write(out, files(v), false);
                } catch (Exception e) {
                  errors.add(e);
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(List.of(), errors);
    String v = Files.readString(out.resolve("population.csv")).substring("population ".length());
    assertEquals("summary " + v, Files.readString(out.resolve("summary.csv")));
    assertEquals("components " + v, Files.readString(out.resolve("sub/components.csv")));
    assertEquals(List.of(), leftovers(tmp));
  }

  @Test
  void namesThatEscapeTheDirectoryAreRefused() {
    Path out = tmp.resolve("o");
    for (String bad :
        List.of("../evil.csv", "/etc/evil", "a/../../evil", "a\\evil", OutputDir.MARKER)) {
      Map<String, byte[]> m = Map.of(bad, new byte[0]);
      assertThrows(IllegalArgumentException.class, () -> OutputDir.write(out, m, false), bad);
    }
    assertFalse(Files.exists(out));
    for (String bad : List.of("..", "a/b", "", "con", "LPT1", "a b", "-x", "ä")) {
      assertThrows(IllegalArgumentException.class, () -> OutputDir.checkName(bad), bad);
    }
    assertEquals("sim-2_a", OutputDir.checkName("sim-2_a"));
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
}
