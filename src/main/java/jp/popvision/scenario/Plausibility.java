package jp.popvision.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.popvision.engine.MigrationLimit;
import jp.popvision.engine.Projection;
import jp.popvision.engine.StepEvents;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.Population;
import jp.popvision.model.Sex;

/**
 * Warnings about values that are possible but implausible for a Japanese municipality: they do not
 * stop a run, they are shown and listed in the manifest. Pure.
 *
 * <p>Ranges: TFR 0.8–2.5 (Japan's municipal TFRs 2008–2012 lay between about 0.7 and 2.8, the
 * national rate 1.2–1.5 since 1995; above 2.5 a target is far from any recent Japanese figure); sex
 * ratio at birth 1.03–1.08 (the biological norm about 1.05, WPP Japan 1.04–1.07); life expectancy
 * at birth 70–95 years (WPP 2024 Japan: 73–81 men, 79–87 women for 1980–2020, under 95 in every
 * projected period to 2100); a cohort more than halved by net migration in one period (net migrants
 * applied to an age group at the end of the period against the cohort's size at its start); every
 * period in which out-migration was limited at zero; sex × age groups that hold less than 1 % of
 * their base-year size (near-empty: a generation emptied); and a total that grows beyond {@link
 * #GROWTH_HIGH} times the base, more than any municipality's official projection.
 */
public final class Plausibility {
  public static final double TFR_LOW = 0.8;
  public static final double TFR_HIGH = 2.5;
  public static final double SRB_LOW = 1.03;
  public static final double SRB_HIGH = 1.08;
  public static final double E0_LOW = 70;
  public static final double E0_HIGH = 95;

  /** A cohort losing more than this share of its size to net migration in one period is flagged. */
  public static final double HALVED = 0.5;

  private Plausibility() {}

  /** A warning: implausible, not impossible. */
  public sealed interface Warning {
    int periodStart();

    int periodEnd();
  }

  public record Tfr(int periodStart, int periodEnd, double tfr) implements Warning {}

  public record SexRatioAtBirth(int periodStart, int periodEnd, double srb) implements Warning {}

  public record LifeExpectancy(int periodStart, int periodEnd, Sex sex, double e0)
      implements Warning {}

  /**
   * One cohort that net migration more than halved: its age group at the end, and the share lost.
   */
  public record Cohort(Sex sex, String group, double shareLost) {}

  public record CohortHalved(int periodStart, int periodEnd, List<Cohort> cohorts)
      implements Warning {}

  /** Out-migration limited so that no cohort went below zero (see {@link MigrationLimit}). */
  public record MigrationLimited(
      int periodStart, int periodEnd, int cohorts, double notApplied, double netApplied)
      implements Warning {}

  /**
   * Sex × age groups below the open group that hold less than {@link #NEAR_EMPTY} of their
   * base-year size at the end of a period: a projection that empties a generation.
   */
  public record NearEmpty(int periodStart, int periodEnd, List<Cohort> cohorts)
      implements Warning {}

  /** A group under this share of its base-year size is near-empty. */
  public static final double NEAR_EMPTY = 0.01;

  /**
   * A total above this multiple of the base is flagged: the largest 2045/2015 ratio among IPSS
   * 2018's projections of 1,681 municipalities is 1.349 (東京都中央区 13102; computed from
   * data/municipalities/ipss_h30_2018_age5_sex_2015_2045.csv by PlausibilityTest), so a scenario
   * beyond it grows more than the official projection of any municipality does in 30 years.
   */
  public static final double GROWTH_HIGH = 1.35;

  /** The first period at whose end the total exceeds {@link #GROWTH_HIGH} times the base. */
  public record Growth(int periodStart, int periodEnd, double ratio) implements Warning {}

  /** Every warning of a resolved scenario and its projection, by period. */
  public static List<Warning> check(ResolvedScenario scenario, Projection projection) {
    List<Warning> out = new ArrayList<>(assumptions(scenario.assumptions()));
    out.addAll(migration(projection));
    out.addAll(nearEmpty(projection));
    out.addAll(growth(projection));
    return out;
  }

