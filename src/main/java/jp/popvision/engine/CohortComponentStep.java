package jp.popvision.engine;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Population;
import jp.popvision.model.Sex;

/**
 * One step of the two-sex cohort-component projection (Preston, Heuveline and Guillot 2001, ch. 6;
 * README, "Method"). Pure: no I/O, no shared state.
 *
 * <p>Order of operations: (1) with EVEN timing, half of the net migrants join their group at the
 * start; (2) everyone is survived one group on (the last two groups into the open group); (3) the
 * remaining net migrants join at the end; (4) births from the average female population of start
 * and end (or the child-woman ratio), where with END timing (and net rates) "end" means the
 * survivors before the end-of-period migrants join, as in the UN's ccmppWPP (mig_assumption "end"),
 * and with EVEN timing everyone present at the end; (5) survivors of births fill the first group.
 * Net out-migration never takes a cohort below zero: it is limited and a {@link MigrationLimit} is
 * returned. The accounting identity P(t+n) = P(t) + births − deaths + net migrants holds for the
 * events returned.
 */
public final class CohortComponentStep {

  private CohortComponentStep() {}

  /** The population at the end of the step, the events of the step, and any limits applied. */
  public record Result(Population end, StepEvents events, List<MigrationLimit> limits) {}

  public static Result project(Population start, PeriodRates rates) {
    AgeGroups g = start.groups();
    int n = g.count();
    List<MigrationLimit> limits = new ArrayList<>(0);
    Migration migration = rates.migration();
    boolean even =
        rates.timing() == MigrationTiming.EVEN && migration instanceof Migration.NetMigrants;

    double[][] adj = new double[2][];
    double[][] end = new double[2][];
    double[][] deaths = new double[2][];
    double[][] applied = new double[2][];
    double[][] requested = new double[2][];
    double[][] survivors = new double[2][];
    boolean counts = migration instanceof Migration.NetMigrants;
    double[] sums = new double[3]; // total wanted, outflow wanted, outflow got (net counts only)

    for (Sex sex : Sex.values()) {
      int s = sex.ordinal();
      double[] p = start.get(sex).toArray();
      double[] ratios = rates.survival(sex).ratios().toArray();
      check(ratios.length == n, "survival ratios need " + n + " entries");
      double[] req = requestedCounts(migration, sex, n);
      requested[s] = req;
      double[] mig = new double[n];
      // (1) start half
      if (even) {
        for (int i = 0; i < n; i++) {
          double want = req[i] / 2;
          double got = Math.max(want, -p[i]);
          if (got != want) {
            limits.add(new MigrationLimit(rates.startYear(), sex, i, want, got));
          }
          add(sums, want, got);
          p[i] += got;
          mig[i] += got;
        }
      }
      adj[s] = p;
      // (2) survival
      double[] atEnd = new double[n];
      double[] d = new double[n];
      double[] move =
          migration instanceof Migration.CohortChangeRatios c ? c.get(sex).toArray() : ratios;
      check(move.length == n, "cohort change ratios need " + n + " entries");
      for (int i = 0; i < n - 1; i++) {
        atEnd[i + 1] += move[i] * p[i];
      }
      atEnd[n - 1] += move[n - 1] * p[n - 1];
      for (int i = 0; i < n; i++) {
        d[i] = p[i] * (1 - ratios[i]);
      }
      if (migration instanceof Migration.CohortChangeRatios) {
        // what survival alone would give; the rest is net migration
        double[] survived = new double[n];
        for (int i = 0; i < n - 1; i++) {
          survived[i + 1] += ratios[i] * p[i];
        }
        survived[n - 1] += ratios[n - 1] * p[n - 1];
        for (int i = 1; i < n; i++) {
          mig[i] += atEnd[i] - survived[i];
        }
      }
      survivors[s] = atEnd.clone();
      // (3) end part for groups 1..n-1
      for (int i = 1; i < n; i++) {
        double want = endPart(migration, sex, even, req, i, atEnd[i]);
        double got = Math.max(want, -atEnd[i]);
        if (got != want) {
          limits.add(new MigrationLimit(rates.startYear(), sex, i, want, got));
        }
        if (counts) {
          add(sums, want, got);
        }
        atEnd[i] += got;
        mig[i] += got;
      }
      end[s] = atEnd;
      deaths[s] = d;
      applied[s] = mig;
    }

    // (4) births
    int f = Sex.FEMALE.ordinal();
    double[] births = new double[2];
    double[] birthDeaths = new double[2];
    Fertility fertility = rates.fertility();
    if (fertility instanceof Fertility.AgeSpecific a) {
      double[] rate = a.fertRateAgeF().toArray();
      check(rate.length == n, "fertility rates need " + n + " entries");
      check(rate[0] == 0, "fertility rate of the first age group must be 0");
      // exposed at the end: with EVEN timing everyone present; otherwise the survivors only,
      // migrants joining at the end are not exposed (UN ccmppWPP, mig_assumption "end")
      double[] exposedEnd = even ? end[f] : survivors[f];
      double b = 0;
      for (int i = 1; i < n; i++) {
        b += rate[i] * (adj[f][i] + exposedEnd[i]) / 2;
      }
      b *= g.width();
      births[Sex.MALE.ordinal()] = b * a.srb() / (1 + a.srb());
      births[f] = b / (1 + a.srb());
      for (Sex sex : Sex.values()) {
        int s = sex.ordinal();
        double sb = rates.survival(sex).birthSurvival();
        double q0 = births[s] * sb;
        birthDeaths[s] = births[s] - q0;
        double want = endPart(migration, sex, even, requested[s], 0, q0);
        double got = Math.max(want, -q0);
        if (got != want) {
          limits.add(new MigrationLimit(rates.startYear(), sex, 0, want, got));
        }
        if (counts) {
          add(sums, want, got);
        }
        end[s][0] = q0 + got;
        applied[s][0] += got;
      }
    } else if (fertility instanceof Fertility.ChildWomanRatio c) {
      double women = 0;
      for (int i = c.motherFrom(); i <= c.motherTo(); i++) {
        women += end[f][i];
      }
      double children = c.ratio() * women;
      double[] split = {
        children * c.sexRatio() / (1 + c.sexRatio()), children / (1 + c.sexRatio())
      };
      for (Sex sex : Sex.values()) {
        int s = sex.ordinal();
        double sb = rates.survival(sex).birthSurvival();
        check(sb > 0, "birth survival must be positive with the child-woman ratio");
        births[s] = split[s] / sb;
        birthDeaths[s] = births[s] - split[s];
        end[s][0] = split[s];
      }
    }

    double k = MigrationLimit.inflowFactor(sums[0], sums[1], sums[2]);
    if (counts && k != 1) {
      boolean withBirths = fertility instanceof Fertility.AgeSpecific;
      for (Sex sex : Sex.values()) {
        int s = sex.ordinal();
        for (int i = withBirths ? 0 : 1; i < n; i++) {
          double want = endPart(migration, sex, even, requested[s], i, 0);
          if (want > 0) {
            double cut = want * (1 - k);
            end[s][i] -= cut;
            applied[s][i] -= cut;
            limits.add(new MigrationLimit(rates.startYear(), sex, i, want, want - cut));
          }
        }
      }
    }
    Population endPop =
        new Population(g, start.year() + g.width(), AgeVector.of(end[0]), AgeVector.of(end[1]));
    StepEvents events =
        new StepEvents(
            start.year(),
            start.year() + g.width(),
            births[0],
            births[1],
            AgeVector.of(deaths[0]),
            AgeVector.of(deaths[1]),
            birthDeaths[0],
            birthDeaths[1],
            AgeVector.of(applied[0]),
            AgeVector.of(applied[1]));
    return new Result(endPop, events, List.copyOf(limits));
  }

  /** Adds a wanted and an applied net migration to {total wanted, outflow wanted, outflow got}. */
  private static void add(double[] sums, double want, double got) {
    sums[0] += want;
    if (want < 0) {
      sums[1] += want;
      sums[2] += got;
    }
  }

  /** Requested net migrant counts for the step (rates and ratios are handled elsewhere). */
  private static double[] requestedCounts(Migration m, Sex sex, int n) {
    if (m instanceof Migration.NetMigrants nm) {
      double[] v = nm.get(sex).toArray();
      check(v.length == n, "net migrants need " + n + " entries");
      return v;
    }
    return new double[n];
  }

  /** Net migrants joining group i at the end of the step, given survivors {@code survivors}. */
  private static double endPart(
      Migration m, Sex sex, boolean even, double[] req, int i, double survivors) {
    if (m instanceof Migration.NetMigrants) {
      return even ? req[i] - req[i] / 2 : req[i];
    }
    if (m instanceof Migration.NetRates r) {
      return r.get(sex).get(i) * survivors;
    }
    return 0;
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
