package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import jp.popvision.io.InputException;
import jp.popvision.io.PopulationFile;
import jp.popvision.io.ScenarioReader;
import jp.popvision.io.TextFiles;
import jp.popvision.model.AgeGroups;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded fuzzing (fixed seed): random byte and line mutations of the shipped scenario files and of
 * population CSV files. The readers may accept a mutant or refuse it with an {@link
 * InputException}; nothing else may escape. Every tenth mutant also goes through the command line,
 * which must exit with 0 or 3, never 1 (a bug), and print no stack trace.
 */
class FuzzTest {
  /**
   * Fixed; {@code -Dpopvision.fuzz.seed=…} and {@code -Dpopvision.fuzz.mutants=…} explore further.
   */
  static final long SEED = Long.getLong("popvision.fuzz.seed", 20261124L);

  static final int MUTANTS = Integer.getInteger("popvision.fuzz.mutants", 500);
  static final int CLI_EVERY = 10;

  @TempDir Path tmp;

  /** Tokens that tend to break parsers, number readers and encoders. */
  static final String[] TOKENS = {
    ":",
    ": ",
    "-",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "\"",
    "'",
    "#",
    "&a ",
    "*a",
    "!!binary ",
    "!!python/object ",
    "\t",
    "\u0000",
    "\r",
    "\n",
    "\uFEFF",
    "０",
    "１,２３４",
    "－",
    "△",
    "NaN",
    ".nan",
    "-.inf",
    "1e309",
    "-0",
    "99999999999999999999",
    "0x1F",
    "1_000",
    "~",
    "null",
    "yes",
    "no",
    "<<: ",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "\"1,234\"",
    "1,234",
    "男",
    "総数",
    "合計",
    "年齢不詳",
    "\u00e9",
    "\uD83D\uDE00",
    "\\",
    "${x}",
    "\"a\\0b\"",
    "\"\\x07\"",
    "\"\\uD800\"",
    "=cmd|' /C calc'!A0"
  };

  record Mutant(byte[] bytes, String how) {}

  static Mutant mutate(byte[] original, Random rnd) {
    List<String> how = new ArrayList<>();
    byte[] b = original;
    int rounds = 1 + rnd.nextInt(3);
    for (int r = 0; r < rounds; r++) {
      int op = rnd.nextInt(9);
      int at = b.length == 0 ? 0 : rnd.nextInt(b.length);
      switch (op) {
        case 0 -> {
          if (b.length > 0) {
            b = b.clone();
            b[at] = (byte) rnd.nextInt(256);
            how.add("byte " + at + " replaced");
          }
        }
        case 1 -> {
          b = insert(b, at, new byte[] {(byte) rnd.nextInt(256)});
          how.add("byte inserted at " + at);
        }
        case 2 -> {
          int len = Math.min(b.length - at, 1 + rnd.nextInt(40));
          b = concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, at + len, b.length));
          how.add(len + " bytes deleted at " + at);
        }
        case 3 -> {
          String t = TOKENS[rnd.nextInt(TOKENS.length)];
          b =
              insert(
                  b,
                  at,
                  t.getBytes(rnd.nextInt(4) == 0 ? TextFiles.SHIFT_JIS : StandardCharsets.UTF_8));
          how.add("token '" + t.replace("\n", "\\n") + "' inserted at " + at);
        }
        case 4 -> {
          b = Arrays.copyOf(b, at);
          how.add("truncated at " + at);
        }
        default -> {
          List<String> lines =
              new ArrayList<>(List.of(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
          int i = rnd.nextInt(lines.size());
          int j = rnd.nextInt(lines.size());
          switch (op) {
            case 5 -> lines.add(i, lines.get(j));
            case 6 -> lines.remove(i);
            case 7 -> lines.set(i, lines.set(j, lines.get(i)));
            default -> lines.set(i, " ".repeat(rnd.nextInt(6)) + lines.get(i).strip());
          }
          how.add(
              List.of("line duplicated", "line deleted", "lines swapped", "line re-indented")
                      .get(op - 5)
                  + " ("
                  + i
                  + ", "
                  + j
                  + ")");
          b = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        }
      }
    }
    return new Mutant(b, String.join("; ", how));
  }

