package jp.popvision.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The whole-scenario golden files: for every shipped scenario {@code scenarios/X.yaml} the CSV
 * tables of {@code popvision simulate} in {@code src/test/resources/golden/X/}. They change only
 * through {@code mvn -Dgolden.refresh=true -Dtest=GoldenScenariosTest test} (README,
 * "Development").
 */
public final class Goldens {
  private Goldens() {}

  /** The system property that rewrites the golden files instead of comparing with them. */
  public static final String REFRESH = "golden.refresh";

  public static Path dir() {
    return TestData.root().resolve("src/test/resources/golden");
  }

  public static Path scenarios() {
    return TestData.root().resolve("scenarios");
  }

  /** Every shipped scenario, as its path below {@code scenarios/} without {@code .yaml}. */
  public static List<String> shippedScenarios() {
    try (Stream<Path> s = Files.walk(scenarios())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .map(p -> scenarios().relativize(p).toString().replace('\\', '/'))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden total population of {@code scenario} in {@code year} (summary.csv). */
  public static double total(String scenario, int year) {
    for (Map<String, String> row : TestData.csv(dir().resolve(scenario).resolve("summary.csv"))) {
      if (row.get("year").equals(String.valueOf(year))) {
        return Double.parseDouble(row.get("total"));
      }
    }
    throw new AssertionError("no " + year + " in the golden summary of " + scenario);
  }

  /**
   * The lines of {@code now} that differ from {@code before}, as "- old" and "+ new" lines (a line
   * diff by position after the common start and end; enough for CSV tables of fixed row order).
   */
  public static List<String> diff(String before, String now, int max) {
    List<String> a = before.lines().toList();
    List<String> b = now.lines().toList();
    int start = 0;
    while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
      start++;
    }
    int endA = a.size();
    int endB = b.size();
    while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
      endA--;
      endB--;
    }
    Set<String> kept = new HashSet<>(a.subList(start, endA));
    kept.retainAll(new HashSet<>(b.subList(start, endB)));
    List<String> out = new ArrayList<>();
    for (int i = start; i < Math.max(endA, endB); i++) {
      if (i < endA && !kept.contains(a.get(i))) {
        out.add("line " + (i + 1) + " - " + a.get(i));
      }
      if (i < endB && !kept.contains(b.get(i))) {
        out.add("line " + (i + 1) + " + " + b.get(i));
      }
    }
    if (out.size() > max) {
      int more = out.size() - max;
      out = new ArrayList<>(out.subList(0, max));
      out.add("… " + more + " more");
    }
    return out;
  }
}
