package jp.popvision.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Population;
import org.junit.jupiter.api.Test;

/** The allocation-free kernel against the reference step: equal bit for bit, every method. */
class PackedStepTest {
  static final AgeGroups G = AgeGroups.FIVE_YEAR_TO_90;
  static final int N = G.count();

  static double[] packed(Population p) {
    double[] a = new double[2 * N];
    System.arraycopy(p.male().toArray(), 0, a, 0, N);
    System.arraycopy(p.female().toArray(), 0, a, N, N);
    return a;
  }

  static Migration migration(Random rnd, int kind, double scale) {
    return switch (kind) {
      case 0 -> new Migration.None();
      case 1, 2 ->
          new Migration.NetMigrants(
              StepInvariantsTest.randomVector(rnd, scale).map(v -> v - 0.8 * scale),
              StepInvariantsTest.randomVector(rnd, scale).map(v -> v - 0.7 * scale));
      case 3 ->
          new Migration.NetRates(
              StepInvariantsTest.randomVector(rnd, 0.4 * scale / 100)
                  .map(v -> v - 0.3 * scale / 100),
              StepInvariantsTest.randomVector(rnd, 0.1));
      default ->
          new Migration.CohortChangeRatios(
              StepInvariantsTest.randomVector(rnd, 1), StepInvariantsTest.randomVector(rnd, 0.9));
    };
  }

  @Test
  void kernelEqualsReferenceStepBitForBitForEveryMethod() {
    Random rnd = new Random(2024);
    int limitedCases = 0;
    for (int trial = 0; trial < 2000; trial++) {
      Population start =
          new Population(
              G,
              2015,
              StepInvariantsTest.randomVector(rnd, 800),
              StepInvariantsTest.randomVector(rnd, 800));
      int kind = trial % 5;
      // every fifth round of each kind asks for heavy out-migration, so that limits occur
      double scale = (trial / 5) % 5 == 0 ? 2000 : 100;
      Migration mig = migration(rnd, kind, scale);
      MigrationTiming timing = kind == 2 ? MigrationTiming.EVEN : MigrationTiming.END;
      Fertility fert =
          trial % 3 == 0
              ? new Fertility.ChildWomanRatio(
                  0.2 + rnd.nextDouble() * 0.3, 1.0 + rnd.nextDouble() * 0.1, 3, 9)
              : new Fertility.AgeSpecific(
                  StepInvariantsTest.fertility(0.8 + rnd.nextDouble()),
                  1.0 + 0.1 * rnd.nextDouble());
      PeriodRates rates =
          new PeriodRates(
              2015,
              StepInvariantsTest.randomSurvival(rnd),
              StepInvariantsTest.randomSurvival(rnd),
              fert,
              mig,
              timing);

      CohortComponentStep.Result ref = CohortComponentStep.project(start, rates);
      double[] end = new double[2 * N];
      int limited =
          PackedStep.step(packed(start), PackedRates.of(rates, G), end, new double[2 * N]);

      assertArrayEquals(packed(ref.end()), end, 0.0, "trial " + trial + " kind " + kind);
      assertEquals(ref.limits().size(), limited, "limits in trial " + trial);
      if (limited > 0) {
        limitedCases++;
      }
    }
    assertTrue(limitedCases > 50, "the test must exercise migration limits: " + limitedCases);
  }

  @Test
  void kernelEqualsProjectorOverManySteps() {
    Random rnd = new Random(5);
    Population p =
        new Population(
            G,
            2015,
            StepInvariantsTest.randomVector(rnd, 1000),
            StepInvariantsTest.randomVector(rnd, 1000));
    java.util.List<PeriodRates> rates = new java.util.ArrayList<>();
    for (int k = 0; k < 11; k++) {
      rates.add(
          new PeriodRates(
              2015 + 5 * k,
              StepInvariantsTest.randomSurvival(rnd),
              StepInvariantsTest.randomSurvival(rnd),
              new Fertility.AgeSpecific(StepInvariantsTest.fertility(1.4), 1.05),
              migration(rnd, 1 + k % 2, 60),
              k % 2 == 0 ? MigrationTiming.END : MigrationTiming.EVEN));
    }
    Projection ref = Projector.run(p, rates);
    double[] a = packed(p);
    double[] b = new double[2 * N];
    double[] work = new double[2 * N];
    for (int k = 0; k < rates.size(); k++) {
      PackedStep.step(a, PackedRates.of(rates.get(k), G), b, work);
      assertArrayEquals(packed(ref.populations().get(k + 1)), b, 0.0, "step " + k);
      double[] t = a;
      a = b;
      b = t;
    }
  }

  @Test
  void packedRatesRejectWhatTheReferenceRejects() {
    Survival s = new Survival(AgeVector.filled(N, 0.9), 0.99);
    double[] f = new double[N];
    f[0] = 0.1;
    PeriodRates bad =
        new PeriodRates(
            2015,
            s,
            s,
            new Fertility.AgeSpecific(AgeVector.of(f), 1.05),
            new Migration.None(),
            MigrationTiming.END);
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> PackedRates.of(bad, G));
  }
}
