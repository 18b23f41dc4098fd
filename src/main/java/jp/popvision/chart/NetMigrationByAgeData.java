package jp.popvision.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.popvision.engine.Migration;
import jp.popvision.model.AgeGroups;

/**
 * The lines of {@code net_migration_by_age.png} (年齢階級別純移動数): the census residual net migrants of
 * each intercensal period by sex and cohort, the cohort named by its age at the start and the end
 * of the period ("15–19→20–24"). The births of the period (0–4 at the end) are left out: their
 * residual depends on the fertility assumed, not only on the censuses.
 *
 * @param groups the age groups at the end of the period
 * @param periods one entry per period, in time order
 */
public record NetMigrationByAgeData(AgeGroups groups, List<Period> periods) {
  /** File name of the chart. */
  public static final String FILE = "net_migration_by_age.png";

  /**
   * One intercensal period.
   *
   * @param fromYear the earlier census
   * @param male net migrants by cohort (end age groups 5–9 … open), persons
   * @param female the same for women
   */
  public record Period(int fromYear, double[] male, double[] female) {
    public Period {
      male = male.clone();
      female = female.clone();
    }

    public double male(int k) {
      return male[k];
    }

    public double female(int k) {
      return female[k];
    }
  }

  public NetMigrationByAgeData {
    periods = List.copyOf(periods);
  }

  /** From the residual net migrants of each period by its start year. */
  public static NetMigrationByAgeData of(
      AgeGroups groups, Map<Integer, Migration.NetMigrants> byPeriod) {
    List<Period> out = new ArrayList<>();
    for (var e : new java.util.TreeMap<>(byPeriod).entrySet()) {
      double[] m = e.getValue().male().toArray();
      double[] f = e.getValue().female().toArray();
      out.add(
          new Period(
              e.getKey(),
              java.util.Arrays.copyOfRange(m, 1, m.length),
              java.util.Arrays.copyOfRange(f, 1, f.length)));
    }
    return new NetMigrationByAgeData(groups, out);
  }

  /** Number of cohorts drawn (age groups less the births). */
  public int cohorts() {
    return groups.count() - 1;
  }

  /** The cohort label of index k: start age group → end age group, e.g. {@code 15–19→20–24}. */
  public String cohortLabel(int k) {
    String start = k + 1 == cohorts() ? groups.ageFrom(k) + "+" : groups.label(k);
    return (start + "→" + groups.label(k + 1)).replace("-", "–");
  }
}
