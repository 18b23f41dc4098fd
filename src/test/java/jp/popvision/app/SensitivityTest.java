package jp.popvision.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.results.Indicators;
import jp.popvision.results.SensitivityGrid;
import jp.popvision.results.TornadoBar;
import jp.popvision.scenario.CompiledScenario;
import jp.popvision.scenario.GridRange;
import jp.popvision.scenario.Levers;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.scenario.ScenarioResolver;
import jp.popvision.scenario.SensitivitySpec;
import jp.popvision.testutil.Goldens;
import jp.popvision.testutil.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SensitivityTest {
  static LoadedScenario target;

  @BeforeAll
  static void read() throws Exception {
    target = LoadedScenario.read(TestData.root().resolve("scenarios/target.yaml"));
  }

  static int index(double[] axis, double v) {
    for (int i = 0; i < axis.length; i++) {
      if (axis[i] == v) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void gridCellAtTheScenariosOwnLeversEqualsTheScenariosOwnRun() {
    // a grid through the scenario's point (TFR level 1.86, -1,200 per 5 years)
    double[] tfr = GridRange.parse("1.46:2.26:0.05").values();
    // -1,200 per 5 years stated on the register basis: the census-basis level is -1,200 x ratio
    double ownMig =
        -1200
            * jp.popvision.scenario.RegisterBasis.of(jp.popvision.testutil.TestData.asakura())
                .ratio();
    double[] mig = {ownMig - 100, ownMig, ownMig + 100};
    int i = index(tfr, 1.86);
    int j = index(mig, ownMig);
    assertTrue(i >= 0 && j >= 0, "the grid must contain the scenario's point");
    CompiledScenario f = CompiledScenario.of(target.spec(), target.data());
    SensitivityGrid g = Sensitivity.grid(f, tfr, mig, new int[] {2040, 2060});
    assertEquals(1.86, g.ownTfr(), 0.0);
    assertEquals(ownMig, g.ownMigration(), 1e-9);
    ResolvedScenario own = ScenarioResolver.resolve(target.spec(), target.data());
    Projection p = Projector.run(own.base(), own.rates());
    for (int y = 0; y < 2; y++) {
      Indicators x = Indicators.of(p.at(y == 0 ? 2040 : 2060));
      assertEquals(x.total(), g.value(i, j, y, 0), 0.0);
      assertEquals(x.age0to14(), g.value(i, j, y, 1), 0.0);
      assertEquals(x.age65plus(), g.value(i, j, y, 2), 0.0);
    }
    // and the whole-scenario golden file (summary.csv, two decimals)
    assertEquals(Goldens.total("target", 2060), g.value(i, j, 1, 0), 0.005);
  }

  @Test
  void gridCellsEqualTheReferencePipelineAndRiseWithBothLevers() {
    double[] tfr = GridRange.parse("1.2:2.2:0.25").values();
    double[] mig = GridRange.parse("-2000:500:500").values();
    CompiledScenario f = CompiledScenario.of(target.spec(), target.data());
    SensitivityGrid g = Sensitivity.grid(f, tfr, mig, new int[] {2060});
    assertTrue(g.limitedCells(0) > 0, "-2,000 per 5 years empties young cohorts by 2060");
    for (int i = 0; i < tfr.length; i++) {
      for (int j = 0; j < mig.length; j++) {
        ResolvedScenario r =
            Levers.apply(
                target.spec(), target.data(), new Levers.Adjustment(tfr[i], mig[j], 0, null));
        Projection ref = Projector.run(r.base(), r.rates());
        assertEquals(
            ref.at(2060).total(), g.value(i, j, 0, 0), 0.0, "cell " + tfr[i] + ", " + mig[j]);
        long limits = ref.limits().stream().filter(l -> l.periodStart() + 5 <= 2060).count();
        assertEquals(limits, g.limited(i, j, 0), "limits of cell " + tfr[i] + ", " + mig[j]);
        if (i > 0) {
          assertTrue(g.value(i, j, 0, 0) > g.value(i - 1, j, 0, 0), "more births, more people");
        }
        if (j > 0) {
          assertTrue(g.value(i, j, 0, 0) > g.value(i, j - 1, 0, 0), "more migrants, more people");
        }
      }
    }
  }

  @Test
  void tornadoBarsAreSortedByEffectWithinEachYearAndIndicator() {
    SensitivitySpec s = SensitivitySettings.merge(null, target.spec().sensitivity(), target.spec());
    assertEquals(List.of(2040, 2060), s.years());
    ResolvedScenario own = ScenarioResolver.resolve(target.spec(), target.data());
    List<TornadoBar> bars = TornadoRuns.tornado(target.spec(), target.data(), own, s);
    int bands = 2 + 2 + 1 + 1;
    assertEquals(2 * 3 * bands, bars.size());
    for (int g = 0; g < bars.size(); g += bands) {
      List<TornadoBar> group = bars.subList(g, g + bands);
      for (int k = 0; k < bands; k++) {
        TornadoBar b = group.get(k);
        assertEquals(k + 1, b.rank());
        assertEquals(group.get(0).year(), b.year());
        assertEquals(group.get(0).indicator(), b.indicator());
        if (k > 0) {
          assertTrue(group.get(k - 1).swing() >= b.swing(), "sorted by swing in " + b);
        }
      }
    }
    // the bars' ends, by lever: up with TFR, migration and e0; wider for the larger step
    for (TornadoBar b : bars) {
      if (b.indicator().equals("total") && !b.lever().equals("srb")) {
        assertTrue(
            b.populationHigh() > b.populationBase() && b.populationLow() < b.populationBase(),
            b.toString());
      }
      if (b.lever().equals("tfr")) {
        assertEquals(1.86 - b.change(), b.lowValue(), 1e-12);
      }
    }
    double tfr1 =
        bars.stream()
            .filter(
                b ->
                    b.year() == 2060
                        && b.indicator().equals("total")
                        && b.lever().equals("tfr")
                        && b.change() == 0.1)
            .findFirst()
            .orElseThrow()
            .swing();
    double tfr2 =
        bars.stream()
            .filter(
                b ->
                    b.year() == 2060
                        && b.indicator().equals("total")
                        && b.lever().equals("tfr")
                        && b.change() == 0.2)
            .findFirst()
            .orElseThrow()
            .swing();
    assertTrue(
        tfr2 > 1.9 * tfr1 && tfr2 < 2.1 * tfr1, "nearly linear in the step: " + tfr1 + " " + tfr2);
  }

  @Test
  void settingsComeFromTheCommandLineThenTheScenarioThenDefaults() {
    SensitivitySpec cli =
        new SensitivitySpec(
            List.of(2050), null, null, null, null, GridRange.parse("1:2:0.5"), null, null);
    SensitivitySpec m = SensitivitySettings.merge(cli, target.spec().sensitivity(), target.spec());
    assertEquals(List.of(2050), m.years());
    assertEquals("1:2:0.5", m.gridTfr().toString());
    assertEquals(List.of(20_000.0, 25_000.0, 30_000.0, 35_000.0, 40_000.0), m.contours());
    assertEquals(SensitivitySettings.DEFAULTS.gridMigration(), m.gridMigration());
    assertEquals(List.of(0.1, 0.2), m.tfrSteps());
  }
}
