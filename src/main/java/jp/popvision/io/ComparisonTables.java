package jp.popvision.io;

import static jp.popvision.io.CsvFormat.count;
import static jp.popvision.io.CsvFormat.fixed;
import static jp.popvision.io.CsvFormat.share;
import static jp.popvision.io.CsvFormat.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.popvision.engine.Projection;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;
import jp.popvision.results.Analyses;
import jp.popvision.results.Decomposition;
import jp.popvision.results.Indicators;
import jp.popvision.results.NamedProjection;

/** The tables of {@code popvision compare} (see README, "compare"). */
public final class ComparisonTables {
  private ComparisonTables() {}

  /** The tables, and notes on analyses that could not be made. */
  public record Tables(Map<String, String> files, List<Msg.Text> notes) {}

  public static Tables of(
      List<NamedProjection> runs,
      NamedProjection reference,
      int[] targetYears,
      AnalysisConfig config,
      List<Decomposition> decompositions) {
    Map<String, String> files = new LinkedHashMap<>();
    List<Msg.Text> notes = new ArrayList<>();
    files.put("comparison.csv", comparison(runs, reference));
    files.put("structure.csv", structure(runs, targetYears));
    String impact = impact(runs, config, notes);
    if (impact != null) {
      files.put("impact.csv", impact);
    }
    files.put("decomposition.csv", decomposition(decompositions));
    files.put("stages.csv", stages(runs, config.stageBandPct()));
    return new Tables(files, notes);
  }

  static String comparison(List<NamedProjection> runs, NamedProjection reference) {
    StringBuilder sb =
        new StringBuilder(
            "scenario,year,total,age_0_14,age_0_4,age_15_64,age_65_plus,age_75_plus,women_20_39,share_65_plus,"
                + "reference,diff_total,diff_total_pct,diff_age_0_14,diff_age_15_64,diff_age_65_plus\n");
    for (NamedProjection r : runs) {
      for (Population p : r.projection().populations()) {
        Indicators x = Indicators.of(p);
        sb.append(text(r.name()))
            .append(',')
            .append(x.year())
            .append(',')
            .append(count(x.total()))
            .append(',')
            .append(count(x.age0to14()))
            .append(',')
            .append(count(x.age0to4()))
            .append(',')
            .append(count(x.age15to64()))
            .append(',')
            .append(count(x.age65plus()))
            .append(',')
            .append(count(x.age75plus()))
            .append(',')
            .append(count(x.women20to39()))
            .append(',')
            .append(share(x.share65plus()))
            .append(',')
            .append(text(reference.name()))
            .append(',');
        Population rp = reference.projection().at(p.year());
        if (rp == null) {
          sb.append(",,,,\n");
          continue;
        }
        Indicators y = Indicators.of(rp);
        sb.append(count(x.total() - y.total()))
            .append(',')
            .append(fixed(100 * (x.total() / y.total() - 1), 2))
            .append(',')
            .append(count(x.age0to14() - y.age0to14()))
            .append(',')
            .append(count(x.age15to64() - y.age15to64()))
            .append(',')
            .append(count(x.age65plus() - y.age65plus()))
            .append('\n');
      }
    }
    return sb.toString();
  }

