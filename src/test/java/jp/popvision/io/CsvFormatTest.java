package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text cells are safe to open in Excel: no formulas, quoting where needed. */
class CsvFormatTest {
  @Test
  void cellsThatExcelWouldReadAsFormulasAreNeutralised() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvFormat.text("=HYPERLINK(\"x\")"));
    assertEquals("'+1", CsvFormat.text("+1"));
    assertEquals("'-cmd", CsvFormat.text("-cmd"));
    assertEquals("'@SUM(A1)", CsvFormat.text("@SUM(A1)"));
    assertEquals("\"'=1,2\"", CsvFormat.text("=1,2"));
    assertEquals("目標人口", CsvFormat.text("目標人口"));
    assertEquals("\"a\"\"b\"", CsvFormat.text("a\"b"));
  }
}