  static byte[] insert(byte[] b, int at, byte[] x) {
    return concat(concat(Arrays.copyOfRange(b, 0, at), x), Arrays.copyOfRange(b, at, b.length));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static int cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Map.of())
            .execute(args);
    String all = out + "" + err;
    if ((code != 0 && code != 3) || all.contains("\tat ") || all.contains("Exception")) {
      fail("exit " + code + " for " + String.join(" ", args) + "\n" + all);
    }
    return code;
  }

  @Test
  void mutatedScenarioFilesAreReadOrRefusedNeverCrashedOn() throws IOException {
    // the shipped scenarios side by side (extends works) with a data directory above them
    Path dir = tmp.resolve("s/scenarios");
    Files.createDirectories(dir);
    BadInputCorpusTest.copyTree(TestData.data(), tmp.resolve("s/data"));
    List<Path> shipped = new ArrayList<>();
    try (Stream<Path> s = Files.walk(TestData.root().resolve("scenarios"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(shipped::add);
    }
    for (Path p : shipped) {
      Path t = dir.resolve(TestData.root().resolve("scenarios").relativize(p).toString());
      Files.createDirectories(t.getParent());
      Files.copy(p, t);
    }
    Random rnd = new Random(SEED);
    int accepted = 0;
    for (int k = 0; k < MUTANTS; k++) {
      Path original = shipped.get(rnd.nextInt(shipped.size()));
      Mutant m = mutate(Files.readAllBytes(original), rnd);
      Path f = dir.resolve("fuzz-" + k + ".yaml");
      Files.write(f, m.bytes());
      try {
        ScenarioReader.read(f);
        accepted++;
      } catch (InputException e) {
        assertTrue(!e.problems().isEmpty());
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError(
            "mutant " + k + " of " + original.getFileName() + " (" + m.how() + "): " + e, e);
      }
      if (k % CLI_EVERY == 0) {
        cli(
            "simulate",
            "--scenario",
            f.toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--force",
            "--quiet");
      }
      Files.delete(f);
    }
    assertTrue(
        accepted > 0 && accepted < MUTANTS, "mutants both accepted and refused: " + accepted);
  }

  @Test
  void mutatedPopulationFilesAreReadOrRefusedNeverCrashedOn() throws IOException {
    Path good = TestData.root().resolve("src/test/resources/good");
    List<Path> seeds =
        List.of(
            good.resolve("census-2015-utf8.csv"), good.resolve("census-2015-shift-jis-excel.csv"));
    Random rnd = new Random(SEED + 1);
    Path scenario = tmp.resolve("s.yaml");
    Files.writeString(
        scenario,
        "name: fuzz\ntitle: fuzz\ndata_dir: "
            + TestData.data()
            + "\nbase:\n  year: 2015\n"
            + "  file: fuzz.csv\nhorizon: 2025\nfertility: {method: tfr, tfr: {2015: 1.44}}\nmigration: {method: zero}\n");
    int accepted = 0;
    for (int k = 0; k < MUTANTS; k++) {
      Path original = seeds.get(rnd.nextInt(seeds.size()));
      Mutant m = mutate(Files.readAllBytes(original), rnd);
      Path f = tmp.resolve("fuzz.csv");
      Files.write(f, m.bytes());
      for (TextFiles.Encoding enc : TextFiles.Encoding.values()) {
        try {
          PopulationFile.readPopulations(f, f.toString(), enc, AgeGroups.FIVE_YEAR_TO_90);
          accepted++;
        } catch (InputException e) {
          assertTrue(!e.problems().isEmpty());
        } catch (RuntimeException | StackOverflowError e) {
          throw new AssertionError(
              "mutant "
                  + k
                  + " of "
                  + original.getFileName()
                  + " ("
                  + m.how()
                  + ", "
                  + enc
                  + "): "
                  + e,
              e);
        }
      }
      if (k % CLI_EVERY == 0) {
        cli(
            "simulate",
            "--scenario",
            scenario.toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--force",
            "--quiet");
      }
    }
    assertTrue(
        accepted > 0 && accepted < 3 * MUTANTS, "mutants both accepted and refused: " + accepted);
  }
}
