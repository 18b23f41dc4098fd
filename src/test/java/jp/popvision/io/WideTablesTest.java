package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import jp.popvision.engine.Projection;
import jp.popvision.engine.StepEvents;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;
import jp.popvision.results.NamedProjection;
import org.junit.jupiter.api.Test;

class WideTablesTest {
  private static final AgeGroups G = AgeGroups.FIVE_YEAR_TO_90;

  /** A population whose every group holds {@code young} below 65 and {@code old} from 65. */
  private static Population pop(int year, double young, double old) {
    double[] v = new double[G.count()];
    for (int i = 0; i < v.length; i++) {
      v[i] = G.ageFrom(i) >= 65 ? old : young;
    }
    return new Population(G, year, AgeVector.of(v), AgeVector.of(v));
  }

  private static Projection projection(double... youngOld) {
    List<Population> ps = new java.util.ArrayList<>();
    for (int k = 0; k < youngOld.length / 2; k++) {
      ps.add(pop(2015 + 5 * k, youngOld[2 * k], youngOld[2 * k + 1]));
    }
    AgeVector z = AgeVector.zeros(G.count());
    List<StepEvents> ev = new java.util.ArrayList<>();
    for (int k = 1; k < ps.size(); k++) {
      ev.add(new StepEvents(2010 + 5 * k, 2015 + 5 * k, 10.4, 9.7, z, z, 0, 0, z, z));
    }
    return new Projection(ps, ev, List.of());
  }

  @Test
  void headlineRoundsPersonsAndGivesTheShareInPercent() {
    // 13 groups below 65 (0-4 … 60-64), 6 from 65 (65-69 … 90+), two sexes:
    // 2020: 2 × (13 × 100.3 + 6 × 50.2) = 2607.8 + 602.4 = 3210.2 → 3210; 65+ 602.4 / 3210.2 = 18.8
    // %
    Projection a = projection(100, 50, 100.3, 50.2);
    WideTable t =
        WideTables.headline(
            List.of(new NamedProjection("a", a)), Map.of("a", "目標"), List.of(2020, 2025), Lang.JA);
    assertEquals("将来人口", t.sheet());
    assertEquals(List.of("シナリオ", "名称", "指標", "2020年", "2025年"), t.header());
    assertEquals(
        java.util.Arrays.asList("a", "目標", "総人口(人)", new WideTable.Persons(3210), null),
        t.rows().get(0));
    assertEquals(
        java.util.Arrays.asList("a", "目標", "高齢化率(%)", new WideTable.Percent(18.8), null),
        t.rows().get(1));
  }

  @Test
  void byYearHasOneRowPerYearAndOneColumnPerScenario() {
    Projection a = projection(100, 50, 100.3, 50.2);
    Projection b = projection(100, 50);
    List<WideTable> ts =
        WideTables.byYear(
            List.of(new NamedProjection("a", a), new NamedProjection("b", b)), Lang.EN);
    assertEquals(5, ts.size());
    WideTable total = ts.get(0);
    assertEquals(List.of("year", "a", "b"), total.header());
    // 2015: 2 × (13 × 100 + 6 × 50) = 3200
    assertEquals(
        List.of("2015", new WideTable.Persons(3200), new WideTable.Persons(3200)),
        total.rows().get(0));
    assertEquals("2020", total.rows().get(1).get(0));
    assertNull(total.rows().get(1).get(2));
    // 0-14: 3 groups × 2 sexes × 100 = 600
    assertEquals(new WideTable.Persons(600), ts.get(1).rows().get(0).get(1));
  }

  @Test
  void componentsGiveNaturalChangePerPeriod() {
    List<WideTable> ts = WideTables.projection("a", projection(100, 50, 100.3, 50.2), Lang.JA);
    WideTable c = ts.get(1);
    assertEquals("人口動態", c.sheet());
    // births 10.4 + 9.7 = 20.1 → 20; no deaths; natural change 20
    assertEquals(
        List.of(
            "2015〜2020年",
            new WideTable.Persons(20),
            new WideTable.Persons(0),
            new WideTable.Persons(20),
            new WideTable.Persons(0)),
        c.rows().get(0));
  }
}
