package jp.popvision.io;

import static jp.popvision.io.CsvFormat.count;
import static jp.popvision.io.CsvFormat.fixed;
import static jp.popvision.io.CsvFormat.optional;
import static jp.popvision.io.CsvFormat.share;
import static jp.popvision.io.CsvFormat.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.engine.Projection;
import jp.popvision.engine.StepEvents;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.Population;
import jp.popvision.model.Sex;
import jp.popvision.results.Indicators;
import jp.popvision.scenario.CalibrationResult;
import jp.popvision.scenario.ObservedTotals;
import jp.popvision.scenario.PeriodAssumption;
import jp.popvision.scenario.ResolvedScenario;

/** The CSV tables of one projection, as text (see README, "Outputs"). */
public final class ProjectionTables {
  private ProjectionTables() {}

  /** File name → content, in the order they are listed in the manifest. */
  public static Map<String, String> of(ResolvedScenario scenario, Projection projection) {
    String name = text(scenario.spec().name());
    Map<String, String> files = new LinkedHashMap<>();
    files.put("population.csv", population(name, projection));
    files.put("summary.csv", summary(name, projection));
    files.put("components.csv", components(name, projection));
    files.put("assumptions.csv", assumptions(name, scenario));
    if (scenario.calibration() != null) {
      files.put("calibration.csv", calibration(name, scenario.calibration()));
    }
    return files;
  }

  /** Annual figures, linear between the 5-year points, flagged as interpolated. */
  public static String annual(String name, Projection projection) {
    StringBuilder sb =
        new StringBuilder(
            "scenario,year,total,male,female,age_0_14,age_15_64,age_65_plus,age_75_plus,share_65_plus,interpolated\n");
    List<Population> pops = projection.populations();
    for (int k = 0; k < pops.size(); k++) {
      Indicators a = Indicators.of(pops.get(k));
      if (k == pops.size() - 1) {
        annualRow(sb, text(name), a, a, 0, false);
        break;
      }
      Indicators b = Indicators.of(pops.get(k + 1));
      int width = pops.get(k + 1).year() - pops.get(k).year();
      for (int y = 0; y < width; y++) {
        annualRow(sb, text(name), a, b, y / (double) width, y != 0);
      }
    }
    return sb.toString();
  }

  private static void annualRow(
      StringBuilder sb, String name, Indicators a, Indicators b, double w, boolean interpolated) {
    double total = lerp(a.total(), b.total(), w);
    double old = lerp(a.age65plus(), b.age65plus(), w);
    sb.append(name)
        .append(',')
        .append(a.year() + Math.round(w * (b.year() - a.year())))
        .append(',')
        .append(count(total))
        .append(',')
        .append(count(lerp(a.male(), b.male(), w)))
        .append(',')
        .append(count(lerp(a.female(), b.female(), w)))
        .append(',')
        .append(count(lerp(a.age0to14(), b.age0to14(), w)))
        .append(',')
        .append(count(lerp(a.age15to64(), b.age15to64(), w)))
        .append(',')
        .append(count(old))
        .append(',')
        .append(count(lerp(a.age75plus(), b.age75plus(), w)))
        .append(',')
        .append(share(total > 0 ? old / total : 0))
        .append(',')
        .append(interpolated)
        .append('\n');
  }

  private static double lerp(double a, double b, double w) {
    return a + (b - a) * w;
  }

  static String calibration(String name, CalibrationResult c) {
    StringBuilder sb =
        new StringBuilder(
            "scenario,year,period_start,lever,assumed,solved,net_migration,group,observed,projected,error,error_pct,observed_source,rate_shift\n");
    ObservedTotals o = c.observed();
    ObservedTotals p = c.projected();
    Object[][] rows = {
      {"total", o.total(), p.total()},
      {"age_0_14", o.age0to14(), p.age0to14()},
      {"age_15_64", o.age15to64(), p.age15to64()},
      {"age_65_plus", o.age65plus(), p.age65plus()},
    };
    List<Double> shifts = c.ageShifts();
    for (int i = 0; i < rows.length; i++) {
      Object[] r = rows[i];
      Double obs = (Double) r[1];
      double proj = (Double) r[2];
      sb.append(name)
          .append(',')
          .append(c.year())
          .append(',')
          .append(c.periodStart())
          .append(',')
          .append(c.lever())
          .append(',')
          .append(fixed(c.assumed(), 4))
          .append(',')
          .append(fixed(c.solved(), 4))
          .append(',')
          .append(count(c.netMigration()))
          .append(',')
          .append(r[0])
          .append(',')
          .append(optional(obs, 2))
          .append(',')
          .append(count(proj))
          .append(',')
          .append(obs == null ? "" : count(proj - obs))
          .append(',')
          .append(obs == null || obs == 0 ? "" : fixed(100 * (proj - obs) / obs, 2))
          .append(',')
          .append(text(o.source()))
          .append(',')
          .append(i == 0 || shifts.isEmpty() ? "" : fixed(shifts.get(i - 1), 6))
          .append('\n');
    }
    return sb.toString();
  }

