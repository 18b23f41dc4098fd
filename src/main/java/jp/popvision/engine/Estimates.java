package jp.popvision.engine;

import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;
import jp.popvision.model.Sex;

/** Quantities derived from two populations (e.g. two censuses) and the rates between them. */
public final class Estimates {
  private Estimates() {}

  /**
   * Distributes persons of unknown age over the known groups in proportion to them (as IPSS does
   * for the census base): each group is scaled by (known + unknown) / known.
   */
  public static AgeVector prorateUnknown(AgeVector known, double unknown) {
    double sum = known.sum();
    if (!(sum > 0)) {
      throw new IllegalArgumentException("cannot prorate over an empty population");
    }
    return known.scale((sum + unknown) / sum);
  }

  /**
   * Residual net migration between {@code start} and {@code end}: the observed end population minus
   * the projection of {@code start} with the given survival and fertility and no migration, by age
   * group at the end: M(x) = P(x, t+5) − S(x−1)·P(x−1, t), births survived into the first group
   * (the residual method; README, "Method").
   */
  public static Migration.NetMigrants residualMigration(
      Population start, Population end, PeriodRates rates) {
    Population closed = withoutMigration(start, rates);
    return new Migration.NetMigrants(
        end.male().minus(closed.male()), end.female().minus(closed.female()));
  }

  /**
   * Residual net migration as rates per survivor (IPSS convention, see {@link Migration.NetRates}):
   * residual migrants in a group divided by the survivors the closed projection puts there.
   */
  public static Migration.NetRates residualRates(
      Population start, Population end, PeriodRates rates) {
    Population closed = withoutMigration(start, rates);
    AgeVector[] r = new AgeVector[2];
    for (Sex sex : Sex.values()) {
      double[] c = closed.get(sex).toArray();
      double[] e = end.get(sex).toArray();
      double[] out = new double[c.length];
      for (int i = 0; i < c.length; i++) {
        if (!(c[i] > 0)) {
          throw new IllegalArgumentException("no survivors in group " + i + " to form a rate");
        }
        out[i] = (e[i] - c[i]) / c[i];
      }
      r[sex.ordinal()] = AgeVector.of(out);
    }
    return new Migration.NetRates(r[0], r[1]);
  }

  private static Population withoutMigration(Population start, PeriodRates rates) {
    return CohortComponentStep.project(start, rates.withMigration(new Migration.None())).end();
  }

  /**
   * Cohort change ratios (変化率) between two populations one step apart: ratio(x) = P(x+1, t+n) /
   * P(x, t); the last closed group and the open group share P(open, t+n) / (P(open−1, t) + P(open,
   * t)).
   */
  public static Migration.CohortChangeRatios cohortChangeRatios(Population start, Population end) {
    AgeVector[] r = new AgeVector[2];
    int n = start.groups().count();
    for (Sex sex : Sex.values()) {
      double[] s = start.get(sex).toArray();
      double[] e = end.get(sex).toArray();
      double[] out = new double[n];
      for (int i = 0; i < n - 2; i++) {
        out[i] = ratio(e[i + 1], s[i], sex, i);
      }
      double open = ratio(e[n - 1], s[n - 2] + s[n - 1], sex, n - 1);
      out[n - 2] = open;
      out[n - 1] = open;
      r[sex.ordinal()] = AgeVector.of(out);
    }
    return new Migration.CohortChangeRatios(r[0], r[1]);
  }

  private static double ratio(double num, double den, Sex sex, int group) {
    if (!(den > 0)) {
      throw new IllegalArgumentException(
          "cannot form a cohort change ratio: no " + sex.label() + " population in group " + group);
    }
    return num / den;
  }

  /** Women aged 15–49 at the population's date. */
  public static double womenOfChildbearingAge(Population p) {
    AgeGroups g = p.groups();
    double w = 0;
    for (int i = 0; i < g.count(); i++) {
      if (g.ageFrom(i) >= 15 && g.ageFrom(i) <= 45) {
        w += p.female().get(i);
      }
    }
    return w;
  }

  /**
   * The child-woman ratio (子ども女性比) and 0–4 sex ratio of {@code p}: children in the first group of
   * both sexes divided by women 15–49; males per female in the first group.
   */
  public static Fertility.ChildWomanRatio childWomanRatio(Population p) {
    AgeGroups g = p.groups();
    double women = womenOfChildbearingAge(p);
    double children = p.male().get(0) + p.female().get(0);
    return new Fertility.ChildWomanRatio(
        children / women, p.male().get(0) / p.female().get(0), g.indexOf(15), g.indexOf(45));
  }
}
