package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.popvision.app.LoadedScenario;
import jp.popvision.app.Simulation;
import jp.popvision.scenario.InputData;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input cache ({@link InputCache}): a cached read equals a fresh one (data and simulate
 * outputs, byte for byte), a changed or added data file is a miss, a damaged entry is a miss, a
 * recently modified file stores nothing, and without the property nothing is cached.
 */
class InputCacheTest {
  /** 朝倉市 (register extras), 札幌市, 千代田区, 福島市 (no IPSS 2018), 富谷町 (no IPSS at all). */
  private static final List<String> AREAS = List.of("40228", "01100", "13101", "07201", "04423");

  @TempDir Path tmp;
  private Path data;
  private Path scenario;
  private Path cacheDir;
  private String before;

  @BeforeEach
  void copyData() throws IOException {
    before = System.getProperty(InputCache.PROPERTY);
    data = tmp.resolve("data");
    copyTree(TestData.data(), data);
    Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
    for (String name : List.of("target.yaml", "sim1.yaml", "pattern1.yaml")) {
      Files.copy(TestData.root().resolve("scenarios").resolve(name), scenarios.resolve(name));
    }
    scenario = scenarios.resolve("target.yaml");
    cacheDir = tmp.resolve("cache");
    System.setProperty(InputCache.PROPERTY, cacheDir.toString());
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(InputCache.PROPERTY);
    } else {
      System.setProperty(InputCache.PROPERTY, before);
    }
  }

  /** A copy of {@code from} with every file an hour old (older than the racy limit). */
  private static void copyTree(Path from, Path to) throws IOException {
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
          Files.setLastModifiedTime(q, old);
        }
      }
    }
  }

  private InputData read(String area) throws InputException {
    return LoadedScenario.read(scenario, area).data();
  }

  private InputData fresh(String area) throws InputException {
    System.clearProperty(InputCache.PROPERTY);
    try {
      return read(area);
    } finally {
      System.setProperty(InputCache.PROPERTY, cacheDir.toString());
    }
  }

  private Path entry(String area) {
    InputCache c = InputCache.lookup(data, null, area);
    assertNotNull(c);
    return c.file();
  }

  @Test
  void aCachedReadEqualsAFreshRead() throws Exception {
    for (String area : AREAS) {
      InputData expected = fresh(area);
      assertFalse(Files.exists(entry(area)), area);
      assertEquals(expected, read(area), area); // a miss, stored
      assertTrue(Files.isRegularFile(entry(area)), area);
      int hits = InputCache.HITS.get();
      InputData cached = read(area);
      assertEquals(hits + 1, InputCache.HITS.get(), area + ": a hit");
      assertEquals(expected, cached, area);
      assertEquals(expected.toString(), cached.toString(), area);
      assertEquals(
          AreaCatalog.read(data, List.of()).byCode(area),
          InputCache.lookup(data, null, area).get().area(),
          area);
      assertEquals(
          expected.mhlwFertilityPattern().keySet().stream().toList(),
          cached.mhlwFertilityPattern().keySet().stream().toList(),
          area);
    }
  }

  @Test
  void theDefaultAreaIsCachedToo() throws Exception {
    InputData expected = fresh(null);
    read(null);
    assertTrue(Files.isRegularFile(entry(LoadedScenario.DEFAULT_AREA)));
    int hits = InputCache.HITS.get();
    assertEquals(expected, read(null));
    assertEquals(hits + 1, InputCache.HITS.get());
  }

  @Test
  void simulateOutputsAreTheSameFromTheCache() throws Exception {
    // target uses 朝倉市's register; sim1 (a pattern of national rates) runs for any area
    List<String[]> runs =
        List.of(
            new String[] {"target", "40228"},
            new String[] {"sim1", "40228"},
            new String[] {"sim1", "01100"},
            new String[] {"sim1", "13101"},
            new String[] {"sim1", "07201"});
    for (String[] run : runs) {
      Path file = scenario.resolveSibling(run[0] + ".yaml");
      String area = run[1];
      String what = run[0] + " " + area;
      Path first = tmp.resolve("out-" + run[0] + area + "-1");
      Path second = tmp.resolve("out-" + run[0] + area + "-2");
      Path none = tmp.resolve("out-" + run[0] + area + "-0");
      System.clearProperty(InputCache.PROPERTY);
      simulate(file, area, none);
      System.setProperty(InputCache.PROPERTY, cacheDir.toString());
      simulate(file, area, first);
      assertTrue(Files.isRegularFile(entry(area)), what);
      int hits = InputCache.HITS.get();
      simulate(file, area, second);
      assertEquals(hits + 1, InputCache.HITS.get(), what + ": the second run is a hit");
      List<String> csv = csvFiles(none);
      assertFalse(csv.isEmpty());
      assertEquals(csv, csvFiles(first), what);
      assertEquals(csv, csvFiles(second), what);
      for (String f : csv) {
        byte[] expected = Files.readAllBytes(none.resolve(f));
        assertArrayEquals(expected, Files.readAllBytes(first.resolve(f)), what + " " + f);
        assertArrayEquals(expected, Files.readAllBytes(second.resolve(f)), what + " " + f);
      }
    }
  }

  private static void simulate(Path scenario, String area, Path out) throws Exception {
    Simulation.run(
        scenario,
        new Simulation.Options(
            area, out, false, false, false, Lang.JA, List.of("simulate"), "test", null));
  }

  private static List<String> csvFiles(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> p.toString().endsWith(".csv"))
          .forEach(p -> out.add(dir.relativize(p).toString()));
    }
    out.sort(null);
    return out;
  }

  @Test
  void aTouchedFileIsAMiss() throws Exception {
    read("40228");
    Path old = entry("40228");
    assertTrue(Files.isRegularFile(old));
    Path srb = data.resolve("japan/wpp2024_srb_5yr.csv");
    FileTime t = Files.getLastModifiedTime(srb);
    Files.setLastModifiedTime(srb, FileTime.from(t.to(TimeUnit.SECONDS) - 60, TimeUnit.SECONDS));
    assertMiss("40228");
    assertTrue(Files.isRegularFile(entry("40228")), "stored again under the new key");
    assertFalse(entry("40228").equals(old));
  }

  @Test
  void anAddedOrRemovedFileIsAMiss() throws Exception {
    read("01100");
    Path extra = data.resolve("municipalities/notes.txt");
    Files.writeString(extra, "x");
    Files.setLastModifiedTime(extra, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    assertMiss("01100");
    Files.delete(extra);
    int hits = InputCache.HITS.get();
    read("01100"); // back to the first listing: its entry again
    assertEquals(hits + 1, InputCache.HITS.get());
    Files.delete(data.resolve("SOURCES.md"));
    assertMiss("01100");
  }

  @Test
  void aFileModifiedJustNowStoresNothing() throws Exception {
    Files.writeString(data.resolve("japan/new.txt"), "just now");
    read("13101");
    assertFalse(Files.exists(entry("13101")));
    assertFalse(Files.exists(cacheDir) && Files.list(cacheDir).findAny().isPresent());
  }

  @Test
  void aDamagedEntryIsAMissAndTheRunSucceeds() throws Exception {
    InputData expected = fresh("40228");
    read("40228");
    Path e = entry("40228");
    byte[] good = Files.readAllBytes(e);
    List<byte[]> damaged = new ArrayList<>();
    damaged.add(new byte[0]);
    damaged.add(java.util.Arrays.copyOf(good, good.length / 2));
    byte[] flipped = good.clone();
    flipped[flipped.length / 3] ^= 0x40;
    damaged.add(flipped);
    damaged.add("not an entry".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (byte[] b : damaged) {
      Files.write(e, b);
      int hits = InputCache.HITS.get();
      assertEquals(expected, read("40228"));
      assertEquals(hits, InputCache.HITS.get(), "a damaged entry is a miss");
      assertArrayEquals(good, Files.readAllBytes(e), "and is written again");
    }
    Files.write(e, flipped);
    simulate(scenario, "40228", tmp.resolve("out-damaged"));
    assertTrue(Files.isRegularFile(tmp.resolve("out-damaged").resolve(OutputDir.MANIFEST)));
  }

  @Test
  void withoutThePropertyNothingIsCached() throws Exception {
    System.clearProperty(InputCache.PROPERTY);
    assertNull(InputCache.lookup(data, null, "40228"));
    read("40228");
    assertFalse(Files.exists(cacheDir));
  }

  @Test
  void anUnwritableCacheIsIgnored() throws Exception {
    Files.writeString(cacheDir, "a file where the directory should be");
    InputData expected = fresh("13101");
    assertEquals(expected, read("13101"));
    assertEquals(expected, read("13101"));
  }

  private void assertMiss(String area) throws Exception {
    InputData expected = fresh(area);
    int hits = InputCache.HITS.get();
    assertEquals(expected, read(area));
    assertEquals(hits, InputCache.HITS.get(), "a miss");
  }
}
