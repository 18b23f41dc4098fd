package jp.popvision.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;

class MortalityScalingTest {
  static final double L0 = 100_000;

  /** WPP 2024 Japan, one period and sex, read independently of the product's readers. */
  static List<Map<String, String>> rows(String period, String sex) {
    return TestData.csv(TestData.data().resolve("japan/wpp2024_life_table_5yr.csv")).stream()
        .filter(r -> r.get("period_start").equals(period) && r.get("sex").equals(sex))
        .toList();
  }

  static double[] column(List<Map<String, String>> rows, String col) {
    return rows.stream().mapToDouble(r -> Double.parseDouble(r.get(col))).toArray();
  }

  @Test
  void factorOneReproducesTheTable() {
    double[] nLx = column(rows("2015", "female"), "nLx");
    double[] out = MortalityScaling.scaled(nLx, L0, 5, 1.0, new double[nLx.length]);
    for (int i = 0; i < nLx.length; i++) {
      assertEquals(nLx[i], out[i], 1e-9 * nLx[i], "group " + i);
    }
    // the table's e0 equals the published ex at age 0
    assertEquals(
        Double.parseDouble(rows("2015", "female").get(0).get("ex")),
        MortalityScaling.lifeExpectancy(nLx, L0),
        1e-6);
  }

  @Test
  void scalingRaisesEverySurvivalRatioToThePowerK() {
    double[] nLx = column(rows("2040", "male"), "nLx");
    double k = 0.83;
    double[] out = MortalityScaling.scaled(nLx, L0, 5, k, new double[nLx.length]);
    assertEquals(Math.pow(nLx[0] / (5 * L0), k), out[0] / (5 * L0), 1e-12);
    for (int j = 0; j + 2 < nLx.length; j++) {
      assertEquals(
          k * Math.log(nLx[j + 1] / nLx[j]), Math.log(out[j + 1] / out[j]), 1e-12, "ratio " + j);
    }
    int m = nLx.length;
    assertEquals(
        k * Math.log(nLx[m - 1] / (nLx[m - 2] + nLx[m - 1])),
        Math.log(out[m - 1] / (out[m - 2] + out[m - 1])),
        1e-12,
        "open ratio");
  }

  @Test
  void lifeExpectancyFallsAsMortalityRises() {
    double[] nLx = column(rows("2015", "male"), "nLx");
    double prev = Double.POSITIVE_INFINITY;
    for (double k = 0.25; k <= 4; k *= 1.25) {
      double e0 = MortalityScaling.lifeExpectancy(nLx, L0, 5, k);
      assertTrue(e0 < prev, "k " + k);
      prev = e0;
    }
  }

  @Test
  void factorForShiftMovesLifeExpectancyByTheShift() {
    for (String sex : List.of("male", "female")) {
      double[] nLx = column(rows("2015", sex), "nLx");
      double e0 = MortalityScaling.lifeExpectancy(nLx, L0);
      for (double shift : new double[] {-5, -1, -0.1, 0.1, 1, 5}) {
        double k = MortalityScaling.factorForShift(nLx, L0, 5, shift);
        assertEquals(
            e0 + shift, MortalityScaling.lifeExpectancy(nLx, L0, 5, k), 1e-8, sex + " " + shift);
        assertTrue(shift > 0 ? k < 1 : k > 1, "longer lives need lower mortality");
      }
      assertEquals(1.0, MortalityScaling.factorForShift(nLx, L0, 5, 0), 0.0);
    }
  }

  /**
   * Independent oracle: a life table rebuilt from the published death rates mx with every rate
   * multiplied by k (constant hazard within each group: l(x+5) = l(x)·exp(−5·k·m), nLx = (l(x) −
   * l(x+5))/(k·m), open group l/(k·m)). The k that moves our e0 by one year moves the e0 of that
   * table by about one year too (the two read mortality differently inside an age group).
   */
  @Test
  void oneYearOfLifeExpectancyAgreesWithScalingTheDeathRates() {
    for (String sex : List.of("male", "female")) {
      List<Map<String, String>> r = rows("2015", sex);
      double[] nLx = column(r, "nLx");
      double[] mx = column(r, "mx");
      for (double shift : new double[] {-1, 1}) {
        double k = MortalityScaling.factorForShift(nLx, L0, 5, shift);
        double moved = constantHazardE0(mx, k) - constantHazardE0(mx, 1);
        assertEquals(shift, moved, 0.05, sex + " " + shift + " (k = " + k + ")");
      }
    }
  }

  static double constantHazardE0(double[] mx, double k) {
    double l = 1;
    double t = 0;
    for (int i = 0; i < mx.length; i++) {
      double m = k * mx[i];
      if (i == mx.length - 1) {
        t += l / m;
      } else {
        double next = l * Math.exp(-5 * m);
        t += (l - next) / m;
        l = next;
      }
    }
    return t;
  }

  @Test
  void unreachableShiftIsAnError() {
    double[] nLx = column(rows("2015", "male"), "nLx");
    assertThrows(
        IllegalArgumentException.class, () -> MortalityScaling.factorForShift(nLx, L0, 5, -90));
  }
}