  static String population(String name, Projection projection) {
    StringBuilder sb = new StringBuilder("scenario,year,sex,age_from,age_to,population\n");
    for (Population p : projection.populations()) {
      AgeGroups g = p.groups();
      for (Sex sex : Sex.values()) {
        for (int i = 0; i < g.count(); i++) {
          sb.append(name)
              .append(',')
              .append(p.year())
              .append(',')
              .append(sex.label())
              .append(',')
              .append(g.ageFrom(i))
              .append(',')
              .append(g.isOpen(i) ? "" : String.valueOf(g.ageTo(i)))
              .append(',')
              .append(count(p.get(sex).get(i)))
              .append('\n');
        }
      }
    }
    return sb.toString();
  }

  static String summary(String name, Projection projection) {
    StringBuilder sb =
        new StringBuilder(
            "scenario,year,total,male,female,age_0_14,age_15_64,age_65_plus,age_75_plus,share_65_plus\n");
    for (Population p : projection.populations()) {
      Indicators x = Indicators.of(p);
      sb.append(name)
          .append(',')
          .append(x.year())
          .append(',')
          .append(count(x.total()))
          .append(',')
          .append(count(x.male()))
          .append(',')
          .append(count(x.female()))
          .append(',')
          .append(count(x.age0to14()))
          .append(',')
          .append(count(x.age15to64()))
          .append(',')
          .append(count(x.age65plus()))
          .append(',')
          .append(count(x.age75plus()))
          .append(',')
          .append(share(x.share65plus()))
          .append('\n');
    }
    return sb.toString();
  }

  static String components(String name, Projection projection) {
    StringBuilder sb =
        new StringBuilder(
            "scenario,period_start,period_end,population_start,births,deaths,net_migration,population_end\n");
    for (int k = 0; k < projection.events().size(); k++) {
      StepEvents e = projection.events().get(k);
      sb.append(name)
          .append(',')
          .append(e.periodStart())
          .append(',')
          .append(e.periodEnd())
          .append(',')
          .append(count(projection.populations().get(k).total()))
          .append(',')
          .append(count(e.births()))
          .append(',')
          .append(count(e.deaths()))
          .append(',')
          .append(count(e.netMigration()))
          .append(',')
          .append(count(projection.populations().get(k + 1).total()))
          .append('\n');
    }
    return sb.toString();
  }

  static String assumptions(String name, ResolvedScenario scenario) {
    StringBuilder sb =
        new StringBuilder(
            "scenario,period_start,period_end,tfr,child_woman_ratio,sex_ratio_at_birth,e0_male,e0_female,net_migration_assumed,net_migration_basis,register_to_census_ratio\n");
    jp.popvision.scenario.RegisterBasis basis = registerBasis(scenario.spec().migration());
    for (PeriodAssumption a : scenario.assumptions()) {
      sb.append(name)
          .append(',')
          .append(a.periodStart())
          .append(',')
          .append(a.periodEnd())
          .append(',')
          .append(optional(a.tfr(), 4))
          .append(',')
          .append(optional(a.childWomanRatio(), 6))
          .append(',')
          .append(optional(a.sexRatioAtBirth(), 4))
          .append(',')
          .append(fixed(a.e0Male(), 2))
          .append(',')
          .append(fixed(a.e0Female(), 2))
          .append(',')
          .append(optional(a.netMigrationAssumed(), 2))
          .append(',')
          .append(basis == null ? "census" : "register")
          .append(',')
          .append(basis == null ? "" : fixed(basis.ratio(), 4))
          .append('\n');
    }
    return sb.toString();
  }

  /** The ratio that converted register-basis net counts, or null (census basis). */
  static jp.popvision.scenario.RegisterBasis registerBasis(jp.popvision.scenario.MigrationSpec m) {
    if (m instanceof jp.popvision.scenario.MigrationSpec.Switch s) {
      jp.popvision.scenario.RegisterBasis b = registerBasis(s.first());
      return b != null ? b : registerBasis(s.then());
    }
    if (m instanceof jp.popvision.scenario.MigrationSpec.NetRates r && r.register() != null) {
      return r.register().conversion();
    }
    return m instanceof jp.popvision.scenario.MigrationSpec.NetCounts c && c.register() != null
        ? c.register().conversion()
        : null;
  }
}
