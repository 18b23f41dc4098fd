package jp.popvision.engine;

/**
 * The projection step of {@link CohortComponentStep} over primitive arrays, without allocation, for
 * fast paths that run thousands of projections (sensitivity grids, goal seeking, Monte Carlo).
 *
 * <p>Contract: for every fertility and migration method, {@code step(start, PackedRates.of(r), end,
 * work)} leaves in {@code end} exactly (bit for bit) the population that {@code
 * CohortComponentStep.project(start, r).end()} returns: the same operations in the same order
 * (tested in {@code PackedStepTest}). It returns only the end population and the number of cohorts
 * whose net out-migration was limited at zero; the vital events are left to the reference step.
 *
 * <p>Populations are arrays of 2·n persons, male groups first ({@code sex.ordinal() * n + i}).
 */
public final class PackedStep {
  private PackedStep() {}

  /**
   * One step from {@code start} to {@code end} (distinct arrays of 2·n); {@code work} is scratch of
   * 2·n. Returns the number of cohorts limited at zero.
   */
  public static int step(double[] start, PackedRates r, double[] end, double[] work) {
    if (!r.even
        && (r.migrationKind == PackedRates.MigrationKind.NET_MIGRANTS
            || r.migrationKind == PackedRates.MigrationKind.NET_RATES)
        && PackedEndStep.step(start, r, end)) {
      return 0;
    }
    return general(start, r, end, work);
  }

  /**
   * The step for every method, written as the reference step is (the fast path {@link
   * PackedEndStep} falls back on it whenever a cohort could be limited).
   */
  static int general(double[] start, PackedRates r, double[] end, double[] work) {
    final int n = r.n;
    final double[] mig = r.migration;
    final PackedRates.MigrationKind kind = r.migrationKind;
    final boolean counts = kind == PackedRates.MigrationKind.NET_MIGRANTS;
    final boolean even = r.even && counts;
    final boolean rates = kind == PackedRates.MigrationKind.NET_RATES;
    final double[] move = kind == PackedRates.MigrationKind.COHORT_CHANGE ? mig : r.survival;
    int limited = 0;
    double totalWant = 0;
    double outWant = 0;
    double outGot = 0;
    final double[] adj = even ? work : start;
    for (int s = 0; s < 2; s++) {
      final int o = s * n;
      // (1) start half
      if (even) {
        for (int i = o; i < o + n; i++) {
          double want = mig[i] / 2;
          double got = Math.max(want, -start[i]);
          if (got != want) {
            limited++;
          }
          totalWant += want;
          if (want < 0) {
            outWant += want;
            outGot += got;
          }
          work[i] = start[i] + got;
        }
      }
      // (2) survival (or cohort change)
      end[o] = 0;
      for (int i = o; i < o + n - 1; i++) {
        end[i + 1] = move[i] * adj[i];
      }
      end[o + n - 1] += move[o + n - 1] * adj[o + n - 1];
      if (!even && s == 1) {
        // survivors before the end migrants join: the women exposed at the end (END timing)
        System.arraycopy(end, o, work, o, n);
      }
      // (3) end part for groups 1..n-1
      if (counts) {
        for (int i = o + 1; i < o + n; i++) {
          double want = even ? mig[i] - mig[i] / 2 : mig[i];
          double got = Math.max(want, -end[i]);
          if (got != want) {
            limited++;
          }
          totalWant += want;
          if (want < 0) {
            outWant += want;
            outGot += got;
          }
          end[i] += got;
        }
      } else if (rates) {
        for (int i = o + 1; i < o + n; i++) {
          double want = mig[i] * end[i];
          double got = Math.max(want, -end[i]);
          if (got != want) {
            limited++;
          }
          end[i] += got;
        }
      }
    }
    // (4) births and (5) their survivors in the first group
    final int f = n;
    if (r.fertilityKind == PackedRates.FertilityKind.AGE_SPECIFIC) {
      final double[] rate = r.fertRateAgeF;
      final double[] exposedEnd = even ? end : work;
      double b = 0;
      for (int i = 1; i < n; i++) {
        b += rate[i] * (adj[f + i] + exposedEnd[f + i]) / 2;
      }
      b *= r.width;
      final double srb = r.srb;
      double male = b * srb / (1 + srb);
      double female = b / (1 + srb);
      for (int s = 0; s < 2; s++) {
        final int o = s * n;
        double q0 = (s == 0 ? male : female) * r.birthSurvival[s];
        double want;
        if (counts) {
          want = even ? mig[o] - mig[o] / 2 : mig[o];
        } else if (rates) {
          want = mig[o] * q0;
        } else {
          want = 0;
        }
        double got = Math.max(want, -q0);
        if (got != want) {
          limited++;
        }
        if (counts) {
          totalWant += want;
          if (want < 0) {
            outWant += want;
            outGot += got;
          }
        }
        end[o] = q0 + got;
      }
    } else {
      double women = 0;
      for (int i = r.motherFrom; i <= r.motherTo; i++) {
        women += end[f + i];
      }
      double children = r.childWomanRatio * women;
      final double sr = r.childSexRatio;
      end[0] = children * sr / (1 + sr);
      end[n] = children / (1 + sr);
    }
    double k = MigrationLimit.inflowFactor(totalWant, outWant, outGot);
    if (counts && k != 1) {
      boolean births = r.fertilityKind == PackedRates.FertilityKind.AGE_SPECIFIC;
      for (int s = 0; s < 2; s++) {
        for (int i = births ? 0 : 1; i < n; i++) {
          int c = s * n + i;
          double want = even ? mig[c] - mig[c] / 2 : mig[c];
          if (want > 0) {
            end[c] -= want * (1 - k);
            limited++;
          }
        }
      }
    }
    return limited;
  }
}
