package jp.popvision.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.popvision.engine.Estimates;
import jp.popvision.engine.Projection;
import jp.popvision.engine.Projector;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Population;
import jp.popvision.scenario.BaseSpec;
import jp.popvision.scenario.Dataset;
import jp.popvision.scenario.FertilitySpec;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.Knot;
import jp.popvision.scenario.KnotPath;
import jp.popvision.scenario.MigrationSpec;
import jp.popvision.scenario.MortalitySpec;
import jp.popvision.scenario.ObservedTotals;
import jp.popvision.scenario.RegisterYear;
import jp.popvision.scenario.ResolveException;
import jp.popvision.scenario.ResolvedScenario;
import jp.popvision.scenario.ScenarioResolver;
import jp.popvision.scenario.ScenarioSpec;

/**
 * How each migration method would have done from an earlier census: re-based on the census of the
 * base year with only what was known then ({@link InputData#knownAt}), projected forward and
 * compared with every later census.
 *
 * <p>All methods take births from the base census's child-woman ratio (held) and survival from the
 * WPP 2024 life table of each period; they differ in migration, estimated from the last intercensal
 * period (base − 5 → base).
 */
public final class Backtest {
  private Backtest() {}

  /** The methods compared, in output order. */
  public static final List<String> METHODS =
      List.of("net-rates", "net-counts", "cohort-change", "register-counts");

  /** The official projection shown for comparison (for its own base year, 2015). */
  public static final String IPSS = "ipss-h30-official";

  /** One projected-vs-actual figure. */
  public record Row(
      String method, int baseYear, int year, String group, double projected, double actual) {
    public double error() {
      return projected - actual;
    }

    public double errorPct() {
      return 100 * (projected - actual) / actual;
    }
  }

  /** Rows, the projections by method, and notes on what each method assumed. */
  public record Result(
      int baseYear,
      List<Row> rows,
      Map<String, Projection> projections,
      List<jp.popvision.io.Msg.Text> notes) {}

  public static Result run(InputData full, Path dataDir, Path file, int baseYear) {
    InputData known = full.knownAt(baseYear);
    int last = lastCensus(full, known, baseYear);
    List<jp.popvision.io.Msg.Text> notes = new ArrayList<>();
    Map<String, Projection> projections = new LinkedHashMap<>();
    FertilitySpec fertility = new FertilitySpec.ChildWomanRatio(Dataset.CENSUS, null);
    int from = baseYear - 5;
    for (String method : METHODS) {
      if (method.equals("register-counts") && full.register().isEmpty()) {
        notes.add(
            jp.popvision.io.Msg.NOTE_BACKTEST_NO_REGISTER.with(
                full.area() == null ? jp.popvision.io.Msg.AREA_OF_SCENARIO : full.area().label()));
        continue;
      }
      MigrationSpec migration = migration(method, known, baseYear, from, notes);
      ScenarioSpec spec =
          new ScenarioSpec(
              "backtest-" + method + "-" + baseYear,
              method,
              "",
              file,
              dataDir,
              new BaseSpec(Dataset.CENSUS, baseYear),
              last,
              fertility,
              new MortalitySpec("wpp2024"),
              migration,
              null);
      ResolvedScenario r = ScenarioResolver.resolve(spec, known);
      projections.put(method, Projector.run(r.base(), r.rates()));
    }
    List<Row> rows = new ArrayList<>();
    for (var e : projections.entrySet()) {
      compare(e.getKey(), baseYear, e.getValue(), full, rows);
    }
    ipssRows(full, baseYear, rows);
    return new Result(baseYear, rows, projections, notes);
  }

  /** The last census year; the area must have a census and one five years before the base. */
  private static int lastCensus(InputData full, InputData known, int baseYear) {
    if (full.census().isEmpty()) {
      throw new ResolveException("--area", ResolveException.Reason.NO_AREA, "backtest");
    }
    int last = full.observed().lastKey();
    if (known.census().isEmpty() || baseYear - 5 < known.census().firstKey() || baseYear >= last) {
      throw new ResolveException(
          "--base-year",
          ResolveException.Reason.BACKTEST_CENSUS,
          baseYear,
          full.observed().keySet());
    }
    return last;
  }

  /** The migration of a method, estimated from the period from → base; its note to notes. */
  private static MigrationSpec migration(
      String method,
      InputData known,
      int baseYear,
      int from,
      List<jp.popvision.io.Msg.Text> notes) {
    return switch (method) {
      case "net-rates" -> new MigrationSpec.NetRates(from);
      case "cohort-change" -> new MigrationSpec.CohortChange(Dataset.CENSUS, from);
      case "net-counts" -> {
        double net = residualNet(known, from);
        notes.add(
            jp.popvision.io.Msg.NOTE_BACKTEST_NET_COUNTS.with(
                baseYear, from, String.format(java.util.Locale.ROOT, "%,.0f", net)));
        yield counts(baseYear, net, from);
      }
      default -> {
        RegisterSum r = registerSum(known, baseYear);
        notes.add(
            jp.popvision.io.Msg.NOTE_BACKTEST_REGISTER.with(
                baseYear,
                String.format(java.util.Locale.ROOT, "%,.0f", r.total()),
                String.join(", ", r.periods())));
        yield counts(baseYear, r.total(), from);
      }
    };
  }

  /** The official projection's totals against the censuses, when it starts at the base year. */
  private static void ipssRows(InputData full, int baseYear, List<Row> rows) {
    if (full.ipssH30().containsKey(baseYear)) {
      for (var e : full.ipssH30().tailMap(baseYear, false).entrySet()) {
        ObservedTotals actual = full.observed().get(e.getKey());
        if (actual != null) {
          rows.add(
              new Row(IPSS, baseYear, e.getKey(), "total", e.getValue().total(), actual.total()));
        }
      }
    }
  }

