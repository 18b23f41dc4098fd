package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
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

  /** Hand-written: half up on the shortest decimal form, no minus sign on a zero. */
  @Test
  void numbersWithFixedDecimals() {
    assertEquals("37585.20", CsvFormat.count(37585.2));
    assertEquals("0.15", CsvFormat.fixed(0.145, 2)); // 0.145 is written 0.145, rounded up
    assertEquals("0.2", CsvFormat.fixed(0.15, 1));
    assertEquals("-1200.00", CsvFormat.count(-1200));
    assertEquals("0.00", CsvFormat.count(-0.001));
    assertEquals("0.0000", CsvFormat.share(-0.0));
    assertEquals("3", CsvFormat.fixed(2.5, 0));
    assertEquals("-3", CsvFormat.fixed(-2.5, 0));
    assertEquals("100000000000000000000.00", CsvFormat.count(1e20));
    assertEquals("0.0000", CsvFormat.share(1e-300));
    assertEquals("NaN", CsvFormat.count(Double.NaN));
    assertEquals("-Infinity", CsvFormat.count(Double.NEGATIVE_INFINITY));
  }

  /** The same text as the Formatter, less the minus sign of a value rounded to zero. */
  private static String formatter(double v, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    return s.matches("-0\\.?0*") ? s.substring(1) : s;
  }

  @Property(tries = 3000)
  void agreesWithTheFormatter(@ForAll double v, @ForAll @IntRange(min = 0, max = 6) int decimals) {
    assertEquals(formatter(v, decimals), CsvFormat.fixed(v, decimals), () -> "v = " + v);
  }

  /** Values of the size the tables hold (persons, rates, shares), ties and near-ties. */
  @Test
  void agreesWithTheFormatterOnTableSizedValues() {
    SplittableRandom r = new SplittableRandom(15);
    for (int i = 0; i < 200_000; i++) {
      int decimals = r.nextInt(7);
      double v =
          switch (i % 4) {
            case 0 -> (r.nextDouble() - 0.5) * 4e6;
            case 1 -> Math.floor((r.nextDouble() - 0.5) * 2e7) / 1000 + 0.0005;
            case 2 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-8, 16));
            default -> r.nextDouble() * 2;
          };
      assertEquals(formatter(v, decimals), CsvFormat.fixed(v, decimals), "v = " + v);
    }
  }
}
