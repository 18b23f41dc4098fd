package jp.popvision.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small helpers for tests: the project root, and a plain CSV reader independent of io. */
public final class TestData {
  private TestData() {}

  /** The project root (where pom.xml is). */
  public static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("pom.xml"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("pom.xml not found above the working directory");
    }
    return p;
  }

  public static Path data() {
    return root().resolve("data");
  }

  /** The shipped data of 朝倉市 (40228), the area of the shipped scenarios. */
  public static jp.popvision.scenario.InputData asakura() {
    return area("40228");
  }

  /** The shipped data of the area {@code code}. */
  public static jp.popvision.scenario.InputData area(String code) {
    try {
      jp.popvision.io.AreaCatalog c = jp.popvision.io.AreaCatalog.read(data(), List.of());
      return jp.popvision.io.AreaData.read(data(), c.byCode(code));
    } catch (jp.popvision.io.InputException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Rows of a simple CSV (no quoted commas) as maps from column to cell. */
  public static List<Map<String, String>> csv(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      String[] header = split(lines.get(0));
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = split(line);
        Map<String, String> row = new TreeMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], i < cells.length ? cells[i] : "");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] split(String line) {
    String[] cells = line.split(",", -1);
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cells[i].replace("\"", "").strip();
    }
    return cells;
  }
}