  private static MigrationSpec counts(int baseYear, double net, int profileYear) {
    return new MigrationSpec.NetCounts(
        new KnotPath(List.of(new Knot(baseYear, net))), profileYear, MigrationTiming.END);
  }

  /** Net total of the census residual migration of {@code from} → +5 (CWR births, WPP survival). */
  static double residualNet(InputData known, int from) {
    var m = residualMigrants(known, from);
    return m.male().sum() + m.female().sum();
  }

  /** The census residual net migrants of {@code from} → +5 by sex and age at the end. */
  static jp.popvision.engine.Migration.NetMigrants residualMigrants(InputData known, int from) {
    ScenarioSpec probe =
        new ScenarioSpec(
            "probe",
            "",
            "",
            Path.of("probe"),
            Path.of("."),
            new BaseSpec(Dataset.CENSUS, from),
            from + 5,
            new FertilitySpec.ChildWomanRatio(Dataset.CENSUS, null),
            new MortalitySpec("wpp2024"),
            new MigrationSpec.Zero(),
            null);
    ResolvedScenario r = ScenarioResolver.resolve(probe, known);
    Population start = known.census().get(from);
    Population end = known.census().get(from + 5);
    var rates = r.rates().get(0).withFertility(Estimates.childWomanRatio(end));
    return Estimates.residualMigration(start, end, rates);
  }

  /** The register's social change over the five latest years that ended before the census. */
  record RegisterSum(double total, List<String> periods) {}

  /**
   * Five latest register years ending before the census of {@code baseYear}; per year the {@code
   * total} coverage when present, else {@code japanese}; for FY2012 the Japanese figure, because
   * that year's foreign count is mostly the one-off registration of foreign residents.
   */
  static RegisterSum registerSum(InputData known, int baseYear) {
    Map<LocalDate, RegisterYear> chosen = new TreeMap<>(Comparator.reverseOrder());
    for (RegisterYear y : known.register()) {
      boolean fy2012 = y.label().equals("FY2012");
      String want = fy2012 ? "japanese" : "total";
      RegisterYear prev = chosen.get(y.to());
      if (y.coverage().equals(want) || (prev == null && y.coverage().equals("japanese"))) {
        if (prev == null || !prev.coverage().equals(want)) {
          chosen.put(y.to(), y);
        }
      }
    }
    List<RegisterYear> five = chosen.values().stream().limit(5).toList();
    if (five.size() < 5) {
      throw new ResolveException(
          "--base-year", ResolveException.Reason.BACKTEST_REGISTER, baseYear);
    }
    double sum = five.stream().mapToDouble(RegisterYear::socialChange).sum();
    return new RegisterSum(sum, five.stream().map(y -> y.label() + " " + y.coverage()).toList());
  }

  private static void compare(
      String method, int baseYear, Projection p, InputData full, List<Row> rows) {
    for (Population pop : p.populations()) {
      int y = pop.year();
      if (y <= baseYear) {
        continue;
      }
      ObservedTotals o = full.observed().get(y);
      if (o == null) {
        continue;
      }
      rows.add(new Row(method, baseYear, y, "total", pop.total(), o.total()));
      if (o.age0to14() != null) {
        rows.add(new Row(method, baseYear, y, "age_0_14", pop.sumAges(0, 14), o.age0to14()));
        rows.add(new Row(method, baseYear, y, "age_15_64", pop.sumAges(15, 64), o.age15to64()));
        rows.add(new Row(method, baseYear, y, "age_65_plus", pop.sumAges(65, -1), o.age65plus()));
      }
      Population c = full.census().get(y);
      if (c != null) {
        rows.add(new Row(method, baseYear, y, "male", pop.male().sum(), c.male().sum()));
        rows.add(new Row(method, baseYear, y, "female", pop.female().sum(), c.female().sum()));
        for (int i = 0; i < c.groups().count(); i++) {
          String g = "age_" + c.groups().label(i).replace('-', '_').replace("+", "_plus");
          rows.add(
              new Row(
                  method,
                  baseYear,
                  y,
                  g,
                  pop.male().get(i) + pop.female().get(i),
                  c.male().get(i) + c.female().get(i)));
        }
      }
    }
  }

  /** Mean absolute percentage error by method and horizon (years after the base). */
  public record Mape(String method, int horizon, int bases, double total, Double ageGroups) {}

  public static List<Mape> mape(List<Result> results) {
    Map<String, Map<Integer, double[]>> acc = new TreeMap<>();
    for (Result r : results) {
      for (Row row : r.rows()) {
        int h = row.year() - row.baseYear();
        double[] a =
            acc.computeIfAbsent(row.method(), k -> new TreeMap<>())
                .computeIfAbsent(h, k -> new double[4]);
        if (row.group().equals("total")) {
          a[0] += Math.abs(row.errorPct());
          a[1]++;
        } else if (row.group().matches("age_\\d+_\\d+|age_90_plus")
            && !row.group().equals("age_0_14")
            && !row.group().equals("age_15_64")) {
          a[2] += Math.abs(row.errorPct());
          a[3]++;
        }
      }
    }
    List<Mape> out = new ArrayList<>();
    List<String> order = new ArrayList<>(METHODS);
    order.add(IPSS);
    for (String m : order) {
      Map<Integer, double[]> byH = acc.get(m);
      if (byH == null) {
        continue;
      }
      for (var e : byH.entrySet()) {
        double[] a = e.getValue();
        out.add(new Mape(m, e.getKey(), (int) a[1], a[0] / a[1], a[3] > 0 ? a[2] / a[3] : null));
      }
    }
    return out;
  }
}
