package jp.popvision.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Population;
import jp.popvision.model.Sex;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

class StepInvariantsTest {
  static final AgeGroups G = AgeGroups.FIVE_YEAR_TO_90;
  static final int N = G.count();

  static AgeVector randomVector(Random rnd, double scale) {
    double[] v = new double[N];
    for (int i = 0; i < N; i++) {
      v[i] = scale * (0.2 + rnd.nextDouble());
    }
    return AgeVector.of(v);
  }

  static Survival randomSurvival(Random rnd) {
    double[] s = new double[N];
    for (int i = 0; i < N; i++) {
      s[i] = 0.5 + 0.5 * rnd.nextDouble();
    }
    s[N - 1] = s[N - 2];
    return new Survival(AgeVector.of(s), 0.95 + 0.05 * rnd.nextDouble());
  }

  static AgeVector fertility(double tfr) {
    double[] f = new double[N];
    double[] shape = {0.02, 0.12, 0.3, 0.33, 0.18, 0.045, 0.005};
    for (int k = 0; k < 7; k++) {
      f[3 + k] = tfr * shape[k] / 5;
    }
    return AgeVector.of(f);
  }

  @Test
  void nullProjectionShiftsEveryoneOneGroup() {
    double[] p = new double[N];
    for (int i = 0; i < N; i++) {
      p[i] = 100 + i;
    }
    Population start = new Population(G, 2015, AgeVector.of(p), AgeVector.of(p));
    Survival all = new Survival(AgeVector.filled(N, 1.0), 1.0);
    PeriodRates rates =
        new PeriodRates(
            2015,
            all,
            all,
            new Fertility.AgeSpecific(AgeVector.zeros(N), 1.05),
            new Migration.None(),
            MigrationTiming.END);
    Population end = CohortComponentStep.project(start, rates).end();
    assertEquals(2020, end.year());
    assertEquals(0.0, end.female().get(0));
    for (int i = 1; i < N - 1; i++) {
      assertEquals(p[i - 1], end.female().get(i), 0.0, "group " + G.label(i));
      assertEquals(p[i - 1], end.male().get(i), 0.0);
    }
    assertEquals(p[N - 2] + p[N - 1], end.female().get(N - 1), 1e-12);
  }

  @Test
  void identicalSexesWithSexRatioOneStayIdentical() {
    Random rnd = new Random(1);
    AgeVector p = randomVector(rnd, 1000);
    Survival s = randomSurvival(rnd);
    AgeVector m = randomVector(rnd, 30).map(v -> v - 40);
    Population start = new Population(G, 2015, p, p);
    for (MigrationTiming timing : MigrationTiming.values()) {
      PeriodRates rates =
          new PeriodRates(
              2015,
              s,
              s,
              new Fertility.AgeSpecific(fertility(1.5), 1.0),
              new Migration.NetMigrants(m, m),
              timing);
      Population end = CohortComponentStep.project(start, rates).end();
      assertEquals(end.male(), end.female(), timing.toString());
    }
  }

