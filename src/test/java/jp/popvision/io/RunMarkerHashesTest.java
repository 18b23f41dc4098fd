package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The marker's hashes, half of them computed on a second thread, are each file's SHA-256. */
class RunMarkerHashesTest {
  @Test
  void everyFileGetsItsOwnHash() {
    for (int n = 0; n <= 5; n++) {
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (int i = n; i > 0; i--) {
        files.put("f" + i + ".csv", ("content " + i).getBytes(StandardCharsets.UTF_8));
      }
      Map<String, String> h = RunMarker.hashes(files);
      assertEquals(n, h.size());
      files.forEach((name, b) -> assertEquals(RunMarker.sha256(b), h.get(name), name));
    }
    // an independent value: SHA-256 of the empty input (FIPS 180-4 test vector)
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        RunMarker.hashes(Map.of("empty", new byte[0])).get("empty"));
  }
}
