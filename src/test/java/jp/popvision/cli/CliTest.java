package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  String target() {
    return TestData.root().resolve("scenarios/target.yaml").toString();
  }

  @Test
  void simulateWritesOutputsAndPrintsASummary() throws Exception {
    Path out = tmp.resolve("o");
    Run r = run("simulate", "--scenario", target(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2015     52,444"), r.out());
    assertTrue(r.out().contains("2040"), r.out());
    assertTrue(r.out().contains("2070"), r.out());
    for (String f : new String[] {"population.csv", "summary.csv", "components.csv", "manifest.json"}) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    assertFalse(Files.list(tmp).anyMatch(p -> p.getFileName().toString().startsWith(".")),
        "no temporary directory left behind");
  }

  @Test
  void usageErrorsExitTwo() {
    Run r = run("simulate", "--scenari", target());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--scenari"), r.err());
    assertEquals(2, run().code());
    assertEquals(2, run("frobnicate").code());
  }

  @Test
  void invalidScenarioExitsThreeNamingFileLineAndKeyAndWritesNothing() throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Path.of(target())).replace("horizon: 2070", "horizon: 2073"));
    // data_dir resolves relative to the scenario: point it at the shipped data
    Files.writeString(bad, Files.readString(bad) + "data_dir: " + TestData.data() + "\n");
    Path out = tmp.resolve("o");
    Run r = run("simulate", "--scenario", bad.toString(), "--out", out.toString(), "--lang", "en");
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("error: " + bad + ":12:10: horizon: value '2073': must be a multiple of 5"), r.err());
    assertTrue(r.err().contains("nothing was written"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(out));
    // Japanese by default, with the same place, key and value
    Run ja = run("simulate", "--scenario", bad.toString(), "--out", out.toString());
    assertEquals(3, ja.code(), ja.err());
    assertTrue(ja.err().contains("エラー: " + bad + ":12:10: horizon: 値「2073」: 2020〜2120 の 5 の倍数にしてください"),
        ja.err());
    assertTrue(ja.err().contains("問題が 1 件あります。何も書き出していません。"), ja.err());
  }

  @Test
  void missingScenarioFileExitsThree() {
    Run r = run("--lang", "en", "simulate", "--scenario", tmp.resolve("nope.yaml").toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("nope.yaml: scenario file not found"), r.err());
  }

  @Test
  void refusesToReplaceADirectoryItDidNotWrite() throws Exception {
    Path out = tmp.resolve("mine");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "keep me");
    Run r = run("simulate", "--scenario", target(), "--out", out.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("--force"), r.err());
    assertEquals("keep me", Files.readString(out.resolve("notes.txt")));
    assertEquals(0, run("simulate", "--scenario", target(), "--out", out.toString(), "--force").code());
    assertFalse(Files.exists(out.resolve("notes.txt")));
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("simulate"), help.out());
    Run v = run("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("popvision "), v.out());
    Run sh = run("simulate", "--help");
    assertTrue(sh.out().contains("--scenario"), sh.out());
  }
}
