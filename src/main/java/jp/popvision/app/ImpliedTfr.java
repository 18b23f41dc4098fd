package jp.popvision.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import jp.popvision.engine.Fertility;
import jp.popvision.engine.PeriodRates;
import jp.popvision.io.RegisterSeries;

/**
 * The births-implied TFR of a register year for {@link Track}: the scenario's age pattern of
 * fertility for the year's step, scaled so that it gives the register's births on the register's
 * women (mean of the year's start and end, or the one of them that exists): TFR = 5 · B · Σf / Σ
 * f_a · W_a.
 */
final class ImpliedTfr {
  private ImpliedTfr() {}

  /** Age groups of mothers: 15–19 … 45–49 (5-year group indexes). */
  static final int MOTHER_FROM = 3;

  static final int MOTHER_TO = 9;

  /** The step's fertility rates of mothers 15–49, or null (child-woman ratio). */
  static double[] schedule(PeriodRates r) {
    if (!(r.fertility() instanceof Fertility.AgeSpecific a)) {
      return null;
    }
    double[] f = new double[MOTHER_TO + 1];
    for (int i = MOTHER_FROM; i <= MOTHER_TO && i < a.fertRateAgeF().size(); i++) {
      f[i] = a.fertRateAgeF().get(i);
    }
    return sum(f) > 0 ? f : null;
  }

  /** TFR = 5 · births · Σf / Σ f_a · W_a. */
  static double implied(double births, double[] f, double[] women) {
    double weighted = 0;
    for (int i = MOTHER_FROM; i <= MOTHER_TO; i++) {
      weighted += f[i] * women[i];
    }
    return weighted > 0 ? 5 * births * sum(f) / weighted : Double.NaN;
  }

  static double sum(double[] f) {
    double s = 0;
    for (double v : f) {
      s += v;
    }
    return s;
  }

  /**
   * Women by age of the period: the mean of the counts at its start and at the day after its end,
   * or the one of them the register has; null when it has neither.
   */
  static double[] exposure(NavigableMap<LocalDate, double[]> women, RegisterSeries.Period p) {
    double[] a = women.get(p.from());
    double[] b = women.get(p.to().plusDays(1));
    if (a == null && b == null) {
      return null;
    }
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    double[] m = new double[a.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = (a[i] + b[i]) / 2;
    }
    return m;
  }

  /** The reference dates {@link #exposure} used, e.g. {@code 2024-01-01/2025-01-01}. */
  static String dates(NavigableMap<LocalDate, double[]> women, RegisterSeries.Period p) {
    List<String> d = new ArrayList<>();
    if (women.containsKey(p.from())) {
      d.add(p.from().toString());
    }
    if (women.containsKey(p.to().plusDays(1))) {
      d.add(p.to().plusDays(1).toString());
    }
    return String.join("/", d);
  }
}
