package jp.popvision.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;

/**
 * The register-to-census ratio of 朝倉市 against a hand calculation on the data files, read here with
 * a plain CSV reader: each census interval (1 October to 1 October) sums the register's periods
 * with the day shares written out below by hand.
 */
class RegisterBasisTest {

  /** Natural [0] and social [1] change of one period label and coverage, summed over area codes. */
  private static Map<String, double[]> register() {
    Map<String, double[]> out = new HashMap<>();
    for (Map<String, String> r :
        TestData.csv(TestData.data().resolve("asakura/register_population_movement.csv"))) {
      String key = r.get("movement_period").split(" ")[0] + "|" + r.get("coverage").split(" ")[0];
      double[] s = out.computeIfAbsent(key, k -> new double[2]);
      s[0] += Double.parseDouble(r.get("natural_change"));
      s[1] += Double.parseDouble(r.get("social_change"));
    }
    return out;
  }

  private static double census(int year) {
    for (Map<String, String> r :
        TestData.csv(TestData.data().resolve("asakura/census_totals_1980_2020.csv"))) {
      if (Integer.parseInt(r.get("census_year")) == year) {
        return Double.parseDouble(r.get("total"));
      }
    }
    throw new AssertionError("no census " + year);
  }

  /** {residual, social} of one interval: label|coverage, share of the period's days. */
  private static double[] interval(int start, Map<String, double[]> reg, Object... shares) {
    double natural = 0;
    double social = 0;
    for (int i = 0; i < shares.length; i += 2) {
      double[] v = reg.get((String) shares[i]);
      double w = (Double) shares[i + 1];
      natural += w * v[0];
      social += w * v[1];
    }
    return new double[] {census(start + 5) - census(start) - natural, social};
  }

  @Test
  void asakuraRatioMatchesHandCalculation() {
    Map<String, double[]> reg = register();
    // 2005-10: FY2005 from 1 Oct 2005 (182 of 365 days), FY2006-09, FY2010 to 30 Sep 2010 (183/365)
    double[] a =
        interval(
            2005,
            reg,
            "FY2005|japanese",
            182 / 365.0,
            "FY2006|japanese",
            1.0,
            "FY2007|japanese",
            1.0,
            "FY2008|japanese",
            1.0,
            "FY2009|japanese",
            1.0,
            "FY2010|japanese",
            183 / 365.0);
    // 2010-15: FY2010 from 1 Oct (182/365), FY2011-12 (Japanese only: FY2012's total counts the
    // July-2012 registration of foreigners), CY2013 from 1 April (275/365; FY2012 has Jan-Mar),
    // CY2014, CY2015 to 30 Sep (273/365)
    double[] b =
        interval(
            2010,
            reg,
            "FY2010|japanese",
            182 / 365.0,
            "FY2011|japanese",
            1.0,
            "FY2012|japanese",
            1.0,
            "CY2013|total",
            275 / 365.0,
            "CY2014|total",
            1.0,
            "CY2015|total",
            273 / 365.0);
    // 2015-20: CY2015 from 1 Oct (92/365), CY2016-19, CY2020 to 30 Sep (274 of 366 days)
    double[] c =
        interval(
            2015,
            reg,
            "CY2015|total",
            92 / 365.0,
            "CY2016|total",
            1.0,
            "CY2017|total",
            1.0,
            "CY2018|total",
            1.0,
            "CY2019|total",
            1.0,
            "CY2020|total",
            274 / 366.0);
    RegisterBasis basis = RegisterBasis.of(TestData.asakura());
    List<RegisterBasis.Period> p = basis.periods();
    assertEquals(List.of(2005, 2010, 2015), p.stream().map(RegisterBasis.Period::start).toList());
    double[][] hand = {a, b, c};
    for (int i = 0; i < 3; i++) {
      assertEquals(hand[i][0], p.get(i).residual(), 1e-6, "residual " + p.get(i).start());
      assertEquals(hand[i][1], p.get(i).social(), 1e-6, "social " + p.get(i).start());
    }
    assertEquals((a[0] + b[0] + c[0]) / (a[1] + b[1] + c[1]), basis.ratio(), 1e-12);
    // the figures of issue 13: 0.95, 1.78, 0.20, pooled 0.96 (2010-15 comes out 1.80
    // here: the figure treats the FY2012/CY2013 overlap differently)
    assertEquals(0.95, p.get(0).ratio(), 0.005);
    assertEquals(1.79, p.get(1).ratio(), 0.02);
    assertEquals(0.20, p.get(2).ratio(), 0.005);
    assertEquals(0.96, basis.ratio(), 0.005);
  }

  @Test
  void noRegisterNoRatio() {
    assertNull(RegisterBasis.of(TestData.area("01100")));
  }
}
