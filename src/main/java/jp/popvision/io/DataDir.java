package jp.popvision.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.popvision.engine.Estimates;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;
import jp.popvision.model.Sex;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.LifeTable;
import jp.popvision.scenario.ObservedTotals;
import jp.popvision.scenario.RegisterYear;

/**
 * Reads the shipped data directory ({@code data/}, see data/SOURCES.md) into {@link InputData}.
 * Every number is checked where it is read; problems name file and line.
 */
public final class DataDir {
  public static final String CENSUS = "asakura/census_age5_sex_1980_2015.csv";
  public static final String CENSUS_TOTALS = "asakura/census_totals_1980_2020.csv";
  public static final String IPSS_H30 = "asakura/ipss_h30_2018_age5_sex_2015_2045.csv";
  public static final String IPSS_R5 = "asakura/ipss_r5_2023_totals_3age_2020_2050.csv";
  public static final String WPP_LIFE_TABLE = "japan/wpp2024_life_table_5yr.csv";
  public static final String WPP_FERTILITY = "japan/wpp2024_fertility_5yr.csv";
  public static final String WPP_SRB = "japan/wpp2024_srb_5yr.csv";
  public static final String MHLW_FERTILITY = "japan/mhlw_tfr_by_age_1993_2023.csv";
  public static final String REGISTER = "asakura/register_population_movement.csv";

  /** Files whose hashes go into the run manifest. */
  public static final List<String> INPUT_FILES =
      List.of(CENSUS, CENSUS_TOTALS, IPSS_H30, IPSS_R5, WPP_LIFE_TABLE, WPP_FERTILITY, WPP_SRB,
          MHLW_FERTILITY, REGISTER);

  private static final int FERTILE_GROUPS = 7;

  private DataDir() {}

  public static InputData read(Path dir) throws InputException {
    AgeGroups g = AgeGroups.FIVE_YEAR_TO_90;
    NavigableMap<Integer, Population> census = readPopulations(dir.resolve(CENSUS), g);
    NavigableMap<Integer, ObservedTotals> ipssR5 = readIpssR5(dir);
    return new InputData(
        census,
        readPopulations(dir.resolve(IPSS_H30), g),
        readLifeTables(dir.resolve(WPP_LIFE_TABLE)),
        readWppPattern(dir.resolve(WPP_FERTILITY)),
        readSrb(dir.resolve(WPP_SRB)),
        readMhlwPattern(dir.resolve(MHLW_FERTILITY)),
        observed(census, readCensusTotals(dir), ipssR5),
        ipssR5,
        readRegister(dir.resolve(REGISTER)));
  }

  private static final java.util.regex.Pattern PERIOD =
      java.util.regex.Pattern.compile(".*\\((\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})\\).*");

  /**
   * Register movements by period and coverage, summed over area codes (the three former towns
   * before the 2006 merger). The period comes from {@code movement_period}, e.g. "FY2010
   * (2010-04-01..2011-03-31)".
   */
  static List<RegisterYear> readRegister(Path file) throws InputException {
    CsvTable t = CsvTable.read(file, "movement_period", "coverage", "social_change");
    Problems p = new Problems(t.file().toString());
    Map<String, double[]> sums = new TreeMap<>();
    Map<String, String[]> keys = new HashMap<>();
    for (int r = 0; r < t.rows(); r++) {
      String period = t.get(r, "movement_period");
      java.util.regex.Matcher m = PERIOD.matcher(period);
      if (!m.matches()) {
        p.add(t.line(r), 0, "movement_period", period, "must contain (YYYY-MM-DD..YYYY-MM-DD)");
        continue;
      }
      Double v = number(t, r, "social_change", p, -1e7, 1e7);
      if (v == null) {
        continue;
      }
      String coverage = t.get(r, "coverage").split(" ")[0];
      String key = m.group(1) + "|" + m.group(2) + "|" + coverage;
      sums.computeIfAbsent(key, k -> new double[1])[0] += v;
      keys.put(key, new String[] {m.group(1), m.group(2), coverage, period.split(" ")[0]});
    }
    p.throwIfAny();
    List<RegisterYear> out = new ArrayList<>();
    for (var e : sums.entrySet()) {
      String[] k = keys.get(e.getKey());
      out.add(new RegisterYear(java.time.LocalDate.parse(k[0]), java.time.LocalDate.parse(k[1]), k[3], k[2],
          e.getValue()[0]));
    }
    return out;
  }

