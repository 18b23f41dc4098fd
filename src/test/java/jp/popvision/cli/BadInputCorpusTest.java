package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad inputs ({@code src/test/resources/bad/}, described in its README.md): every
 * file with a sidecar {@code NAME.expected} is run through the command line as a user would, in
 * Japanese (the default) and in English, and must exit with 3, name the file and line (and column
 * for YAML), show the expected message fragment, write nothing and show no exception.
 *
 * <ul>
 *   <li>{@code bad/yaml/*.yaml}: scenario files, run as they are (the data directory is the
 *       project's {@code data/}, found above them).
 *   <li>{@code bad/csv/*.csv}: base population files ({@code base.file}), run from a generated
 *       scenario (base year 2015, {@code encoding:} from the sidecar if given).
 *   <li>{@code bad/data/*.csv}: bad copies of shipped data files, run with a copy of {@code data/}
 *       in which the file named by the sidecar's {@code replaces:} is replaced.
 * </ul>
 */
class BadInputCorpusTest {
  @TempDir Path tmp;

  static final Path BAD = TestData.root().resolve("src/test/resources/bad");

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Map.of())
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The sidecar: {@code key: value} lines; {@code #} starts a comment. */
  static Map<String, String> expected(Path input) throws IOException {
    String name = input.getFileName().toString();
    Path sidecar = input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      m.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
    return m;
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String kind : List.of("yaml", "csv", "data")) {
      try (Stream<Path> s = Files.list(BAD.resolve(kind))) {
        s.filter(p -> !p.toString().endsWith(".expected"))
            .filter(p -> Files.exists(sidecarOf(p)))
            .sorted()
            .forEach(p -> out.add(Arguments.of(kind + "/" + p.getFileName(), p)));
      }
    }
    return out.stream();
  }

  static Path sidecarOf(Path p) {
    String name = p.getFileName().toString();
    return p.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
  }

  @Test
  void theCorpusHoldsAtLeastFortyBadInputsAndEveryInputHasItsExpectation() throws IOException {
    assertTrue(cases().count() >= 40, "corpus size " + cases().count());
    for (String kind : List.of("csv", "data")) {
      try (Stream<Path> s = Files.list(BAD.resolve(kind))) {
        for (Path p : s.filter(p -> !p.toString().endsWith(".expected")).toList()) {
          assertTrue(Files.exists(sidecarOf(p)), "no .expected for " + p);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputIsReportedNotCrashedOn(String label, Path input) throws IOException {
    Map<String, String> exp = expected(input);
    List<String> args =
        new ArrayList<>(List.of("simulate", "--scenario", scenarioFor(input, exp).toString()));
    Path out = tmp.resolve("out");
    args.addAll(List.of("--out", out.toString()));
    for (String lang : List.of("ja", "en")) {
      List<String> a = new ArrayList<>(args);
      if (lang.equals("en")) {
        a.addAll(List.of("--lang", "en"));
      }
      Run r = run(a.toArray(String[]::new));
      String all = r.out() + r.err();
      assertEquals(3, r.code(), lang + ": exit code\n" + all);
      String fragment = exp.get(lang);
      if (fragment == null) {
        fail("no '" + lang + ":' line in the .expected of " + label + "; the output was:\n" + all);
      }
      assertTrue(
          r.err().contains(fragment),
          lang + ": expected fragment '" + fragment + "' in\n" + r.err());
      String at = exp.get("at");
      if (at == null) {
        fail("no 'at:' line in the .expected of " + label + "; the output was:\n" + all);
      }
      String where =
          at.startsWith("scenario.yaml")
              ? at
              : input.getFileName().toString().equals(at.split(":")[0])
                  ? input.toString() + at.substring(at.indexOf(':'))
                  : at;
      assertTrue(
          r.err().contains(where + ":") || r.err().contains(where + " "),
          lang + ": expected location '" + where + "' in\n" + r.err());
      assertTrue(where.matches(".*:\\d+(:\\d+)?"), "a location names a line: " + where);
      assertFalse(all.contains("Exception"), all);
      assertFalse(all.contains("\tat "), all);
      assertTrue(r.err().startsWith(lang.equals("ja") ? "エラー: " : "error: "), r.err());
      assertTrue(
          r.err().contains(lang.equals("ja") ? "何も書き出していません" : "nothing was written"), r.err());
      assertFalse(Files.exists(out), "nothing is written");
    }
  }

  /** The other commands that take a scenario, with the arguments each needs besides it. */
  static final List<List<String>> OTHER_COMMANDS =
      List.of(
          List.of("sensitivity"),
          List.of("uncertainty"),
          List.of("backtest"),
          List.of(
              "solve",
              "--lever",
              "migration",
              "--target-year",
              "2060",
              "--target-population",
              "40000"),
          List.of("compare"));

  /**
   * Every command that takes a scenario reports the same problems with the same message and place
   * as simulate (one pipeline loads them all), writes nothing and shows no exception.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyCommandReportsABadInputAsSimulateDoes(String label, Path input) throws IOException {
    Map<String, String> exp = expected(input);
    Path scenario = scenarioFor(input, exp);
    Path out = tmp.resolve("out");
    Run sim = run("simulate", "--scenario", scenario.toString(), "--out", out.toString());
    assertEquals(3, sim.code(), sim.err());
    for (List<String> command : OTHER_COMMANDS) {
      List<String> a = new ArrayList<>(List.of(command.get(0)));
      if (command.get(0).equals("compare")) {
        a.add(scenario.toString());
      } else {
        a.addAll(List.of("--scenario", scenario.toString()));
      }
      a.addAll(command.subList(1, command.size()));
      a.addAll(List.of("--out", out.toString()));
      Run r = run(a.toArray(String[]::new));
      String all = r.out() + r.err();
      assertEquals(3, r.code(), command.get(0) + ": exit code\n" + all);
      assertTrue(r.err().contains(exp.get("ja")), command.get(0) + ": message\n" + r.err());
      assertEquals(
          problemLines(sim.err()), problemLines(r.err()), command.get(0) + ": same problems");
      assertFalse(all.contains("Exception"), all);
      assertFalse(Files.exists(out), command.get(0) + ": nothing is written");
    }
  }

  /** The problem lines of an error output (the lines that start with the error label). */
  static List<String> problemLines(String err) {
    return err.lines().filter(l -> l.startsWith("エラー: ")).toList();
  }

  /** The scenario to run: the YAML itself, or one generated around a CSV. */
  Path scenarioFor(Path input, Map<String, String> exp) throws IOException {
    String kind = input.getParent().getFileName().toString();
    if (kind.equals("yaml")) {
      return input;
    }
    Path dataDir = TestData.data();
    StringBuilder base = new StringBuilder("base:\n  year: 2015\n");
    if (kind.equals("csv")) {
      base.append("  file: ").append(input.toAbsolutePath()).append('\n');
      if (exp.containsKey("encoding")) {
        base.append("  encoding: ").append(exp.get("encoding")).append('\n');
      }
    } else {
      dataDir = tmp.resolve("data");
      copyTree(TestData.data(), dataDir);
      Files.copy(
          input,
          dataDir.resolve(exp.get("replaces")),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      base.append("  dataset: census\n");
    }
    Path scenario = tmp.resolve("scenario.yaml");
    Files.writeString(
        scenario,
        "name: corpus\ntitle: コーパス\ndata_dir: "
            + dataDir.toAbsolutePath()
            + "\n"
            + base
            + "fertility:\n  method: tfr\n  tfr: {2015: 1.44}\nmigration:\n  method: net-rates\n");
    return scenario;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  // ---- inputs too large to commit: made here

  @Test
  void aVeryLargeScenarioFileIsRefusedUnread() throws IOException {
    Path big = tmp.resolve("big.yaml");
    StringBuilder sb = new StringBuilder("name: big\ntitle: big\n");
    while (sb.length() < 2 * 1024 * 1024) {
      sb.append("# padding padding padding padding padding padding padding padding padding\n");
    }
    Files.writeString(big, sb);
    for (String[] lang :
        new String[][] {{"ja", "1024 KiB を超えています"}, {"en", "larger than 1024 KiB"}}) {
      Run r =
          run(
              "simulate",
              "--scenario",
              big.toString(),
              "--out",
              tmp.resolve("o").toString(),
              "--lang",
              lang[0]);
      assertEquals(3, r.code(), r.err());
      assertTrue(r.err().contains(big + ": ") && r.err().contains(lang[1]), r.err());
    }
  }

  @Test
  void aVeryLargeCsvFileIsRefusedUnread() throws IOException {
    Path big = tmp.resolve("big.csv");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(40L << 20); // sparse: no 40 MiB written
    }
    Path scenario = tmp.resolve("s.yaml");
    Files.writeString(
        scenario,
        "name: big\ntitle: big\ndata_dir: "
            + TestData.data()
            + "\nbase:\n  year: 2015\n"
            + "  file: big.csv\nfertility: {method: tfr, tfr: {2015: 1.44}}\nmigration: {method: zero}\n");
    Run r =
        run(
            "simulate",
            "--scenario",
            scenario.toString(),
            "--out",
            tmp.resolve("o").toString(),
            "--lang",
            "en");
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("big.csv: the file is larger than 32 MiB"), r.err());
  }

  @Test
  void manyProblemsAreAllCountedButOnlyAHundredShown() throws IOException {
    StringBuilder sb = new StringBuilder("year,sex,age_from,age_to,population\n");
    for (int i = 0; i < 150; i++) {
      sb.append("2015,male,0,4,x").append(i).append('\n');
    }
    Path csv = tmp.resolve("many.csv");
    Files.writeString(csv, sb);
    Path scenario = tmp.resolve("s.yaml");
    Files.writeString(
        scenario,
        "name: many\ntitle: many\ndata_dir: "
            + TestData.data()
            + "\nbase:\n  year: 2015\n"
            + "  file: many.csv\nfertility: {method: tfr, tfr: {2015: 1.44}}\nmigration: {method: zero}\n");
    Run r =
        run(
            "simulate",
            "--scenario",
            scenario.toString(),
            "--out",
            tmp.resolve("o").toString(),
            "--lang",
            "en");
    assertEquals(3, r.code(), r.err());
    assertEquals(100, r.err().lines().filter(l -> l.startsWith("error: ")).count());
    java.util.regex.Matcher more =
        java.util.regex.Pattern.compile("… and (\\d+) more problem\\(s\\) not shown")
            .matcher(r.err());
    assertTrue(more.find(), r.err());
    int total = 100 + Integer.parseInt(more.group(1));
    assertTrue(total >= 150, r.err());
    assertTrue(r.err().contains(total + " problem(s); nothing was written."), r.err());
  }
}