  @Test
  void accountingIdentityHoldsInEveryStepForEveryMethod() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      Population start = new Population(G, 2015, randomVector(rnd, 800), randomVector(rnd, 800));
      Survival sm = randomSurvival(rnd);
      Survival sf = randomSurvival(rnd);
      Migration mig =
          switch (trial % 4) {
            case 0 ->
                new Migration.NetMigrants(
                    randomVector(rnd, 900).map(v -> v - 800), randomVector(rnd, 50));
            case 1 ->
                new Migration.NetRates(
                    randomVector(rnd, 0.2).map(v -> v - 0.15), randomVector(rnd, 0.1));
            case 2 ->
                new Migration.CohortChangeRatios(randomVector(rnd, 1), randomVector(rnd, 0.9));
            default -> new Migration.None();
          };
      Fertility fert =
          trial % 3 == 0
              ? new Fertility.ChildWomanRatio(0.2 + rnd.nextDouble() * 0.3, 1.05, 3, 9)
              : new Fertility.AgeSpecific(fertility(1 + rnd.nextDouble()), 1.05);
      MigrationTiming timing = rnd.nextBoolean() ? MigrationTiming.END : MigrationTiming.EVEN;
      CohortComponentStep.Result r =
          CohortComponentStep.project(start, new PeriodRates(2015, sm, sf, fert, mig, timing));
      StepEvents e = r.events();
      double expected = start.total() + e.births() - e.deaths() + e.netMigration();
      assertEquals(expected, r.end().total(), 1e-7 * start.total(), "trial " + trial);
      for (Sex sex : Sex.values()) {
        double perSex =
            start.get(sex).sum() + e.births(sex) - e.deaths(sex) + e.netMigrants(sex).sum();
        assertEquals(perSex, r.end().get(sex).sum(), 1e-7 * start.total());
        for (int i = 0; i < N; i++) {
          assertTrue(r.end().get(sex).get(i) >= 0, "negative cohort in trial " + trial);
        }
      }
    }
  }

  @Test
  void heavyOutMigrationIsLimitedAndReported() {
    AgeVector p = AgeVector.filled(N, 100);
    Survival s = new Survival(AgeVector.filled(N, 0.9), 0.99);
    double[] m = new double[N];
    m[5] = -500; // far more than the 90 survivors who reach 25-29
    Population start = new Population(G, 2015, p, p);
    PeriodRates rates =
        new PeriodRates(
            2015,
            s,
            s,
            new Fertility.AgeSpecific(fertility(1.4), 1.05),
            new Migration.NetMigrants(AgeVector.of(m), AgeVector.zeros(N)),
            MigrationTiming.END);
    CohortComponentStep.Result r = CohortComponentStep.project(start, rates);
    assertEquals(0.0, r.end().male().get(5), 1e-12);
    assertFalse(r.limits().isEmpty());
    MigrationLimit l = r.limits().get(0);
    assertEquals(Sex.MALE, l.sex());
    assertEquals(5, l.group());
    assertEquals(-500, l.requested(), 1e-12);
    assertEquals(-90, l.applied(), 1e-9);
    assertEquals(-90, r.events().netMigration(), 1e-9);
  }

  /**
   * Cross-check: for females without migration the step equals a Leslie matrix product built
   * independently with commons-math3: first row k_j = Sb·(n/2)·(f_j + S_j·f_{j+1})/(1+SRB),
   * sub-diagonal S_j, the open group keeping S_open.
   */
  @Test
  void femaleStepEqualsLeslieMatrixProduct() {
    Random rnd = new Random(3);
    AgeVector p = randomVector(rnd, 1000);
    Survival s = randomSurvival(rnd);
    double srb = 1.05;
    AgeVector f = fertility(1.6);
    RealMatrix leslie = MatrixUtils.createRealMatrix(N, N);
    for (int j = 0; j < N; j++) {
      double next = j + 1 < N ? s.ratios().get(j) * f.get(j + 1) : 0;
      leslie.setEntry(0, j, s.birthSurvival() * 2.5 * (f.get(j) + next) / (1 + srb));
    }
    for (int j = 0; j < N - 1; j++) {
      leslie.setEntry(j + 1, j, s.ratios().get(j));
    }
    leslie.setEntry(N - 1, N - 1, s.ratios().get(N - 1));
    RealVector expected = leslie.operate(MatrixUtils.createRealVector(p.toArray()));
    // three steps, to check the product of matrices too
    Population pop = new Population(G, 2015, p, p);
    List<PeriodRates> rates = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      rates.add(
          new PeriodRates(
              2015 + 5 * k,
              s,
              s,
              new Fertility.AgeSpecific(f, srb),
              new Migration.None(),
              MigrationTiming.END));
    }
    Projection proj = Projector.run(pop, rates);
    RealVector three = leslie.power(3).operate(MatrixUtils.createRealVector(p.toArray()));
    for (int i = 0; i < N; i++) {
      assertEquals(expected.getEntry(i), proj.populations().get(1).female().get(i), 1e-9);
      assertEquals(three.getEntry(i), proj.last().female().get(i), 1e-8);
    }
  }

  @Test
  void cohortChangeRatiosReproduceTheirSourcePopulation() {
    Random rnd = new Random(11);
    Population a = new Population(G, 2015, randomVector(rnd, 500), randomVector(rnd, 500));
    Population b = new Population(G, 2020, randomVector(rnd, 500), randomVector(rnd, 500));
    Migration.CohortChangeRatios ccr = Estimates.cohortChangeRatios(a, b);
    Fertility.ChildWomanRatio cwr = Estimates.childWomanRatio(b);
    Survival s = randomSurvival(rnd);
    Population got =
        CohortComponentStep.project(a, new PeriodRates(2015, s, s, cwr, ccr, MigrationTiming.END))
            .end();
    for (int i = 0; i < N; i++) {
      assertEquals(b.male().get(i), got.male().get(i), 1e-9);
      assertEquals(b.female().get(i), got.female().get(i), 1e-9);
    }
  }
}
