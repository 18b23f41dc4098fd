package jp.popvision.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Population;
import org.junit.jupiter.api.Test;

/**
 * END timing as the UN's ccmppWPP does it ({@code mig_assumption = "end"}): migrants who join at
 * the end of the period are not exposed to fertility. The expected births are computed by hand
 * below, not by the code under test.
 */
class EndTimingTest {
  static final AgeGroups G = new AgeGroups(5, 3);

  static CohortComponentStep.Result step(MigrationTiming timing) {
    AgeVector women = AgeVector.of(new double[] {100, 200, 300});
    Survival s = new Survival(AgeVector.of(new double[] {0.9, 0.8, 0.7}), 1.0);
    AgeVector mig = AgeVector.of(new double[] {0, 20, 30});
    PeriodRates rates =
        new PeriodRates(
            2015,
            s,
            s,
            new Fertility.AgeSpecific(AgeVector.of(new double[] {0, 0.05, 0.02}), 1.0),
            new Migration.NetMigrants(mig, mig),
            timing);
    return CohortComponentStep.project(new Population(G, 2015, women, women), rates);
  }

  @Test
  void endMigrantsAreNotExposedToFertility() {
    // survivors at the end before migrants join: 5-9 = 0.9·100 = 90; 10+ = 0.8·200 + 0.7·300 = 370
    // births = 5 · [0.05·(200 + 90)/2 + 0.02·(300 + 370)/2] = 5 · (7.25 + 6.70) = 69.75
    assertEquals(69.75, step(MigrationTiming.END).events().births(), 1e-9);
  }

  @Test
  void withTheMigrantsCountedBirthsWouldBeHigher() {
    // the old reading (end population including the 20 and 30 migrants):
    // 5 · [0.05·(200 + 110)/2 + 0.02·(300 + 400)/2] = 5 · (7.75 + 7.00) = 73.75 — not what END
    // gives
    double births = step(MigrationTiming.END).events().births();
    assertEquals(4.0, 73.75 - births, 1e-9);
  }

  @Test
  void evenTimingExposesBothHalves() {
    // start + half: 0-4 100, 5-9 210, 10+ 315; survivors 0.9·100 = 90 and
    // 0.8·210 + 0.7·315 = 388.5, plus the end halves 10 and 15: 100 and 403.5
    // births = 5 · [0.05·(210 + 100)/2 + 0.02·(315 + 403.5)/2] = 5 · (7.75 + 7.185) = 74.675
    assertEquals(74.675, step(MigrationTiming.EVEN).events().births(), 1e-9);
  }
}
