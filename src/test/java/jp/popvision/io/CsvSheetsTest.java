package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Codes and headings of popvision's CSVs as a person reads them in the workbook and the report. */
class CsvSheetsTest {
  @Test
  void codesReadInTheChosenLanguageAndOtherTextStaysAsWritten() {
    assertEquals("年少人口(0〜14歳)", CsvSheets.code("group", "age_0_14", Lang.JA));
    assertEquals("自然増減", CsvSheets.code("kind", "natural", Lang.JA));
    assertEquals("social change", CsvSheets.code("kind", "social", Lang.EN));
    assertEquals("住民基本台帳", CsvSheets.code("net_migration_basis", "register", Lang.JA));
    assertTrue(
        CsvSheets.code("observed_source", "census_total_ipss_r5_ages", Lang.JA).contains("令和5年推計"));
    assertEquals("シナリオファイル", CsvSheets.code("observed_source", "scenario file", Lang.JA));
    // a scenario name or a title is not a code
    assertEquals("pattern1", CsvSheets.code("scenario", "pattern1", Lang.JA));
    assertEquals("natural", CsvSheets.code("lever", "natural", Lang.JA));
  }

  @Test
  void aSubsetOfColumnsKeepsTheirOrderAndTypes() {
    String csv = "scenario,year,tfr,total,share_65_plus\nt,2040,1.4400,37585.11,0.4270\n";
    WideTable t = CsvSheets.of("summary.csv", csv, Lang.JA, List.of("year", "total", "tfr"));
    assertEquals(List.of("年", "合計特殊出生率", "総人口"), t.header());
    List<Object> row = t.rows().get(0);
    assertEquals(new WideTable.Number(2040, 0), row.get(0));
    assertEquals(new WideTable.Number(1.44, 4), row.get(1));
    assertEquals(new WideTable.Persons(37585), row.get(2));
  }
}
