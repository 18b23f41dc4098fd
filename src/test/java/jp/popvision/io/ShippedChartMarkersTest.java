package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;

/**
 * Every shipped chart directory holds popvision's marker listing exactly its files with their
 * hashes, so that a run may replace them (regenerating shipped charts by a run keeps this true;
 * copying PNGs in by hand does not, and this test says so).
 */
class ShippedChartMarkersTest {
  @Test
  void everyShippedChartDirectoryIsPopvisions() throws Exception {
    Path charts = TestData.root().resolve("charts");
    try (Stream<Path> dirs = Files.list(charts)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        RunMarker m = RunMarker.read(d).orElse(null);
        assertTrue(m != null, d + " has no valid " + RunMarker.FILE);
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> s = Files.walk(d)) {
          for (Path f : s.filter(Files::isRegularFile).toList()) {
            String rel = d.relativize(f).toString();
            if (!rel.startsWith(".")) {
              actual.put(rel, RunMarker.sha256(Files.readAllBytes(f)));
            }
          }
        }
        assertEquals(actual, new TreeMap<>(m.files()), d.toString());
      }
    }
  }
}