  /**
   * Census figures by year: broad age groups from the census by age (unknown ages distributed)
   * where it exists; for a year with only a total (2020), the broad age groups of the IPSS 2023
   * base, which is that census with unknown ages completed, when its total agrees.
   */
  static NavigableMap<Integer, ObservedTotals> observed(
      NavigableMap<Integer, Population> census,
      NavigableMap<Integer, Double> totals,
      NavigableMap<Integer, ObservedTotals> ipssR5) {
    NavigableMap<Integer, ObservedTotals> out = new TreeMap<>();
    for (var e : totals.entrySet()) {
      int year = e.getKey();
      Population p = census.get(year);
      if (p != null) {
        out.put(year, new ObservedTotals(year, e.getValue(), p.sumAges(0, 14), p.sumAges(15, 64),
            p.sumAges(65, -1), "国勢調査 (census; age unknown distributed pro rata)"));
      } else {
        ObservedTotals r5 = ipssR5.get(year);
        if (r5 != null && Math.abs(r5.total() - e.getValue()) < 0.5) {
          out.put(year, new ObservedTotals(year, e.getValue(), r5.age0to14(), r5.age15to64(),
              r5.age65plus(), "国勢調査 total; age groups from the IPSS 2023 base (census with unknown ages completed)"));
        } else {
          out.put(year, new ObservedTotals(year, e.getValue(), null, null, null, "国勢調査 total"));
        }
      }
    }
    return out;
  }