  /** 人口構造の分析: each group's change from the base year, in %. */
  static String structure(List<NamedProjection> runs, int[] years) {
    StringBuilder sb =
        new StringBuilder("scenario,base_year,target_year,group,base,value,change_pct\n");
    for (NamedProjection r : runs) {
      Indicators b = Indicators.of(r.projection().base());
      for (int year : years) {
        Population p = r.projection().at(year);
        if (p == null) {
          continue;
        }
        Indicators x = Indicators.of(p);
        double[][] groups = {
          {b.total(), x.total()},
          {b.age0to14(), x.age0to14()},
          {b.age0to4(), x.age0to4()},
          {b.age15to64(), x.age15to64()},
          {b.age65plus(), x.age65plus()},
          {b.women20to39(), x.women20to39()}
        };
        String[] names = {
          "total", "age_0_14", "age_0_4", "age_15_64", "age_65_plus", "women_20_39"
        };
        for (int i = 0; i < names.length; i++) {
          sb.append(text(r.name()))
              .append(',')
              .append(b.year())
              .append(',')
              .append(year)
              .append(',')
              .append(names[i])
              .append(',')
              .append(count(groups[i][0]))
              .append(',')
              .append(count(groups[i][1]))
              .append(',')
              .append(fixed(100 * (groups[i][1] / groups[i][0] - 1), 2))
              .append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** 自然増減・社会増減の影響度; null (with a note) when the three scenarios are not all present. */
  static String impact(List<NamedProjection> runs, AnalysisConfig c, List<Msg.Text> notes) {
    NamedProjection p1 = find(runs, c.pattern1());
    NamedProjection s1 = find(runs, c.sim1());
    NamedProjection s2 = find(runs, c.sim2());
    if (p1 == null || s1 == null || s2 == null) {
      notes.add(Msg.NOTE_IMPACT_NAMES.with(c.pattern1(), c.sim1(), c.sim2()));
      return null;
    }
    int y = c.impactYear();
    if (p1.projection().at(y) == null
        || s1.projection().at(y) == null
        || s2.projection().at(y) == null) {
      notes.add(Msg.NOTE_IMPACT_YEAR.with(y));
      return null;
    }
    StringBuilder sb =
        new StringBuilder(
            "kind,target_year,numerator,denominator,numerator_total,denominator_total,ratio_pct,level,thresholds_pct,shared_until,zero_migration_from\n");
    row(sb, "natural", y, s1, p1, c.naturalThresholds());
    row(sb, "social", y, s2, s1, c.socialThresholds());
    return sb.toString();
  }

  private static void row(
      StringBuilder sb, String kind, int y, NamedProjection num, NamedProjection den, double[] t) {
    double a = num.projection().at(y).total();
    double b = den.projection().at(y).total();
    double pct = 100 * a / b;
    sb.append(kind)
        .append(',')
        .append(y)
        .append(',')
        .append(text(num.name()))
        .append(',')
        .append(text(den.name()))
        .append(',')
        .append(count(a))
        .append(',')
        .append(count(b))
        .append(',')
        .append(fixed(pct, 2))
        .append(',')
        .append(Analyses.level(pct, t))
        .append(',')
        .append(fixed(t[0], 0))
        .append('|')
        .append(fixed(t[1], 0))
        .append('|')
        .append(fixed(t[2], 0))
        .append('|')
        .append(fixed(t[3], 0))
        .append(',')
        .append(sharedUntil(num.projection(), den.projection()))
        .append(',')
        .append(zeroMigrationFrom(num.projection()))
        .append('\n');
  }

  /**
   * The last year up to which two projections hold the same population in every sex-age cell (the
   * history they share; the base year when they part at once), read from the projections.
   */
  static int sharedUntil(Projection a, Projection b) {
    int until = a.base().year();
    for (int i = 0; i < Math.min(a.populations().size(), b.populations().size()); i++) {
      Population x = a.populations().get(i);
      Population y = b.populations().get(i);
      if (x.year() != y.year() || !same(x.male(), y.male()) || !same(x.female(), y.female())) {
        break;
      }
      until = x.year();
    }
    return until;
  }

  private static boolean same(AgeVector a, AgeVector b) {
    for (int i = 0; i < a.size(); i++) {
      if (Math.abs(a.get(i) - b.get(i)) > 1e-6) {
        return false;
      }
    }
    return true;
  }

  /** The start of the first period from which a projection has no net migration; empty if none. */
  static String zeroMigrationFrom(Projection p) {
    String from = "";
    for (int k = p.events().size() - 1; k >= 0; k--) {
      if (p.events().get(k).netMigration() != 0) {
        break;
      }
      from = String.valueOf(p.populations().get(k).year());
    }
    return from;
  }

  static String decomposition(List<Decomposition> list) {
    StringBuilder sb = new StringBuilder("scenario,reference,year,difference");
    List<String> factors = list.isEmpty() ? List.of() : list.get(0).factors();
    for (String f : factors) {
      sb.append(',').append(f);
    }
    sb.append('\n');
    for (Decomposition d : list) {
      sb.append(text(d.scenario()))
          .append(',')
          .append(text(d.reference()))
          .append(',')
          .append(d.year())
          .append(',')
          .append(count(d.difference()));
      for (double part : d.parts()) {
        sb.append(',').append(count(part));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String stages(List<NamedProjection> runs, double band) {
    StringBuilder sb = new StringBuilder("scenario,year,age_65_plus,index_65_plus,stage\n");
    for (NamedProjection r : runs) {
      List<Population> pops = r.projection().populations();
      int[] years = pops.stream().mapToInt(Population::year).toArray();
      double[] old = pops.stream().mapToDouble(p -> p.sumAges(65, -1)).toArray();
      for (Analyses.Stage s : Analyses.stages(years, old, band)) {
        sb.append(text(r.name()))
            .append(',')
            .append(s.year())
            .append(',')
            .append(count(s.age65plus()))
            .append(',')
            .append(fixed(s.index(), 2))
            .append(',')
            .append(s.stage())
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static NamedProjection find(List<NamedProjection> runs, String name) {
    for (NamedProjection r : runs) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }
}
