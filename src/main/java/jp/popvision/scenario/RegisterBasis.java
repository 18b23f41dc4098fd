package jp.popvision.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ratio that turns net counts stated as resident-register social change (住民基本台帳の社会増減) into
 * census terms (国勢調査の純移動), measured in the area's own data (README "Register and census basis").
 *
 * <p>For each census interval (1 October to 1 October, five years) that the register's movements
 * cover completely, the census residual net migration is the change of the census totals minus the
 * register's natural change (births − deaths), and the ratio is that residual over the register's
 * social change in the same interval. A register period is counted by the share of its days inside
 * the interval; days already covered by an earlier-starting period are dropped (CY2013 counts from
 * April, after FY2012); periods starting before 2013 use the Japanese-only figures (the register
 * covered Japanese nationals only before July 2012, and FY2012's total counts the registration of
 * foreign residents as moves in). The default ratio pools the last {@link #POOLED} intervals: the
 * sum of their residuals over the sum of their social change. Pure.
 *
 * @param ratio census net migration per register social change (the pooled ratio)
 * @param periods the intervals pooled, oldest first
 */
public record RegisterBasis(double ratio, List<Period> periods) {
  /** Number of latest census intervals pooled. */
  public static final int POOLED = 3;

  /** Periods starting before this day use Japanese-only figures where the file has them. */
  static final LocalDate TOTAL_FROM = LocalDate.of(2013, 1, 1);

  public RegisterBasis {
    periods = List.copyOf(periods);
  }

  /**
   * One census interval.
   *
   * @param start census year at the start
   * @param censusChange census total at the end minus at the start
   * @param natural register natural change in the interval
   * @param social register social change in the interval
   */
  public record Period(int start, double censusChange, double natural, double social) {
    /** Census residual net migration. */
    public double residual() {
      return censusChange - natural;
    }

    public double ratio() {
      return residual() / social;
    }
  }

  /** First and last year pooled, e.g. "2005–2020". */
  public String span() {
    return periods.get(0).start() + "–" + (periods.get(periods.size() - 1).start() + 5);
  }

  /**
   * The ratio of {@code data}'s area, or null when its register (with natural change) and census
   * totals have no interval in common.
   */
  public static RegisterBasis of(InputData data) {
    List<Period> all = new ArrayList<>();
    List<RegisterYear> years = chosen(data.register());
    for (var e : data.observed().entrySet()) {
      int t = e.getKey();
      ObservedTotals end = data.observed().get(t + 5);
      if (end == null) {
        continue;
      }
      Period p = period(years, t, end.total() - e.getValue().total());
      if (p != null) {
        all.add(p);
      }
    }
    if (all.isEmpty()) {
      return null;
    }
    List<Period> pooled = all.subList(Math.max(0, all.size() - POOLED), all.size());
    double residual = 0;
    double social = 0;
    for (Period p : pooled) {
      residual += p.residual();
      social += p.social();
    }
    return new RegisterBasis(residual / social, pooled);
  }

  /** One coverage per period label, in order of start, each day counted once. */
  static List<RegisterYear> chosen(List<RegisterYear> register) {
    Map<String, RegisterYear> byLabel = new LinkedHashMap<>();
    for (RegisterYear y : register) {
      if (Double.isNaN(y.naturalChange())) {
        continue;
      }
      String want = y.from().isBefore(TOTAL_FROM) ? "japanese" : "total";
      RegisterYear had = byLabel.get(y.label());
      if (had == null || (!had.coverage().equals(want) && y.coverage().equals(want))) {
        byLabel.put(y.label(), y);
      }
    }
    List<RegisterYear> out = new ArrayList<>(byLabel.values());
    out.sort(Comparator.comparing(RegisterYear::from));
    return out;
  }

  /** The interval from 1 October {@code t}; null unless the register covers every day of it. */
  static Period period(List<RegisterYear> years, int t, double censusChange) {
    LocalDate from = LocalDate.of(t, 10, 1);
    LocalDate to = LocalDate.of(t + 5, 10, 1);
    double natural = 0;
    double social = 0;
    LocalDate covered = null;
    long days = 0;
    for (RegisterYear y : years) {
      LocalDate start = covered != null && covered.isAfter(y.from()) ? covered : y.from();
      LocalDate end = y.to().plusDays(1);
      covered = covered == null || end.isAfter(covered) ? end : covered;
      LocalDate lo = start.isAfter(from) ? start : from;
      LocalDate hi = end.isBefore(to) ? end : to;
      if (!hi.isAfter(lo)) {
        continue;
      }
      double share =
          (double) ChronoUnit.DAYS.between(lo, hi) / ChronoUnit.DAYS.between(y.from(), end);
      natural += share * y.naturalChange();
      social += share * y.socialChange();
      days += ChronoUnit.DAYS.between(lo, hi);
    }
    if (days != ChronoUnit.DAYS.between(from, to) || social == 0) {
      return null;
    }
    return new Period(t, censusChange, natural, social);
  }
}