  /** IPSS 令和5年推計: total and 0–14 / 15–64 / 65+ by year. */
  public static NavigableMap<Integer, ObservedTotals> readIpssR5(Path dir) throws InputException {
    CsvTable t = CsvTable.read(dir.resolve(IPSS_R5), "year", "total", "age_0_14", "age_15_64", "age_65_plus");
    Problems p = new Problems(t.file().toString());
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
        p.add(t.line(r), 0, "total", fmt(total), "does not equal the sum of the three age groups (" + fmt(a + b + c) + ")");
      }
      out.put(y, new ObservedTotals(y, total, a, b, c, "IPSS 令和5年推計"));
    }
    p.throwIfAny();
    return out;
  }

  /** Census totals by year (persons), including years without an age breakdown (2020). */
  public static NavigableMap<Integer, Double> readCensusTotals(Path dir) throws InputException {
    CsvTable t = CsvTable.read(dir.resolve(CENSUS_TOTALS), "census_year", "total");
    Problems p = new Problems(t.file().toString());
    NavigableMap<Integer, Double> out = new TreeMap<>();
    for (int r = 0; r < t.rows(); r++) {
      Integer y = integer(t, r, "census_year", p);
      Double v = number(t, r, "total", p, 0, Double.MAX_VALUE);
      if (y != null && v != null) {
        out.put(y, v);
      }
    }
    p.throwIfAny();
    return out;
  }

  /**
   * Population by year, sex and age group from a file with columns {@code
   * year,sex,age_from,age_to,population} (others ignored). Rows with sex {@code total} are
   * skipped; a row without age whose {@code note} is {@code unknown} (or label 年齢不詳) holds
   * persons of unknown age, distributed pro rata; one whose note is {@code total} must equal the
   * sum of its sex and year.
   */
  public static NavigableMap<Integer, Population> readPopulations(Path file, AgeGroups g)
      throws InputException {
    CsvTable t = CsvTable.read(file, "year", "sex", "age_from", "age_to", "population");
    Problems p = new Problems(t.file().toString());
    Map<Integer, EnumMap<Sex, double[]>> known = new TreeMap<>();
    Map<Integer, EnumMap<Sex, int[]>> seen = new HashMap<>();
    Map<String, Double> unknown = new HashMap<>();
    Map<String, double[]> totals = new HashMap<>();
    for (int r = 0; r < t.rows(); r++) {
      int line = t.line(r);
      String sexText = t.get(r, "sex");
      if (sexText.equals("total")) {
        continue;
      }
      Sex sex = Sex.parse(sexText);
      Integer year = integer(t, r, "year", p);
      Double pop = number(t, r, "population", p, 0, Double.MAX_VALUE);
      if (sex == null) {
        p.add(line, 0, "sex", sexText, "must be male, female or total");
        continue;
      }
      if (year == null || pop == null) {
        continue;
      }
      String from = t.get(r, "age_from");
      String note = t.has("note") ? t.get(r, "note") : "";
      String label = t.has("age_label") ? t.get(r, "age_label") : "";
      String key = year + "/" + sex.label();
      if (from.isEmpty()) {
        if (note.equals("unknown") || label.contains("不詳")) {
          unknown.merge(key, pop, Double::sum);
        } else if (note.equals("total") || label.equals("総数")) {
          totals.put(key, new double[] {pop, line});
        } else {
          p.add(line, 0, "age_from", "", "empty; only total and age-unknown rows may omit the age");
        }
        continue;
      }
      Integer ageFrom = integer(t, r, "age_from", p);
      if (ageFrom == null) {
        continue;
      }
      int i = g.indexOf(ageFrom);
      if (i < 0) {
        p.add(line, 0, "age_from", from, "must be one of 0, 5, …, " + g.openAge());
        continue;
      }
      String to = t.get(r, "age_to");
      String expectedTo = g.isOpen(i) ? "" : String.valueOf(g.ageTo(i));
      if (!to.equals(expectedTo)) {
        p.add(line, 0, "age_to", to,
            g.isOpen(i) ? "must be empty for the open group " + g.label(i) : "must be " + expectedTo);
        continue;
      }
      double[] v = known.computeIfAbsent(year, y -> new EnumMap<>(Sex.class))
          .computeIfAbsent(sex, s -> new double[g.count()]);
      int[] lines = seen.computeIfAbsent(year, y -> new EnumMap<>(Sex.class))
          .computeIfAbsent(sex, s -> new int[g.count()]);
      if (lines[i] != 0) {
        p.add(line, 0, "age_from", from,
            "duplicate age group " + g.label(i) + " for " + sex.label() + " " + year
                + " (first on line " + lines[i] + ")");
        continue;
      }
      lines[i] = line;
      v[i] = pop;
    }
    NavigableMap<Integer, Population> out = new TreeMap<>();
    for (var e : known.entrySet()) {
      int year = e.getKey();
      AgeVector[] bySex = new AgeVector[2];
      for (Sex sex : Sex.values()) {
        double[] v = e.getValue().get(sex);
        int[] lines = seen.get(year).get(sex);
        if (v == null) {
          p.add(0, 0, "sex", sex.label(), "no " + sex.label() + " rows for " + year);
          continue;
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < g.count(); i++) {
          if (lines[i] == 0) {
            missing.add(g.label(i));
          }
        }
        if (!missing.isEmpty()) {
          p.add(0, 0, "age_from", null,
              "missing age groups " + missing + " for " + sex.label() + " " + year);
          continue;
        }
        String key = year + "/" + sex.label();
        double unk = unknown.getOrDefault(key, 0.0);
        AgeVector k = AgeVector.of(v);
        double[] total = totals.get(key);
        if (total != null && Math.abs(k.sum() + unk - total[0]) > 0.5) {
          p.add((int) total[1], 0, "population", fmt(total[0]),
              "total row does not equal the sum of the age groups and age unknown ("
                  + fmt(k.sum() + unk) + ")");
        }
        bySex[sex.ordinal()] = unk > 0 ? Estimates.prorateUnknown(k, unk) : k;
      }
      if (bySex[0] != null && bySex[1] != null) {
        out.put(year, new Population(g, year, bySex[0], bySex[1]));
      }
    }
    if (out.isEmpty() && p.isEmpty()) {
      p.add(0, 0, null, null, "no population rows");
    }
    p.throwIfAny();
    return out;
  }

  static NavigableMap<Integer, LifeTable> readLifeTables(Path file) throws InputException {
    CsvTable t = CsvTable.read(file, "period_start", "sex", "age_from", "age_to", "lx", "nLx");
    Problems p = new Problems(t.file().toString());
    Map<Integer, EnumMap<Sex, List<double[]>>> rows = new TreeMap<>();
    Map<Integer, Double> radix = new HashMap<>();
    for (int r = 0; r < t.rows(); r++) {
      if (t.get(r, "sex").equals("both")) {
        continue;
      }
      Integer period = integer(t, r, "period_start", p);
      Sex sex = Sex.parse(t.get(r, "sex"));
      Integer age = integer(t, r, "age_from", p);
      Double nLx = number(t, r, "nLx", p, 0, Double.MAX_VALUE);
      Double lx = number(t, r, "lx", p, 0, Double.MAX_VALUE);
      if (sex == null) {
        p.add(t.line(r), 0, "sex", t.get(r, "sex"), "must be male, female or both");
      }
      if (period == null || sex == null || age == null || nLx == null || lx == null) {
        continue;
      }
      if (age == 0) {
        radix.put(period, lx);
      }
      rows.computeIfAbsent(period, k -> new EnumMap<>(Sex.class))
          .computeIfAbsent(sex, s -> new ArrayList<>())
          .add(new double[] {age, nLx, t.line(r)});
    }
    NavigableMap<Integer, LifeTable> out = new TreeMap<>();
    for (var e : rows.entrySet()) {
      AgeVector[] nLx = new AgeVector[2];
      for (Sex sex : Sex.values()) {
        List<double[]> list = e.getValue().get(sex);
        if (list == null) {
          p.add(0, 0, "sex", null, "no " + sex.label() + " life table for " + e.getKey());
          continue;
        }
        double[] v = new double[list.size()];
        for (int k = 0; k < list.size(); k++) {
          double[] row = list.get(k);
          if (row[0] != 5 * k) {
            p.add((int) row[2], 0, "age_from", fmt(row[0]), "expected age " + 5 * k + " (rows in age order)");
          }
          v[k] = row[1];
        }
        nLx[sex.ordinal()] = AgeVector.of(v);
      }
      if (nLx[0] != null && nLx[1] != null) {
        out.put(e.getKey(), new LifeTable(e.getKey(), radix.getOrDefault(e.getKey(), 100000.0), nLx[0], nLx[1]));
      }
    }
    p.throwIfAny();
    return out;
  }

  static NavigableMap<Integer, AgeVector> readWppPattern(Path file) throws InputException {
    CsvTable t = CsvTable.read(file, "period_start", "age_from", "pasfr_percent");
    return patterns(t, "period_start", "pasfr_percent");
  }

  static NavigableMap<Integer, AgeVector> readMhlwPattern(Path file) throws InputException {
    CsvTable t = CsvTable.read(file, "year", "age_from", "tfr_contribution_sum_of_single_year_rates");
    return patterns(t, "year", "tfr_contribution_sum_of_single_year_rates");
  }

  /** Shares of fertility by mother's age 15–19 … 45–49 (normalised to sum to 1) by year. */
  private static NavigableMap<Integer, AgeVector> patterns(CsvTable t, String yearCol, String valueCol)
      throws InputException {
    Problems p = new Problems(t.file().toString());
    Map<Integer, double[]> raw = new TreeMap<>();
    for (int r = 0; r < t.rows(); r++) {
      Integer year = integer(t, r, yearCol, p);
      Integer age = integer(t, r, "age_from", p);
      Double v = number(t, r, valueCol, p, 0, Double.MAX_VALUE);
      if (year == null || age == null || v == null) {
        continue;
      }
      int k = (age - 15) / 5;
      if (age % 5 != 0 || k < 0 || k >= FERTILE_GROUPS) {
        p.add(t.line(r), 0, "age_from", String.valueOf(age), "must be one of 15, 20, …, 45");
        continue;
      }
      raw.computeIfAbsent(year, y -> new double[FERTILE_GROUPS])[k] += v;
    }
    NavigableMap<Integer, AgeVector> out = new TreeMap<>();
    for (var e : raw.entrySet()) {
      AgeVector v = AgeVector.of(e.getValue());
      if (!(v.sum() > 0)) {
        p.add(0, 0, valueCol, null, "fertility pattern for " + e.getKey() + " sums to zero");
        continue;
      }
      out.put(e.getKey(), v.scale(1 / v.sum()));
    }
    p.throwIfAny();
    return out;
  }

  static NavigableMap<Integer, Double> readSrb(Path file) throws InputException {
    CsvTable t = CsvTable.read(file, "period_start", "srb_males_per_female");
    Problems p = new Problems(t.file().toString());
    NavigableMap<Integer, Double> out = new TreeMap<>();
    for (int r = 0; r < t.rows(); r++) {
      Integer y = integer(t, r, "period_start", p);
      Double v = number(t, r, "srb_males_per_female", p, 0.5, 2);
      if (y != null && v != null) {
        out.put(y, v);
      }
    }
    p.throwIfAny();
    return out;
  }

  // ---- cells

  static Integer integer(CsvTable t, int r, String col, Problems p) {
    String s = t.get(r, col);
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      p.add(t.line(r), 0, col, s, "must be a whole number");
      return null;
    }
  }

  static Double number(CsvTable t, int r, String col, Problems p, double min, double max) {
    String s = t.get(r, col);
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      p.add(t.line(r), 0, col, s, "must be a number");
      return null;
    }
    if (!Double.isFinite(v) || v < min || v > max) {
      p.add(t.line(r), 0, col, s, "must be a finite number in [" + fmt(min) + ", " + fmt(max) + "]");
      return null;
    }
    return v;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
