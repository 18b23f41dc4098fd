package jp.popvision.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.io.ProjectionTables;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.testutil.Goldens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole-scenario golden files (STYLE.md rule 6): every shipped scenario's CSV tables, exactly as
 * {@code popvision simulate} writes them, equal the files kept in {@code
 * src/test/resources/golden/<scenario>/}. A change of any figure fails here with the changed lines.
 * When the change is intended, refresh on purpose and review the printed diff before committing:
 *
 * <pre>mvn -Dgolden.refresh=true -Dtest=GoldenScenariosTest test</pre>
 */
class GoldenScenariosTest {
  private static final boolean REFRESH = Boolean.getBoolean(Goldens.REFRESH);
  private static final String HOW =
      "if the change is intended: mvn -Dgolden.refresh=true -Dtest=GoldenScenariosTest test";

  static Map<String, String> tables(String scenario) throws Exception {
    ResolvedScenario s = Simulation.resolve(Goldens.scenarios().resolve(scenario + ".yaml"));
    Projection p = Projector.run(s.base(), s.rates());
    return ProjectionTables.of(s, p);
  }

  @TestFactory
  Stream<DynamicTest> everyShippedScenarioEqualsItsGoldenFiles() {
    return Goldens.shippedScenarios().stream()
        .map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
  }

  private static void check(String scenario) throws Exception {
    Path dir = Goldens.dir().resolve(scenario);
    Map<String, String> now = tables(scenario);
    List<String> problems = new ArrayList<>();
    for (var e : now.entrySet()) {
      Path file = dir.resolve(e.getKey());
      String before = Files.exists(file) ? Files.readString(file) : null;
      if (e.getValue().equals(before)) {
        continue;
      }
      List<String> diff =
          before == null ? List.of("(new file)") : Goldens.diff(before, e.getValue(), 40);
      problems.add(scenario + "/" + e.getKey() + ":\n  " + String.join("\n  ", diff));
      if (REFRESH) {
        Files.createDirectories(dir);
        Files.writeString(file, e.getValue());
      }
    }
    for (Path stale : goldenFiles(dir)) {
      if (!now.containsKey(stale.getFileName().toString())) {
        problems.add(scenario + "/" + stale.getFileName() + ": no longer written");
        if (REFRESH) {
          Files.delete(stale);
        }
      }
    }
    if (REFRESH) {
      System.out.println(
          "golden " + scenario + ": " + (problems.isEmpty() ? "unchanged" : "REFRESHED"));
      problems.forEach(p -> System.out.println("  " + p));
    } else if (!problems.isEmpty()) {
      fail("golden files differ (" + HOW + "):\n" + String.join("\n", problems));
    }
  }

  private static List<Path> goldenFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** No golden directory is left for a scenario that is no longer shipped. */
  @Test
  void everyGoldenDirectoryBelongsToAShippedScenario() throws IOException {
    List<String> shipped = Goldens.shippedScenarios();
    List<String> golden;
    try (Stream<Path> s = Files.walk(Goldens.dir())) {
      golden =
          s.filter(Files::isRegularFile)
              .map(f -> Goldens.dir().relativize(f.getParent()).toString().replace('\\', '/'))
              .distinct()
              .sorted()
              .toList();
    }
    for (String g : golden) {
      if (!shipped.contains(g)) {
        if (REFRESH) {
          for (Path f : goldenFiles(Goldens.dir().resolve(g))) {
            Files.delete(f);
          }
          Files.delete(Goldens.dir().resolve(g));
          System.out.println("golden " + g + ": REMOVED (no such scenario)");
        } else {
          fail("golden/" + g + " has no scenario (" + HOW + ")");
        }
      }
    }
    assertTrue(shipped.size() >= 12, "the shipped scenarios: " + shipped);
  }

  /** The diff the refresh prints names the changed lines only. */
  @Test
  void theDiffShowsOnlyTheChangedLines() {
    assertEquals(
        List.of("line 2 - b,2", "line 2 + b,3"),
        Goldens.diff("a,1\nb,2\nc,3\n", "a,1\nb,3\nc,3\n", 10));
    assertEquals(List.of("line 3 + d,4"), Goldens.diff("a,1\nb,2\n", "a,1\nb,2\nd,4\n", 10));
  }
}
