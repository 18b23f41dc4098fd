package jp.popvision.engine;

/**
 * The fast path of {@link PackedStep} for net migrants or net rates that join at the end of the
 * period (END timing), the common case, when no cohort has to be limited.
 *
 * <p>Contract: when it returns true, {@code end} holds exactly (bit for bit) what {@link
 * PackedStep#general} leaves there and no cohort was limited; when it returns false, {@code end}
 * holds scratch and the caller runs {@link PackedStep#general}. Why it is the same: every value is
 * formed by the same operations in the same order; a cohort that is not limited gets {@code got =
 * max(want, −e) = want} exactly when {@code want > −e} (checked for every cohort, NaN fails it),
 * and with no cohort limited the outflow got equals the outflow wanted, so the inflow factor {@link
 * MigrationLimit#inflowFactor} is 1 and the running sums that only feed it are not needed. The
 * births are summed before the end migrants join (they are exposed only as survivors, END timing),
 * which spares the copy of the survivors.
 */
final class PackedEndStep {
  private PackedEndStep() {}

  /** One step; false (with {@code end} as scratch) if some cohort would need the limit. */
  static boolean step(double[] start, PackedRates r, double[] end) {
    final int n = r.n;
    final int nn = 2 * n;
    final double[] move = r.survival;
    // (2) survival of both sexes in one pass; index n briefly holds the male open-group survivors
    for (int i = 0; i < nn - 1; i++) {
      end[i + 1] = move[i] * start[i];
    }
    end[n - 1] += end[n];
    end[n] = 0; // as in the general kernel until the births fill it (a mother range may include it)
    end[nn - 1] += move[nn - 1] * start[nn - 1];
    // (4) births from the female start population and survivors (before the end migrants)
    double male;
    double female;
    if (r.fertilityKind == PackedRates.FertilityKind.AGE_SPECIFIC) {
      final double[] rate = r.fertRateAgeF;
      double b = 0;
      for (int i = 1; i < n; i++) {
        b += rate[i] * (start[n + i] + end[n + i]) / 2;
      }
      b *= r.width;
      final double srb = r.srb;
      male = b * srb / (1 + srb);
      female = b / (1 + srb);
    } else {
      male = Double.NaN;
      female = Double.NaN;
    }
    // (3) the end migrants of groups 1..n-1
    final double[] mig = r.migration;
    final boolean counts = r.migrationKind == PackedRates.MigrationKind.NET_MIGRANTS;
    boolean ok =
        counts
            ? addCounts(mig, end, 1, n) & addCounts(mig, end, n + 1, nn)
            : addRates(mig, end, 1, n) & addRates(mig, end, n + 1, nn);
    if (!ok) {
      return false;
    }
    // (5) the first group: survivors of births and their migrants, or the child-woman ratio
    if (r.fertilityKind == PackedRates.FertilityKind.AGE_SPECIFIC) {
      double q0 = male * r.birthSurvival[0];
      double q1 = female * r.birthSurvival[1];
      double w0 = counts ? mig[0] : mig[0] * q0;
      double w1 = counts ? mig[n] : mig[n] * q1;
      if (!(w0 > -q0) || !(w1 > -q1)) {
        return false;
      }
      end[0] = q0 + w0;
      end[n] = q1 + w1;
    } else {
      double women = 0;
      for (int i = r.motherFrom; i <= r.motherTo; i++) {
        women += end[n + i];
      }
      double children = r.childWomanRatio * women;
      final double sr = r.childSexRatio;
      end[0] = children * sr / (1 + sr);
      end[n] = children / (1 + sr);
    }
    return true;
  }

  /** Adds net migrants to groups [from, to); false if one of them would be limited. */
  private static boolean addCounts(double[] mig, double[] end, int from, int to) {
    boolean ok = true;
    for (int i = from; i < to; i++) {
      double e = end[i];
      double want = mig[i];
      ok &= want > -e;
      end[i] = e + want;
    }
    return ok;
  }

  /** Adds net migration at rates to groups [from, to); false if one of them would be limited. */
  private static boolean addRates(double[] mig, double[] end, int from, int to) {
    boolean ok = true;
    for (int i = from; i < to; i++) {
      double e = end[i];
      double want = mig[i] * e;
      ok &= want > -e;
      end[i] = e + want;
    }
    return ok;
  }
}
