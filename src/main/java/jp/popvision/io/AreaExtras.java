package jp.popvision.io;

import static jp.popvision.io.Cells.fmt;
import static jp.popvision.io.Cells.integer;
import static jp.popvision.io.Cells.number;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.popvision.scenario.ObservedTotals;
import jp.popvision.scenario.RegisterYear;

/**
 * Inputs that exist for one area only, in a directory of their own under {@code data/}: for 朝倉市
 * (40228) the resident register's movements and IPSS 2023's broad age groups ({@code
 * data/asakura/}, see data/SOURCES.md). Every other area has none of them, and says so.
 */
public final class AreaExtras {
  /** The directory of each area that has extras. */
  static final Map<String, String> DIRS = Map.of("40228", "asakura");

  public static final String REGISTER = "register_population_movement.csv";
  public static final String IPSS_R5_AGE3 = "ipss_r5_2023_totals_3age_2020_2050.csv";

  /** An area's extras; empty collections when it has none. */
  public record Extras(
      List<RegisterYear> register,
      NavigableMap<Integer, ObservedTotals> ipssR5,
      List<String> files) {}

  private AreaExtras() {}

  /** The resident-register file of area {@code code} in {@code dataDir}, or null if it has none. */
  public static Path registerFile(Path dataDir, String code) {
    String sub = DIRS.get(code);
    return sub == null ? null : dataDir.resolve(sub).resolve(REGISTER);
  }

  /** The extras of {@code code} in {@code dataDir} (none for most areas). */
  public static Extras read(Path dataDir, String code) throws InputException {
    String sub = DIRS.get(code);
    if (sub == null || !Files.isDirectory(dataDir.resolve(sub))) {
      return new Extras(List.of(), new TreeMap<>(), List.of());
    }
    Path dir = dataDir.resolve(sub);
    List<Problem> problems = new ArrayList<>();
    List<RegisterYear> register = List.of();
    NavigableMap<Integer, ObservedTotals> r5 = new TreeMap<>();
    try {
      register = readRegister(dir.resolve(REGISTER));
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    try {
      r5 = readIpssR5(dir);
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new Extras(register, r5, List.of(sub + "/" + REGISTER, sub + "/" + IPSS_R5_AGE3));
  }

  private static final java.util.regex.Pattern PERIOD =
      java.util.regex.Pattern.compile(
          ".*\\((\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})\\).*");

  /**
   * Register movements by period and coverage, summed over area codes (the three former towns
   * before the 2006 merger). The period comes from {@code movement_period}, e.g. "FY2010
   * (2010-04-01..2011-03-31)".
   */
  static List<RegisterYear> readRegister(Path file) throws InputException {
    CsvTable t = CsvTable.read(file, "movement_period", "coverage", "social_change");
    Problems p = new Problems(t.shown());
    Map<String, double[]> sums = new TreeMap<>();
    Map<String, String[]> keys = new HashMap<>();
    for (int r = 0; r < t.rows(); r++) {
      String period = t.get(r, "movement_period");
      java.util.regex.Matcher m = PERIOD.matcher(period);
      if (!m.matches()) {
        p.add(t.line(r), 0, "movement_period", period, Msg.REGISTER_PERIOD);
        continue;
      }
      Double v = number(t, r, "social_change", p, -1e7, 1e7);
      if (v == null) {
        continue;
      }
      String coverage = t.get(r, "coverage").split(" ")[0];
      String key = m.group(1) + "|" + m.group(2) + "|" + coverage;
      double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
      sum[0] += v;
      Double natural =
          t.has("natural_change") && !t.get(r, "natural_change").isBlank()
              ? number(t, r, "natural_change", p, -1e7, 1e7)
              : null;
      sum[1] += natural == null ? Double.NaN : natural;
      keys.put(key, new String[] {m.group(1), m.group(2), coverage, period.split(" ")[0]});
    }
    p.throwIfAny();
    List<RegisterYear> out = new ArrayList<>();
    for (var e : sums.entrySet()) {
      String[] k = keys.get(e.getKey());
      out.add(
          new RegisterYear(
              java.time.LocalDate.parse(k[0]),
              java.time.LocalDate.parse(k[1]),
              k[3],
              k[2],
              e.getValue()[0],
              e.getValue()[1]));
    }
    return out;
  }

  /** IPSS 令和5年推計: total and 0–14 / 15–64 / 65+ by year. */
  static NavigableMap<Integer, ObservedTotals> readIpssR5(Path dir) throws InputException {
    CsvTable t =
        CsvTable.read(
            dir.resolve(IPSS_R5_AGE3), "year", "total", "age_0_14", "age_15_64", "age_65_plus");
    Problems p = new Problems(t.shown());
    NavigableMap<Integer, ObservedTotals> out = new TreeMap<>();
    for (int r = 0; r < t.rows(); r++) {
      Integer y = integer(t, r, "year", p);
      Double total = number(t, r, "total", p, 0, Double.MAX_VALUE);
      Double a = number(t, r, "age_0_14", p, 0, Double.MAX_VALUE);
      Double b = number(t, r, "age_15_64", p, 0, Double.MAX_VALUE);
      Double c = number(t, r, "age_65_plus", p, 0, Double.MAX_VALUE);
      if (y == null || total == null || a == null || b == null || c == null) {
        continue;
      }
      if (Math.abs(a + b + c - total) > 0.5) {
        p.add(t.line(r), 0, "total", fmt(total), Msg.TOTAL_NOT_SUM3, fmt(a + b + c));
      }
      out.put(y, new ObservedTotals(y, total, a, b, c, "ipss_r5"));
    }
    p.throwIfAny();
    return out;
  }
}
