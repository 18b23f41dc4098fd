package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command (and its help, and usage and input errors) in one language prints nothing of the
 * other: with {@code --lang ja} no English sentence, with {@code --lang en} no Japanese text.
 *
 * <p>An English sentence is three or more English words in a row (letters only, after stripping
 * punctuation; a word has a lower-case letter, so TFR, MAPE or FILE are codes); file names,
 * options, keys and codes (anything with a digit, '.', '_', '-', '/', '=', '|' or '<') are not
 * words, so {@code population.csv}, {@code --scenario}, {@code net-counts}, {@code TFR} or {@code
 * e0} alone never make one. The only Japanese allowed in English output is a scenario's own title
 * (from its YAML file), an area's name from the catalog (proper nouns, as 福岡県朝倉市) and the data's
 * own labels quoted in notes.
 */
class LanguageTest {
  @TempDir Path tmp;

  private static final Path SC = TestData.root().resolve("scenarios");

  /** The command lines run in each language (output directories are appended below). */
  private List<String[]> commands() {
    String target = SC.resolve("target.yaml").toString();
    String baseline = SC.resolve("baseline.yaml").toString();
    List<String[]> c = new ArrayList<>();
    c.add(new String[] {"--help"});
    for (String s :
        new String[] {
          "simulate",
          "compare",
          "backtest",
          "sensitivity",
          "solve",
          "uncertainty",
          "bench",
          "report",
          "track",
          "areas"
        }) {
      c.add(new String[] {s, "--help"});
    }
    c.add(new String[] {"simulate", "-s", target, "--no-charts", "--excel", "--out", out("s")});
    c.add(new String[] {"compare", baseline, target, "--no-charts", "--out", out("c")});
    c.add(new String[] {"track", "-s", target, "--excel", "--out", out("t")});
    c.add(new String[] {"backtest", "-s", target, "--base-year", "2015", "--no-charts"});
    // the area commands: the catalog, a whole prefecture (大分県, 18 areas), its track record
    String pattern1 = SC.resolve("pattern1.yaml").toString();
    c.add(new String[] {"areas", "朝倉"});
    c.add(
        new String[] {
          "simulate", "-s", pattern1, "--area", "44", "--no-charts", "--out", out("a")
        });
    c.add(new String[] {"backtest", "--area", "44", "--no-charts", "--out", out("b")});
    c.add(new String[] {"report", "--out", out("r")});
    c.add(new String[] {"bench", "--trajectories", "100", "--rounds", "1", "--no-million"});
    c.add(new String[] {"bench", "--rounds", "0"});
    c.add(
        new String[] {
          "sensitivity",
          "-s",
          target,
          "--no-charts",
          "--grid-tfr",
          "1.2:2.2:0.5",
          "--grid-migration",
          "-2000:500:500",
          "--out",
          out("se")
        });
    c.add(
        new String[] {
          "solve",
          "-s",
          target,
          "--lever",
          "migration",
          "--target-year",
          "2060",
          "--target-population",
          "30000",
          "--out",
          out("so")
        });
    c.add(
        new String[] {
          "solve",
          "-s",
          target,
          "--lever",
          "tfr",
          "--target-year",
          "2060",
          "--target-population",
          "90000",
          "--out",
          out("so2")
        });
    c.add(
        new String[] {
          "uncertainty", "-s", target, "--trajectories", "200", "--no-charts", "--out", out("u")
        });
    // usage errors: picocli's own and the commands'
    c.add(new String[] {"simulate", "--scenari", target});
    c.add(new String[] {"compare"});
    c.add(new String[] {"frobnicate"});
    c.add(new String[] {});
    c.add(new String[] {"simulate", "--dpi", "abc"});
    c.add(new String[] {"simulate", "--dpi", "5"});
    c.add(new String[] {"solve", "--lever", "tfr"});
    c.add(new String[] {"sensitivity", "--grid-tfr", "2:1:0.1"});
    c.add(new String[] {"uncertainty", "--threads", "0"});
    // invalid input
    c.add(new String[] {"simulate", "-s", tmp.resolve("nope.yaml").toString()});
    return c;
  }

