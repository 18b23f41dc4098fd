package jp.popvision.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Population;
import org.junit.jupiter.api.Test;

/** Hand calculations on a three-group population (0–4, 5–9, 10+). */
class EstimatesTest {
  static final AgeGroups G = new AgeGroups(5, 3);

  @Test
  void prorateUnknownScalesEachGroupByTheSameFactor() {
    // 100 + 300 known, 40 unknown: factor 440/400 = 1.1
    AgeVector v = Estimates.prorateUnknown(AgeVector.of(100, 300), 40);
    assertEquals(110, v.get(0), 1e-12);
    assertEquals(330, v.get(1), 1e-12);
  }

  @Test
  void residualMigrationIsObservedMinusClosedProjection() {
    Population start =
        new Population(G, 2010, AgeVector.of(100, 200, 300), AgeVector.of(100, 200, 300));
    Population end = new Population(G, 2015, AgeVector.of(50, 80, 400), AgeVector.of(50, 80, 400));
    // survival 0.9 everywhere, birth survival 1, no births
    Survival s = new Survival(AgeVector.of(0.9, 0.9, 0.9), 1.0);
    PeriodRates rates =
        new PeriodRates(
            2010,
            s,
            s,
            new Fertility.AgeSpecific(AgeVector.zeros(3), 1.0),
            new Migration.None(),
            MigrationTiming.END);
    Migration.NetMigrants m = Estimates.residualMigration(start, end, rates);
    // closed: 0-4 = 0; 5-9 = 0.9*100 = 90; 10+ = 0.9*(200+300) = 450
    assertEquals(50, m.female().get(0), 1e-12);
    assertEquals(80 - 90, m.female().get(1), 1e-12);
    assertEquals(400 - 450, m.female().get(2), 1e-12);
    Migration.NetRates r =
        Estimates.residualRates(
            start,
            end,
            rates.withFertility(new Fertility.AgeSpecific(AgeVector.of(0, 0.1, 0), 1.0)));
    // with births: B = 5*0.1*(200+90)/2 = 72.5, half female 36.25, all survive
    assertEquals((50 - 36.25) / 36.25, r.female().get(0), 1e-12);
    assertEquals(-10 / 90.0, r.female().get(1), 1e-12);
  }

  @Test
  void cohortChangeAndChildWomanRatiosByHand() {
    AgeGroups g = AgeGroups.FIVE_YEAR_TO_90;
    double[] a = new double[19];
    double[] b = new double[19];
    for (int i = 0; i < 19; i++) {
      a[i] = 100;
      b[i] = 80;
    }
    Population start = new Population(g, 2015, AgeVector.of(a), AgeVector.of(a));
    Population end = new Population(g, 2020, AgeVector.of(b), AgeVector.of(b));
    Migration.CohortChangeRatios c = Estimates.cohortChangeRatios(start, end);
    assertEquals(0.8, c.male().get(0), 1e-12);
    assertEquals(80 / 200.0, c.male().get(17), 1e-12);
    assertEquals(80 / 200.0, c.male().get(18), 1e-12);
    Fertility.ChildWomanRatio cwr = Estimates.childWomanRatio(end);
    // children 80 + 80 over women 15-49 = 7 groups × 80
    assertEquals(160 / 560.0, cwr.ratio(), 1e-12);
    assertEquals(1.0, cwr.sexRatio(), 1e-12);
    assertEquals(3, cwr.motherFrom());
    assertEquals(9, cwr.motherTo());
  }
}
