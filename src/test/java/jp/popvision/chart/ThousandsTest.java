package jp.popvision.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ThousandsTest {
  /** Hand-written expectations: separators, ties away from zero, the Formatter's -0. */
  @Test
  void writesWhatThePercentFormatWrites() {
    assertEquals("0", Thousands.of(0));
    assertEquals("-0", Thousands.of(-0.0));
    assertEquals("-0", Thousands.of(-0.3));
    assertEquals("1", Thousands.of(0.5));
    assertEquals("-1", Thousands.of(-0.5));
    assertEquals("3", Thousands.of(2.5));
    assertEquals("-3", Thousands.of(-2.5));
    assertEquals("0", Thousands.of(0.49999999999999994));
    assertEquals("999", Thousands.of(999.4));
    assertEquals("1,000", Thousands.of(999.5));
    assertEquals("37,585", Thousands.of(37585.2));
    assertEquals("-1,200", Thousands.of(-1200));
    assertEquals("1,930,016", Thousands.of(1930016.49));
    assertEquals("123,456,789,012,345", Thousands.of(123456789012345.0));
    assertEquals("NaN", Thousands.of(Double.NaN));
    assertEquals("Infinity", Thousands.of(Double.POSITIVE_INFINITY));
  }

  @Property(tries = 3000)
  void agreesWithTheFormatter(@ForAll double v) {
    assertEquals(String.format(Locale.ROOT, "%,.0f", v), Thousands.of(v), () -> "v = " + v);
  }

  /** Values of the size charts label, and their ties, compared with the Formatter. */
  @Test
  void agreesWithTheFormatterOnChartSizedValues() {
    SplittableRandom r = new SplittableRandom(15);
    for (int i = 0; i < 200_000; i++) {
      double v =
          switch (i % 4) {
            case 0 -> (r.nextDouble() - 0.5) * 4e6;
            case 1 -> Math.floor((r.nextDouble() - 0.5) * 2e5) + 0.5;
            case 2 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(16));
            default -> Math.nextAfter(Math.floor(r.nextDouble() * 1e4) + 0.5, r.nextInt(2) - 0.5);
          };
      assertEquals(String.format(Locale.ROOT, "%,.0f", v), Thousands.of(v), "v = " + v);
    }
  }
}
