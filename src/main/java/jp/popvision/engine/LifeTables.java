package jp.popvision.engine;

import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;

/** Survival ratios from an abridged life table. */
public final class LifeTables {
  private LifeTables() {}

  /**
   * Survival over one step for {@code groups} from life-table person-years.
   *
   * <p>Contract (Preston et al. 2001, Box 6.2; README, "Method", step 2): {@code nLx} holds
   * person-years lived in the table's age groups of the same width as {@code groups}, the last
   * entry being the open group's total (its T). With T(k) = Σ_{j≥k} nLx(j): S(x) = nL(x+n)/nL(x)
   * for groups that stay closed; the last closed group and the open group both get
   * T(open)/T(open−1); births survive to the first group with nL(0)/(n·l0). The table may extend
   * past the projection's open age; its older groups are folded into T.
   *
   * @param nLx person-years by table age group, last entry open; all positive
   * @param l0 the table's radix (e.g. 100,000)
   */
  public static Survival survival(double[] nLx, double l0, AgeGroups groups) {
    int n = groups.count();
    if (nLx.length < n) {
      throw new IllegalArgumentException(
          "life table has " + nLx.length + " age groups, the projection needs at least " + n);
    }
    for (double v : nLx) {
      if (!(v > 0)) {
        throw new IllegalArgumentException("life table person-years must be positive, was " + v);
      }
    }
    double[] t = new double[nLx.length + 1];
    for (int k = nLx.length - 1; k >= 0; k--) {
      t[k] = t[k + 1] + nLx[k];
    }
    double[] ratios = new double[n];
    for (int i = 0; i < n - 2; i++) {
      ratios[i] = nLx[i + 1] / nLx[i];
    }
    double open = t[n - 1] / t[n - 2];
    ratios[n - 2] = open;
    ratios[n - 1] = open;
    return new Survival(AgeVector.of(ratios), nLx[0] / (groups.width() * l0));
  }
}
