package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Base population files as planners export them ({@code src/test/resources/good/}) are read
 * correctly, not rejected: Shift_JIS with Japanese labels and totals rows, a BOM with CRLF,
 * full-width digits, quoted thousands separators, popvision's own population.csv. The oracle is the
 * 2015 census total of the shipped data (52,444, unknown ages included) and, for population.csv,
 * the sum of its 2015 rows.
 */
class GoodInputTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
    "census-2015-utf8.csv, auto",
    "census-2015-bom-crlf.csv, auto",
    "census-2015-shift-jis-excel.csv, auto",
    "census-2015-shift-jis-excel.csv, shift_jis",
    "census-2015-fullwidth-digits.csv, auto",
    "census-2015-thousands-separators.csv, utf-8",
    "popvision-population-output.csv, auto"
  })
  void isReadAsTheCensus(String file, String encoding) throws Exception {
    Path csv = TestData.root().resolve("src/test/resources/good").resolve(file);
    Path scenario = tmp.resolve("s.yaml");
    Files.writeString(
        scenario,
        "name: good\ntitle: 良い入力\ndata_dir: "
            + TestData.data()
            + "\nbase:\n  year: 2015\n"
            + "  file: "
            + csv
            + "\n"
            + (encoding.equals("auto") ? "" : "  encoding: " + encoding + "\n")
            + "horizon: 2020\nfertility: {method: tfr, tfr: {2015: 1.44}}\nmigration: {method: zero}\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path o = tmp.resolve("out");
    int code =
        Main.commandLine(new PrintWriter(out), new PrintWriter(err), Map.of())
            .execute(
                "simulate",
                "--scenario",
                scenario.toString(),
                "--out",
                o.toString(),
                "--lang",
                "en");
    assertEquals(0, code, err.toString());
    double expected = file.startsWith("popvision") ? sum2015(csv) : 52_444;
    // population.csv has 38 cells rounded to 0.01
    assertEquals(expected, sum2015(o.resolve("population.csv")), 0.2, file);
    assertFalse(err.toString().contains("error"), err.toString());
    String manifest = Files.readString(o.resolve("manifest.json"));
    assertTrue(manifest.contains("\"role\" : \"base.file\""), manifest);
  }

  /** The 2015 total of a population.csv-like file (columns year,…,population). */
  static double sum2015(Path file) throws Exception {
    List<String> lines = Files.readAllLines(file);
    List<String> header = List.of(lines.get(0).split(","));
    int y = header.indexOf("year");
    int p = header.indexOf("population");
    double s = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      if (c[y].equals("2015")) {
        s += Double.parseDouble(c[p]);
      }
    }
    return s;
  }
}