  private String out(String name) {
    return tmp.resolve(name).toString();
  }

  private static List<String> run(String lang, String[] args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--lang";
    all[args.length + 1] = lang;
    if (args.length == 0) {
      all = new String[] {"--lang", lang};
    }
    CliTest.Run r = CliTest.runEnv(Map.of(), all);
    assertTrue(r.code() != 1, String.join(" ", all) + "\n" + r.err());
    return (r.out() + "\n" + r.err()).lines().toList();
  }

  /** The first run of three or more English words in {@code line}, or null. */
  static String englishSentence(String line) {
    int run = 0;
    StringBuilder words = new StringBuilder();
    for (String raw : line.split("[\\s、。:;,()（）「」\\[\\]]+")) {
      String t = raw.replaceAll("^[\"'`]+|[\"'`.,;:!?]+$", "");
      boolean word = t.length() >= 2 && t.matches("[A-Za-z]*[a-z][A-Za-z]*");
      if (word) {
        run++;
        words.append(t).append(' ');
        if (run >= 3) {
          return words.toString().strip();
        }
      } else {
        run = 0;
        words.setLength(0);
      }
    }
    return null;
  }

  static boolean hasJapanese(String line) {
    return line.codePoints()
        .anyMatch(
            c -> {
              Character.UnicodeScript s = Character.UnicodeScript.of(c);
              return s == Character.UnicodeScript.HIRAGANA
                  || s == Character.UnicodeScript.KATAKANA
                  || s == Character.UnicodeScript.HAN;
            });
  }

  /** The shipped scenarios' titles: Japanese that English output may quote. */
  private static List<String> titles() throws Exception {
    List<String> t = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SC)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        for (String l : Files.readAllLines(f)) {
          if (l.startsWith("title:")) {
            t.add(l.substring("title:".length()).strip());
          }
        }
      }
    }
    return t;
  }

  /** The catalog's prefecture and area names (proper nouns), longest first. */
  private static List<String> areaNames() {
    java.util.Set<String> n = new java.util.HashSet<>();
    for (Map<String, String> r :
        TestData.csv(TestData.data().resolve("municipalities/areas.csv"))) {
      n.add(r.get("prefecture") + r.get("name"));
      n.add(r.get("prefecture"));
      n.add(r.get("name"));
    }
    List<String> out = new ArrayList<>(n);
    out.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return out;
  }

  @Test
  void japaneseRunsPrintNoEnglishSentence() {
    List<String> bad = new ArrayList<>();
    for (String[] c : commands()) {
      for (String line : run("ja", c)) {
        String s = englishSentence(line);
        if (s != null) {
          bad.add(String.join(" ", c) + " → " + line + "   [" + s + "]");
        }
      }
    }
    assertEquals(List.of(), bad, String.join("\n", bad));
  }

  @Test
  void englishRunsPrintNoJapanese() throws Exception {
    List<String> titles = titles();
    List<String> names = areaNames();
    List<String> bad = new ArrayList<>();
    for (String[] c : commands()) {
      for (String line : run("en", c)) {
        String l = line;
        for (String t : titles) {
          l = l.replace(t, "");
        }
        for (String n : names) {
          l = l.replace(n, "");
        }
        if (hasJapanese(l)) {
          bad.add(String.join(" ", c) + " → " + line);
        }
      }
    }
    assertEquals(List.of(), bad, String.join("\n", bad));
  }

  @Test
  void theDetectorsCatchWhatTheyShould() {
    // the detectors themselves: each must be able to fail
    assertEquals("lever needs it", englishSentence("エラー: x.yaml: the TFR lever needs it"));
    assertEquals(null, englishSentence("書き出し: out/target/(population.csv, summary.csv)"));
    assertEquals(null, englishSentence("  基準 2015年  net-rates  2020年  TFR e0"));
    assertEquals(null, englishSentence("「popvision simulate --help」で使い方を表示します"));
    assertTrue(hasJapanese("注: 補正しました"));
    assertTrue(!hasJapanese("note: net migration calibrated"));
  }
}