  /**
   * The first period whose end total exceeds {@link #GROWTH_HIGH} times the base ({@link Growth}).
   */
  public static List<Warning> growth(Projection projection) {
    double base = projection.base().total();
    for (int k = 0; k < projection.events().size(); k++) {
      double ratio = projection.populations().get(k + 1).total() / base;
      if (base > 0 && ratio > GROWTH_HIGH) {
        StepEvents e = projection.events().get(k);
        return List.of(new Growth(e.periodStart(), e.periodEnd(), ratio));
      }
    }
    return List.of();
  }

  /** Near-empty groups at the end of each period ({@link NearEmpty}). */
  public static List<Warning> nearEmpty(Projection projection) {
    List<Warning> out = new ArrayList<>();
    Population base = projection.base();
    AgeGroups g = base.groups();
    for (int k = 0; k < projection.events().size(); k++) {
      Population end = projection.populations().get(k + 1);
      List<Cohort> empty = new ArrayList<>();
      for (Sex sex : Sex.values()) {
        for (int i = 0; i < g.count() - 1; i++) {
          double was = base.get(sex).get(i);
          double now = end.get(sex).get(i);
          if (was > 0 && now < NEAR_EMPTY * was) {
            empty.add(new Cohort(sex, g.label(i), 1 - now / was));
          }
        }
      }
      if (!empty.isEmpty()) {
        StepEvents e = projection.events().get(k);
        out.add(new NearEmpty(e.periodStart(), e.periodEnd(), empty));
      }
    }
    return out;
  }

  /** TFR, sex ratio at birth and life expectancy of each period. */
  public static List<Warning> assumptions(List<PeriodAssumption> periods) {
    List<Warning> out = new ArrayList<>();
    for (PeriodAssumption a : periods) {
      if (a.tfr() != null && (a.tfr() < TFR_LOW || a.tfr() > TFR_HIGH)) {
        out.add(new Tfr(a.periodStart(), a.periodEnd(), a.tfr()));
      }
      if (a.sexRatioAtBirth() != null
          && (a.sexRatioAtBirth() < SRB_LOW || a.sexRatioAtBirth() > SRB_HIGH)) {
        out.add(new SexRatioAtBirth(a.periodStart(), a.periodEnd(), a.sexRatioAtBirth()));
      }
      if (a.e0Male() < E0_LOW || a.e0Male() > E0_HIGH) {
        out.add(new LifeExpectancy(a.periodStart(), a.periodEnd(), Sex.MALE, a.e0Male()));
      }
      if (a.e0Female() < E0_LOW || a.e0Female() > E0_HIGH) {
        out.add(new LifeExpectancy(a.periodStart(), a.periodEnd(), Sex.FEMALE, a.e0Female()));
      }
    }
    return out;
  }

  /** Cohorts more than halved by net migration, and limits applied, from the engine's events. */
  public static List<Warning> migration(Projection projection) {
    List<Warning> out = new ArrayList<>();
    Map<Integer, List<MigrationLimit>> limits = new TreeMap<>();
    for (MigrationLimit l : projection.limits()) {
      limits.computeIfAbsent(l.periodStart(), k -> new ArrayList<>()).add(l);
    }
    for (int k = 0; k < projection.events().size(); k++) {
      StepEvents e = projection.events().get(k);
      Population start = projection.populations().get(k);
      AgeGroups g = start.groups();
      int n = g.count();
      List<Cohort> halved = new ArrayList<>();
      for (Sex sex : Sex.values()) {
        for (int i = 1; i < n; i++) {
          double cohort = start.get(sex).get(i - 1) + (i == n - 1 ? start.get(sex).get(n - 1) : 0);
          double net = e.netMigrants(sex).get(i);
          if (cohort > 0 && -net > HALVED * cohort) {
            halved.add(new Cohort(sex, g.label(i), -net / cohort));
          }
        }
      }
      if (!halved.isEmpty()) {
        out.add(new CohortHalved(e.periodStart(), e.periodEnd(), halved));
      }
      List<MigrationLimit> ls = limits.get(e.periodStart());
      if (ls != null) {
        // outflows limited at zero; inflows scaled down with them (requested > 0) are listed in
        // the manifest's migration_limits
        double notApplied = 0;
        int cohorts = 0;
        for (MigrationLimit l : ls) {
          if (l.requested() < 0) {
            notApplied += l.applied() - l.requested();
            cohorts++;
          }
        }
        out.add(
            new MigrationLimited(
                e.periodStart(), e.periodEnd(), cohorts, notApplied, e.netMigration()));
      }
    }
    return out;
  }
}
