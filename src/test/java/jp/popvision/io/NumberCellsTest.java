package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The shortcuts of the readers give what the full normalisation gives. */
class NumberCellsTest {
  @Test
  void plainCellsAreAsciiNumberCharactersOnly() {
    assertTrue(NumberCells.isPlain("12345"));
    assertTrue(NumberCells.isPlain("-0.25e-3"));
    assertFalse(NumberCells.isPlain(""));
    assertFalse(NumberCells.isPlain("1,234"));
    assertFalse(NumberCells.isPlain(" 12"));
    assertFalse(NumberCells.isPlain("１２"));
    assertFalse(NumberCells.isPlain("△5"));
    assertEquals("1234", NumberCells.normalize("1,234"));
    assertEquals("-5", NumberCells.normalize("△5"));
  }

  /** A plain cell is what normalize returns for it, so skipping normalize changes nothing. */
  @Property(tries = 2000)
  void aPlainCellNormalizesToItself(
      @ForAll @StringLength(min = 1, max = 12) @Chars({'0', '1', '9', '.', '-', '+', 'e', 'E', ','})
          String s) {
    if (NumberCells.isPlain(s)) {
      assertEquals(s, NumberCells.normalize(s));
    }
  }

  /** Column names: the ASCII shortcut gives what NFKC, strip and lower case give. */
  @Property(tries = 2000)
  void asciiColumnNamesNeedNoNormalizer(
      @ForAll @StringLength(max = 12) @CharRange(from = '\u0000', to = '\u007f') String s) {
    String full = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    assertEquals(full, CsvTable.columnName(s));
  }

  @Test
  void fullWidthColumnNamesAreStillNormalized() {
    assertEquals("area_code", CsvTable.columnName("ＡＲＥＡ＿ＣＯＤＥ"));
    assertEquals("nlx", CsvTable.columnName(" nLx "));
  }
}
