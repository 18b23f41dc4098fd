package jp.popvision.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.engine.Projection;
import jp.popvision.engine.StepEvents;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.Test;

/** The growth warning: its bound from the official projections, and when it fires. */
class GrowthWarningTest {

  /** The bound is the largest 2045/2015 ratio of IPSS 2018's municipal projections, rounded up. */
  @Test
  void boundIsTheLargestOfficialMunicipalGrowth() {
    Map<String, double[]> totals = new HashMap<>();
    for (Map<String, String> r :
        TestData.csv(
            TestData.data().resolve("municipalities/ipss_h30_2018_age5_sex_2015_2045.csv"))) {
      double[] t = totals.computeIfAbsent(r.get("area_code"), k -> new double[2]);
      double v = Double.parseDouble(r.get("total"));
      if (r.get("year").equals("2015")) {
        t[0] += v;
      } else if (r.get("year").equals("2045")) {
        t[1] += v;
      }
    }
    double max = 0;
    String where = null;
    for (var e : totals.entrySet()) {
      double ratio = e.getValue()[1] / e.getValue()[0];
      if (ratio > max) {
        max = ratio;
        where = e.getKey();
      }
    }
    assertTrue(totals.size() > 1600, "areas: " + totals.size());
    assertEquals("13102", where, "中央区");
    assertEquals(Math.ceil(max * 100) / 100, Plausibility.GROWTH_HIGH, 0.0, "max " + max);
  }

  private static Projection totals(double... t) {
    AgeGroups g = new AgeGroups(5, 2);
    List<Population> pops = new ArrayList<>();
    List<StepEvents> events = new ArrayList<>();
    AgeVector zero = AgeVector.zeros(2);
    for (int i = 0; i < t.length; i++) {
      AgeVector half = AgeVector.filled(2, t[i] / 4);
      pops.add(new Population(g, 2015 + 5 * i, half, half));
      if (i > 0) {
        events.add(new StepEvents(2010 + 5 * i, 2015 + 5 * i, 0, 0, zero, zero, 0, 0, zero, zero));
      }
    }
    return new Projection(pops, events, List.of());
  }

  @Test
  void firesOnceAtTheFirstPeriodBeyondTheBound() {
    // 100 → 130 → 140 → 150: 1.40 > 1.35 first at 2025 (the period 2020-25), reported once
    List<Plausibility.Warning> w = Plausibility.growth(totals(100, 130, 140, 150));
    assertEquals(1, w.size());
    Plausibility.Growth g = assertInstanceOf(Plausibility.Growth.class, w.get(0));
    assertEquals(2020, g.periodStart());
    assertEquals(2025, g.periodEnd());
    assertEquals(1.40, g.ratio(), 1e-12);
    // exactly 1.35 is within the bound; decline never warns
    assertEquals(List.of(), Plausibility.growth(totals(100, 120, 135)));
    assertEquals(List.of(), Plausibility.growth(totals(100, 90, 80)));
  }
}
