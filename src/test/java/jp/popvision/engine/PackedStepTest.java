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

  /**
   * Equal bit for bit, signed zeros included; every NaN counts as the same value ({@link
   * Double#doubleToLongBits}), since Java leaves a NaN's sign and payload to the JIT and the CPU.
   */
  static void assertSameBits(double[] expected, double[] actual, String what) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(
          Double.doubleToLongBits(expected[i]),
          Double.doubleToLongBits(actual[i]),
          what + " at " + i + ": " + expected[i] + " vs " + actual[i]);
    }
  }

  /**
   * With probability 1/10 a corner case instead of {@code normal}: zeros of both signs, the
   * smallest subnormals, now and then NaN or infinity.
   */
  static double corner(Random rnd, double normal) {
    if (rnd.nextInt(10) != 0) {
      return normal;
    }
    return switch (rnd.nextInt(8)) {
      case 0, 1 -> 0.0;
      case 2, 3 -> -0.0;
      case 4 -> Double.MIN_VALUE;
      case 5 -> -Double.MIN_VALUE;
      case 6 -> rnd.nextBoolean() ? Double.NaN : normal;
      default -> rnd.nextBoolean() ? Double.POSITIVE_INFINITY : normal;
    };
  }

  /**
   * The END-timing fast path ({@link PackedEndStep}) against the general kernel, bit for bit
   * (signed zeros included, NaN as NaN) and in the count of limited cohorts, on random and
   * corner-case inputs written straight into the packed arrays; both the fast path and its fallback
   * must occur.
   */
  @Test
  void fastPathEqualsGeneralKernelBitForBit() {
    Random rnd = new Random(77);
    int fast = 0;
    int fallback = 0;
    for (int trial = 0; trial < 20_000; trial++) {
      boolean corners = trial % 2 == 1;
      PackedRates r = new PackedRates(G);
      r.migrationKind =
          trial % 2 == 0
              ? PackedRates.MigrationKind.NET_MIGRANTS
              : PackedRates.MigrationKind.NET_RATES;
      boolean cwr = trial % 3 == 2;
      r.fertilityKind =
          cwr
              ? PackedRates.FertilityKind.CHILD_WOMAN_RATIO
              : PackedRates.FertilityKind.AGE_SPECIFIC;
      r.srb = 1 + 0.1 * rnd.nextDouble();
      r.childWomanRatio = 0.3 * rnd.nextDouble();
      r.childSexRatio = 1 + 0.1 * rnd.nextDouble();
      // mothers usually 15-49; any range of groups, the first group included, must agree too
      r.motherFrom = trial % 7 == 0 ? rnd.nextInt(4) : 3;
      r.motherTo = trial % 7 == 0 ? r.motherFrom + rnd.nextInt(N - r.motherFrom) : 9;
      double[] start = new double[2 * N];
      double scale = trial % 5 == 0 ? 400 : 20;
      boolean rates = r.migrationKind == PackedRates.MigrationKind.NET_RATES;
      for (int i = 0; i < 2 * N; i++) {
        double p = 800 * rnd.nextDouble();
        start[i] = corners ? corner(rnd, p) : p;
        double sv = 0.5 + 0.5 * rnd.nextDouble();
        r.survival[i] = corners ? corner(rnd, sv) : sv;
        double m =
            rates ? (rnd.nextDouble() - 0.4) * scale / 400 : (rnd.nextDouble() - 0.6) * scale;
        r.migration[i] = corners ? corner(rnd, m) : m;
      }
      for (int i = 1; i < N; i++) {
        r.fertRateAgeF[i] =
            i >= 3 && i <= 9 ? 0.1 * rnd.nextDouble() : corners ? corner(rnd, 0) : 0;
      }
      r.birthSurvival[0] = corners ? corner(rnd, 0.99) : 0.99;
      r.birthSurvival[1] = corners ? corner(rnd, 0.995) : 0.995;
      double[] expected = new double[2 * N];
      int expectedLimited = PackedStep.general(start, r, expected, new double[2 * N]);
      double[] actual = new double[2 * N];
      int limited = PackedStep.step(start, r, actual, new double[2 * N]);
      assertSameBits(expected, actual, "trial " + trial);
      assertEquals(expectedLimited, limited, "limited in trial " + trial);
      if (PackedEndStep.step(start, r, new double[2 * N])) {
        fast++;
        assertEquals(0, expectedLimited, "the fast path ran on a limited step, trial " + trial);
      } else {
        fallback++;
      }
    }
    assertTrue(fast > 1000 && fallback > 1000, "fast " + fast + ", fallback " + fallback);
  }
}
