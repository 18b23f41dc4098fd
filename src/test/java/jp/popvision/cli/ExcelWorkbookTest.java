package jp.popvision.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.popvision.testutil.TestData;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --excel}: the workbook read back by an independent reader, against the CSVs. */
class ExcelWorkbookTest {
  @TempDir Path tmp;

  private static Map<String, List<Row>> read(Path xlsx) throws Exception {
    try (InputStream in = Files.newInputStream(xlsx);
        ReadableWorkbook wb = new ReadableWorkbook(in)) {
      Map<String, List<Row>> sheets = new java.util.LinkedHashMap<>();
      for (Sheet s : wb.getSheets().collect(Collectors.toList())) {
        sheets.put(s.getName(), s.read());
      }
      return sheets;
    }
  }

  /** The CSV's rows as cells (our CSVs quote nothing in these columns). */
  private static List<String[]> csv(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.lines().map(l -> l.split(",", -1)).toList();
  }

  private static long persons(String csvCell) {
    return new BigDecimal(csvCell).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
  }

  @Test
  void simulateWorkbookHasJapaneseSheetsAndTheCsvValuesRounded() throws Exception {
    Path out = tmp.resolve("o");
    String target = TestData.root().resolve("scenarios/target.yaml").toString();
    CliTest.Run r =
        CliTest.run("simulate", "--scenario", target, "--out", out.toString(), "--no-charts");
    assertEquals(0, r.code(), r.err());
    assertFalse(Files.exists(out.resolve("tables.xlsx")), "no workbook without --excel");
    byte[] plainSummary = Files.readAllBytes(out.resolve("summary.csv"));

    CliTest.Run x =
        CliTest.run(
            "simulate", "--scenario", target, "--out", out.toString(), "--no-charts", "--excel");
    assertEquals(0, x.code(), x.err());
    Map<String, List<Row>> wb = read(out.resolve("tables.xlsx"));
    assertEquals(
        List.of("人口と年齢3区分", "人口動態", "男女・年齢別人口", "総人口と年齢3区分", "人口動態の内訳", "仮定", "時点修正"),
        List.copyOf(wb.keySet()));

    // the wide summary: caption, headings, then one row per year
    List<Row> s = wb.get("人口と年齢3区分");
    assertEquals("年次", s.get(1).getCellText(0));
    assertEquals("総人口(人)", s.get(1).getCellText(1));
    assertEquals("高齢化率(%)", s.get(1).getCellText(8));
    List<String[]> summary = csv(out.resolve("summary.csv"));
    assertEquals("scenario,year,total", String.join(",", summary.get(0)).substring(0, 19));
    for (int i = 1; i < summary.size(); i++) {
      String[] c = summary.get(i);
      Row row = s.get(i + 1);
      assertEquals(c[1] + "年", row.getCellText(0));
      assertEquals(persons(c[2]), row.getCellAsNumber(1).orElseThrow().longValueExact(), c[1]);
      // 高齢化率 from the CSV's own counts (age_65_plus / total), 0.1 % in the workbook
      double share = Double.parseDouble(c[7]) / Double.parseDouble(c[2]);
      assertEquals(
          BigDecimal.valueOf(Math.round(share * 1000), 3),
          row.getCellAsNumber(8).orElseThrow().setScale(3),
          c[1]);
    }
    // the long table with Japanese headers: 2015 total of the census, 52,444
    List<Row> t = wb.get("総人口と年齢3区分");
    assertEquals("総人口", t.get(1).getCellText(2));
    assertEquals(52444L, t.get(2).getCellAsNumber(2).orElseThrow().longValueExact());

    // CSV stays the machine contract: only the byte-order mark is added
    byte[] withBom = Files.readAllBytes(out.resolve("summary.csv"));
    assertArrayEquals(
        plainSummary, java.util.Arrays.copyOfRange(withBom, 3, withBom.length), "CSV unchanged");
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("tables.xlsx"));
  }

  @Test
  void compareWorkbookHasTheHeadlineTableOfEveryScenario() throws Exception {
    Path out = tmp.resolve("c");
    Path sc = TestData.root().resolve("scenarios");
    CliTest.Run r =
        CliTest.run(
            "compare",
            sc.resolve("baseline.yaml").toString(),
            sc.resolve("target.yaml").toString(),
            "--out",
            out.toString(),
            "--no-charts",
            "--excel");
    assertEquals(0, r.code(), r.err());
    Map<String, List<Row>> wb = read(out.resolve("tables.xlsx"));
    List<Row> h = wb.get("将来人口");
    assertEquals("シナリオ", h.get(1).getCellText(0));
    assertEquals("2020年", h.get(1).getCellText(3));
    assertEquals("2070年", h.get(1).getCellText(13));
    List<String[]> cmp = csv(out.resolve("comparison.csv"));
    // rows: baseline total, baseline 高齢化率, target total, target 高齢化率
    for (int k = 0; k < 2; k++) {
      Row total = h.get(2 + 2 * k);
      String name = k == 0 ? "baseline" : "target";
      assertEquals(name, total.getCellText(0));
      assertEquals("総人口(人)", total.getCellText(2));
      for (String[] c : cmp) {
        if (c[0].equals(name) && c[1].equals("2040")) {
          assertEquals(persons(c[2]), total.getCellAsNumber(7).orElseThrow().longValueExact());
        }
      }
    }
    // the shipped README figures: target 2040 37,585, baseline 2070 19,801
    assertEquals(37585L, h.get(4).getCellAsNumber(7).orElseThrow().longValueExact());
    assertEquals(19801L, h.get(2).getCellAsNumber(13).orElseThrow().longValueExact());
    assertTrue(wb.containsKey("総人口(人)"), wb.keySet().toString());
    assertTrue(wb.containsKey("シナリオ比較"), wb.keySet().toString());
  }

  @Test
  void reportWorkbookForAnotherAreaHasOneSheetPerWideTableEqualToTheCsvs() throws Exception {
    Path out = tmp.resolve("rep");
    CliTest.Run r =
        CliTest.run("report", "--area", "01100", "--excel", "--out", out.toString(), "--dpi", "50");
    assertEquals(0, r.code(), r.err());
    Map<String, List<Row>> wb = read(out.resolve("report.xlsx"));
    org.junit.jupiter.api.Assertions.assertTrue(
        wb.keySet().containsAll(List.of("将来人口", "高齢化率(%)", "影響度", "人口構造の変化")),
        wb.keySet().toString());
    List<Row> h = wb.get("将来人口");
    assertEquals("シナリオ", h.get(1).getCellText(0));
    assertEquals("2040年", h.get(1).getCellText(7));
    // first row: the first scenario that applies to 札幌市 (ipss-h30), total of 2040
    assertEquals("ipss-h30", h.get(2).getCellText(0));
    for (String[] c : csv(out.resolve("comparison.csv"))) {
      if (c[0].equals("ipss-h30") && c[1].equals("2040")) {
        assertEquals(persons(c[2]), h.get(2).getCellAsNumber(7).orElseThrow().longValueExact());
      }
    }
    List<Row> impact = wb.get("影響度");
    assertEquals("種類", impact.get(1).getCellText(0));
    List<String[]> ic = csv(out.resolve("impact.csv"));
    int ratio = java.util.Arrays.asList(ic.get(0)).indexOf("ratio_pct");
    assertEquals(
        0,
        new BigDecimal(ic.get(1)[ratio])
            .compareTo(impact.get(2).getCellAsNumber(ratio).orElseThrow()),
        impact.get(2).getCellText(ratio));
    List<Row> st = wb.get("人口構造の変化");
    List<String[]> sc = csv(out.resolve("structure.csv"));
    int value = java.util.Arrays.asList(sc.get(0)).indexOf("value");
    assertEquals(
        0,
        new BigDecimal(sc.get(1)[value]).compareTo(st.get(2).getCellAsNumber(value).orElseThrow()),
        st.get(2).getCellText(value));
  }
}
