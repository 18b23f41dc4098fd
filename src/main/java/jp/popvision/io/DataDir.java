package jp.popvision.io;

import java.nio.file.Path;
import java.text.Normalizer;
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
      List.of(
          CENSUS,
          CENSUS_TOTALS,
          IPSS_H30,
          IPSS_R5,
          WPP_LIFE_TABLE,
          WPP_FERTILITY,
          WPP_SRB,
          MHLW_FERTILITY,
          REGISTER);

  private static final int FERTILE_GROUPS = 7;

  private DataDir() {}

  /**
   * The data a scenario needs: its data directory and, with {@code base.file}, its own base
   * population file (problems in both are reported together).
   */
  public static InputData read(jp.popvision.scenario.ScenarioSpec spec) throws InputException {
    List<Problem> problems = new ArrayList<>();
    InputData data = null;
    try {
      data = read(spec.dataDir());
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    jp.popvision.scenario.BaseSpec.BaseFile f = spec.base().file();
    NavigableMap<Integer, Population> base = null;
    if (f != null) {
      try {
        base =
            readPopulations(
                f.path(),
                f.shown(),
                TextFiles.Encoding.valueOf(f.encoding().name()),
                AgeGroups.FIVE_YEAR_TO_90);
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return f == null ? data : data.withBaseFiles(Map.of(f.path(), base));
  }

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
      sums.computeIfAbsent(key, k -> new double[1])[0] += v;
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
        out.put(
            year,
            new ObservedTotals(
                year,
                e.getValue(),
                p.sumAges(0, 14),
                p.sumAges(15, 64),
                p.sumAges(65, -1),
                "国勢調査 (census; age unknown distributed pro rata)"));
      } else {
        ObservedTotals r5 = ipssR5.get(year);
        if (r5 != null && Math.abs(r5.total() - e.getValue()) < 0.5) {
          out.put(
              year,
              new ObservedTotals(
                  year,
                  e.getValue(),
                  r5.age0to14(),
                  r5.age15to64(),
                  r5.age65plus(),
                  "国勢調査 total; age groups from the IPSS 2023 base (census with unknown ages completed)"));
        } else {
          out.put(year, new ObservedTotals(year, e.getValue(), null, null, null, "国勢調査 total"));
        }
      }
    }
    return out;
  }

  /** IPSS 令和5年推計: total and 0–14 / 15–64 / 65+ by year. */
  public static NavigableMap<Integer, ObservedTotals> readIpssR5(Path dir) throws InputException {
    CsvTable t =
        CsvTable.read(
            dir.resolve(IPSS_R5), "year", "total", "age_0_14", "age_15_64", "age_65_plus");
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
      out.put(y, new ObservedTotals(y, total, a, b, c, "IPSS 令和5年推計"));
    }
    p.throwIfAny();
    return out;
  }

  /** Census totals by year (persons), including years without an age breakdown (2020). */
  public static NavigableMap<Integer, Double> readCensusTotals(Path dir) throws InputException {
    CsvTable t = CsvTable.read(dir.resolve(CENSUS_TOTALS), "census_year", "total");
    Problems p = new Problems(t.shown());
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
   * Population by year, sex and age group from a UTF-8 data file with columns {@code
   * year,sex,age_from,age_to,population} (others ignored); see {@link #readPopulations(Path,
   * String, TextFiles.Encoding, AgeGroups)}.
   */
  public static NavigableMap<Integer, Population> readPopulations(Path file, AgeGroups g)
      throws InputException {
    return populations(
        CsvTable.read(file, file.toString(), TextFiles.Encoding.UTF_8, false, POP_COLUMNS), g);
  }

  /**
   * A user-supplied population file ({@code base.file}), shown as {@code shown} in messages: UTF-8
   * (with or without a byte-order mark) or Shift_JIS, detected or declared.
   */
  public static NavigableMap<Integer, Population> readPopulations(
      Path file, String shown, TextFiles.Encoding encoding, AgeGroups g) throws InputException {
    return populations(CsvTable.read(file, shown, encoding, true, POP_COLUMNS), g);
  }

  private static final String[] POP_COLUMNS = {"year", "sex", "age_from", "age_to", "population"};

  /** Labels of totals rows, in the sex or age column (compared after NFKC, in lower case). */
  private static final java.util.Set<String> TOTAL_LABELS =
      java.util.Set.of("total", "合計", "総数", "計", "総計", "男女計", "all");

  /** What a row is about: one sex, or both (a totals row by sex). */
  private enum RowSex {
    MALE,
    FEMALE,
    TOTAL
  }

  private static RowSex rowSex(String text) {
    String t = CsvTable.columnName(text);
    return switch (t) {
      case "male", "男", "男性" -> RowSex.MALE;
      case "female", "女", "女性" -> RowSex.FEMALE;
      default -> TOTAL_LABELS.contains(t) ? RowSex.TOTAL : null;
    };
  }

  /** A persons figure of one row and where it was, for the checks of totals rows. */
  private record Figure(double value, int line) {}

  /**
   * Reads populations by year, sex and age group.
   *
   * <ul>
   *   <li>Age groups must be the projection's ({@code g}): 0–4, 5–9, …, and the open group with an
   *       empty {@code age_to}; a table of other widths (1-year, 10-year) is reported once.
   *   <li>Numbers may be written with full-width digits, a full-width or typographic minus, and
   *       thousands separators ("1,234"): they are normalised ({@link #normalizeNumber}).
   *   <li>Totals rows are recognised and checked, never added: a row whose sex is a total label
   *       (total, 総数, 合計, 計, 男女計) must equal male + female (per age group, for age unknown, or for
   *       all ages); a row of one sex whose age is a total label, or whose age is empty with note
   *       {@code total} or label 総数 / 合計, must equal the sum of its age groups and age unknown.
   *   <li>A row without age that says {@code unknown} or 不詳 in any cell (e.g. a {@code note} or a
   *       label column 年齢不詳) holds persons of unknown age, distributed pro rata; one that says
   *       total, 総数, 合計 or 総計 in a cell is a totals row.
   * </ul>
   */
  private static NavigableMap<Integer, Population> populations(CsvTable t, AgeGroups g)
      throws InputException {
    Problems p = new Problems(t.shown());
    Map<Integer, EnumMap<Sex, double[]>> known = new TreeMap<>();
    Map<Integer, EnumMap<Sex, int[]>> seen = new HashMap<>();
    Map<String, Double> unknown = new HashMap<>();
    Map<String, List<Figure>> totals = new HashMap<>();
    Map<String, List<Figure>> sexTotals = new HashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    int widthRows = 0;
    int widthLine = 0;
    String[] widthArgs = null;
    for (int r = 0; r < t.rows(); r++) {
      int line = t.line(r);
      String sexText = t.get(r, "sex");
      RowSex rs = rowSex(sexText);
      Integer year = integer(t, r, "year", p);
      Double pop = number(t, r, "population", p, 0, MAX_PERSONS);
      if (rs == null) {
        p.add(line, 0, "sex", sexText, Msg.SEX_VALUES);
        continue;
      }
      if (year == null) {
        continue;
      }
      // a row whose number is wrong still counts as present (its problem is reported already)
      boolean popOk = pop != null;
      if (!popOk) {
        pop = 0.0;
      }
      firstLine.putIfAbsent(year + "/" + rs, line);
      firstLine.putIfAbsent(String.valueOf(year), line);
      String from = ageCell(t.get(r, "age_from"));
      String to = ageCell(t.get(r, "age_to"));
      String note = t.has("note") ? CsvTable.columnName(t.get(r, "note")) : "";
      String label = t.has("age_label") ? CsvTable.columnName(t.get(r, "age_label")) : "";
      String ageKey;
      if (from.isEmpty() || TOTAL_LABELS.contains(CsvTable.columnName(from))) {
        // Excel exports carry the label in a column of their own: any cell of the row counts
        boolean unknownAge = false;
        boolean totalAge = false;
        for (String cell : t.cells(r)) {
          String c = CsvTable.columnName(cell);
          unknownAge |= c.contains("不詳") || c.equals("unknown");
          totalAge |= c.equals("total") || c.equals("総数") || c.equals("合計") || c.equals("総計");
        }
        if (TOTAL_LABELS.contains(CsvTable.columnName(from))
            || note.equals("total")
            || TOTAL_LABELS.contains(label)
            || totalAge && !unknownAge
            || rs == RowSex.TOTAL && !unknownAge) {
          ageKey = "all";
        } else if (unknownAge) {
          ageKey = "unknown";
        } else {
          p.add(line, 0, "age_from", "", Msg.AGE_EMPTY);
          continue;
        }
      } else {
        Integer ageFrom = integer(t, r, "age_from", p);
        if (ageFrom == null) {
          continue;
        }
        Integer ageTo = null;
        if (!to.isEmpty()) {
          try {
            ageTo = Integer.valueOf(normalizeNumber(to));
          } catch (NumberFormatException e) {
            p.add(line, 0, "age_to", t.get(r, "age_to"), Msg.CSV_INT);
            continue;
          }
          if (ageTo - ageFrom + 1 != g.width()) {
            if (widthRows++ == 0) {
              widthLine = line;
              widthArgs =
                  new String[] {
                    String.valueOf(ageFrom),
                    String.valueOf(ageTo),
                    String.valueOf(ageTo - ageFrom + 1)
                  };
            }
            continue;
          }
        }
        int i = g.indexOf(ageFrom);
        if (i < 0) {
          p.add(line, 0, "age_from", t.get(r, "age_from"), Msg.AGE_FROM_GROUP, g.openAge());
          continue;
        }
        String expectedTo = g.isOpen(i) ? "" : String.valueOf(g.ageTo(i));
        if (!(ageTo == null ? "" : String.valueOf(ageTo)).equals(expectedTo)) {
          if (g.isOpen(i)) {
            p.add(line, 0, "age_to", t.get(r, "age_to"), Msg.AGE_TO_OPEN, g.label(i));
          } else {
            p.add(line, 0, "age_to", t.get(r, "age_to"), Msg.AGE_TO, expectedTo);
          }
          continue;
        }
        ageKey = String.valueOf(i);
        if (rs != RowSex.TOTAL) {
          Sex sex = rs == RowSex.MALE ? Sex.MALE : Sex.FEMALE;
          double[] v =
              known
                  .computeIfAbsent(year, y -> new EnumMap<>(Sex.class))
                  .computeIfAbsent(sex, s -> new double[g.count()]);
          int[] lines =
              seen.computeIfAbsent(year, y -> new EnumMap<>(Sex.class))
                  .computeIfAbsent(sex, s -> new int[g.count()]);
          if (lines[i] != 0) {
            p.add(
                line,
                0,
                "age_from",
                t.get(r, "age_from"),
                Msg.DUPLICATE_AGE,
                g.label(i),
                sexText(sex),
                year,
                lines[i]);
            continue;
          }
          lines[i] = line;
          v[i] = pop;
          continue;
        }
      }
      if (!popOk) {
        continue;
      }
      if (rs == RowSex.TOTAL) {
        sexTotals
            .computeIfAbsent(year + "/" + ageKey, k -> new ArrayList<>())
            .add(new Figure(pop, line));
      } else if (ageKey.equals("unknown")) {
        unknown.merge(year + "/" + rs, pop, Double::sum);
      } else {
        totals.computeIfAbsent(year + "/" + rs, k -> new ArrayList<>()).add(new Figure(pop, line));
      }
    }
    if (widthRows > 0) {
      p.add(
          widthLine,
          0,
          "age_to",
          widthArgs[1],
          Msg.AGE_WIDTH,
          widthArgs[0],
          widthArgs[1],
          widthArgs[2],
          g.width(),
          g.openAge(),
          widthRows);
    }
    NavigableMap<Integer, Population> out = new TreeMap<>();
    for (var e : known.entrySet()) {
      int year = e.getKey();
      AgeVector[] bySex = new AgeVector[2];
      double[] unknownBySex = new double[2];
      for (Sex sex : Sex.values()) {
        double[] v = e.getValue().get(sex);
        RowSex rs = sex == Sex.MALE ? RowSex.MALE : RowSex.FEMALE;
        if (v == null) {
          p.add(
              firstLine.getOrDefault(String.valueOf(year), 0),
              0,
              "sex",
              null,
              Msg.NO_SEX_ROWS,
              sexText(sex),
              year);
          continue;
        }
        int[] lines = seen.get(year).get(sex);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < g.count(); i++) {
          if (lines[i] == 0) {
            missing.add(g.label(i));
          }
        }
        if (!missing.isEmpty() && widthRows == 0) {
          p.add(
              firstLine.getOrDefault(year + "/" + rs, 0),
              0,
              "age_from",
              null,
              Msg.MISSING_AGES,
              missing,
              sexText(sex),
              year);
          continue;
        }
        String key = year + "/" + rs;
        double unk = unknown.getOrDefault(key, 0.0);
        unknownBySex[sex.ordinal()] = unk;
        AgeVector k = AgeVector.of(v);
        for (Figure total : totals.getOrDefault(key, List.of())) {
          if (Math.abs(k.sum() + unk - total.value()) > TOTAL_TOLERANCE) {
            p.add(
                total.line(),
                0,
                "population",
                fmt(total.value()),
                Msg.TOTAL_ROW_MISMATCH,
                fmt(k.sum() + unk));
          }
        }
        bySex[sex.ordinal()] = unk > 0 ? Estimates.prorateUnknown(k, unk) : k;
      }
      if (bySex[0] != null && bySex[1] != null) {
        checkSexTotals(p, sexTotals, year, e.getValue(), unknownBySex);
        out.put(year, new Population(g, year, bySex[0], bySex[1]));
      }
    }
    if (out.isEmpty() && p.isEmpty()) {
      p.add(1, 0, null, null, Msg.NO_POPULATION_ROWS);
    }
    p.throwIfAny();
    return out;
  }

  /** Rows of both sexes must equal male + female: per age group, age unknown, all ages. */
  private static void checkSexTotals(
      Problems p,
      Map<String, List<Figure>> sexTotals,
      int year,
      EnumMap<Sex, double[]> bySex,
      double[] unknownBySex) {
    for (var e : sexTotals.entrySet()) {
      String[] k = e.getKey().split("/");
      if (!k[0].equals(String.valueOf(year))) {
        continue;
      }
      double expected;
      if (k[1].equals("unknown")) {
        expected = unknownBySex[0] + unknownBySex[1];
      } else if (k[1].equals("all")) {
        expected = unknownBySex[0] + unknownBySex[1];
        for (double[] v : bySex.values()) {
          for (double x : v) {
            expected += x;
          }
        }
      } else {
        int i = Integer.parseInt(k[1]);
        expected = bySex.get(Sex.MALE)[i] + bySex.get(Sex.FEMALE)[i];
      }
      for (Figure f : e.getValue()) {
        if (Math.abs(expected - f.value()) > TOTAL_TOLERANCE) {
          p.add(f.line(), 0, "population", fmt(f.value()), Msg.TOTAL_SEX_MISMATCH, fmt(expected));
        }
      }
    }
  }

  /** Totals rows may differ from the sum of their parts by rounding: at most this many persons. */
  static final double TOTAL_TOLERANCE = 0.5;

  /** Largest number of persons in one cell accepted (more than any country). */
  static final double MAX_PERSONS = 2e9;

  /** An age cell: NFKC, without a trailing 歳 (years). */
  private static String ageCell(String cell) {
    String c = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
    return c.endsWith("歳") ? c.substring(0, c.length() - 1).strip() : c;
  }

  private static Msg sexText(Sex sex) {
    return sex == Sex.MALE ? Msg.SEX_MALE : Msg.SEX_FEMALE;
  }

  /**
   * WPP life tables by period and sex: {@code nLx} by 5-year age group from 0 in age order, the
   * last group open. Checked so that the survival ratios derived from them are probabilities: at
   * least as many groups as the projection's, every nLx positive, nLx not increasing with age below
   * the open group (nL(x+5)/nL(x) ≤ 1), and 5L0 ≤ 5·l0 (births survive with at most 1).
   */
  static NavigableMap<Integer, LifeTable> readLifeTables(Path file) throws InputException {
    CsvTable t = CsvTable.read(file, "period_start", "sex", "age_from", "age_to", "lx", "nLx");
    Problems p = new Problems(t.shown());
    Map<Integer, EnumMap<Sex, List<double[]>>> rows = new TreeMap<>();
    Map<Integer, double[]> radix = new HashMap<>();
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
        p.add(t.line(r), 0, "sex", t.get(r, "sex"), Msg.LIFE_SEX);
      }
      if (period == null || sex == null || age == null || nLx == null || lx == null) {
        continue;
      }
      if (!(nLx > 0)) {
        p.add(t.line(r), 0, "nLx", t.get(r, "nLx"), Msg.LIFE_POSITIVE);
      }
      if (age == 0) {
        radix.put(period, new double[] {lx, t.line(r)});
      }
      rows.computeIfAbsent(period, k -> new EnumMap<>(Sex.class))
          .computeIfAbsent(sex, s -> new ArrayList<>())
          .add(new double[] {age, nLx, t.line(r)});
    }
    int needed = AgeGroups.FIVE_YEAR_TO_90.count();
    NavigableMap<Integer, LifeTable> out = new TreeMap<>();
    for (var e : rows.entrySet()) {
      AgeVector[] nLx = new AgeVector[2];
      double[] l0 = radix.getOrDefault(e.getKey(), new double[] {100000.0, 0});
      if (!(l0[0] > 0)) {
        p.add((int) l0[1], 0, "lx", fmt(l0[0]), Msg.LIFE_POSITIVE);
        continue;
      }
      for (Sex sex : Sex.values()) {
        List<double[]> list = e.getValue().get(sex);
        if (list == null) {
          p.add(0, 0, "sex", null, Msg.LIFE_NO_SEX, sexText(sex), e.getKey());
          continue;
        }
        int first = (int) list.get(0)[2];
        if (list.size() < needed) {
          p.add(
              first,
              0,
              "age_from",
              null,
              Msg.LIFE_NO_SEX,
              sexText(sex) + " 0-" + 5 * (needed - 1) + "+",
              e.getKey());
          continue;
        }
        double[] v = new double[list.size()];
        boolean ok = true;
        for (int k = 0; k < list.size(); k++) {
          double[] row = list.get(k);
          if (row[0] != 5 * k) {
            p.add((int) row[2], 0, "age_from", fmt(row[0]), Msg.LIFE_AGE_ORDER, 5 * k);
            ok = false;
            break;
          }
          v[k] = row[1];
          if (k >= 1 && k < list.size() - 1 && v[k - 1] > 0 && v[k] > v[k - 1]) {
            p.add(
                (int) row[2],
                0,
                "nLx",
                fmt(v[k]),
                Msg.LIFE_NLX_INCREASES,
                fmt(v[k - 1]),
                5 * (k - 1),
                String.format(java.util.Locale.ROOT, "%.4f", v[k] / v[k - 1]));
            ok = false;
          }
        }
        if (ok && v[0] > 5 * l0[0]) {
          p.add(
              first,
              0,
              "nLx",
              fmt(v[0]),
              Msg.LIFE_NLX_INCREASES,
              fmt(5 * l0[0]),
              "5·l0",
              String.format(java.util.Locale.ROOT, "%.4f", v[0] / (5 * l0[0])));
          ok = false;
        }
        if (ok) {
          nLx[sex.ordinal()] = AgeVector.of(v);
        }
      }
      if (nLx[0] != null && nLx[1] != null) {
        out.put(e.getKey(), new LifeTable(e.getKey(), l0[0], nLx[0], nLx[1]));
      }
    }
    p.throwIfAny();
    return out;
  }

  /** WPP: percentages of TFR by mother's age; each period must add up to 100. */
  static NavigableMap<Integer, AgeVector> readWppPattern(Path file) throws InputException {
    CsvTable t = CsvTable.read(file, "period_start", "age_from", "pasfr_percent");
    return patterns(t, "period_start", "pasfr_percent", null, 100, PATTERN_PERCENT_TOLERANCE);
  }

  /**
   * MHLW: contributions to the TFR by mother's age; each year must add up to its published TFR
   * ({@code tfr_total_published}, given to two decimals).
   */
  static NavigableMap<Integer, AgeVector> readMhlwPattern(Path file) throws InputException {
    CsvTable t =
        CsvTable.read(
            file,
            "year",
            "age_from",
            "tfr_contribution_sum_of_single_year_rates",
            "tfr_total_published");
    return patterns(
        t,
        "year",
        "tfr_contribution_sum_of_single_year_rates",
        "tfr_total_published",
        0,
        PATTERN_TFR_TOLERANCE);
  }

  /** WPP percentages add up to 100 within rounding (measured: 100 ± 1e-8). */
  static final double PATTERN_PERCENT_TOLERANCE = 0.01;

  /**
   * MHLW contributions add up to the published TFR within its rounding to 0.01 (measured ≤ 0.0044).
   */
  static final double PATTERN_TFR_TOLERANCE = 0.006;

  /**
   * Shares of fertility by mother's age 15–19 … 45–49 by year, normalised to sum to 1 after
   * checking the sum: against {@code expected} or, with {@code totalCol}, against that column.
   */
  private static NavigableMap<Integer, AgeVector> patterns(
      CsvTable t,
      String yearCol,
      String valueCol,
      String totalCol,
      double expected,
      double tolerance)
      throws InputException {
    Problems p = new Problems(t.shown());
    Map<Integer, double[]> raw = new TreeMap<>();
    Map<Integer, double[]> published = new HashMap<>();
    for (int r = 0; r < t.rows(); r++) {
      Integer year = integer(t, r, yearCol, p);
      Integer age = integer(t, r, "age_from", p);
      Double v = number(t, r, valueCol, p, 0, Double.MAX_VALUE);
      Double total =
          totalCol == null ? Double.valueOf(expected) : number(t, r, totalCol, p, 0, 100);
      if (year == null || age == null || v == null || total == null) {
        continue;
      }
      int k = (age - 15) / 5;
      if (age % 5 != 0 || age < 15 || k >= FERTILE_GROUPS) {
        p.add(t.line(r), 0, "age_from", String.valueOf(age), Msg.AGE_FERTILE);
        continue;
      }
      raw.computeIfAbsent(year, y -> new double[FERTILE_GROUPS])[k] += v;
      published.putIfAbsent(year, new double[] {total, t.line(r)});
    }
    NavigableMap<Integer, AgeVector> out = new TreeMap<>();
    for (var e : raw.entrySet()) {
      AgeVector v = AgeVector.of(e.getValue());
      double[] want = published.get(e.getKey());
      if (!(v.sum() > 0)) {
        p.add((int) want[1], 0, valueCol, null, Msg.PATTERN_ZERO, e.getKey());
        continue;
      }
      if (Math.abs(v.sum() - want[0]) > tolerance) {
        p.add(
            (int) want[1],
            0,
            valueCol,
            null,
            Msg.PATTERN_SUM,
            e.getKey(),
            String.format(java.util.Locale.ROOT, "%.4f", v.sum()),
            fmt(want[0]),
            fmt(tolerance));
        continue;
      }
      out.put(e.getKey(), v.scale(1 / v.sum()));
    }
    p.throwIfAny();
    return out;
  }

  static NavigableMap<Integer, Double> readSrb(Path file) throws InputException {
    CsvTable t = CsvTable.read(file, "period_start", "srb_males_per_female");
    Problems p = new Problems(t.shown());
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

  /** A number cell in the form Java parses; see {@link NumberCells}. */
  static String normalizeNumber(String cell) {
    return NumberCells.normalize(cell);
  }

  static Integer integer(CsvTable t, int r, String col, Problems p) {
    String s = t.get(r, col);
    try {
      return Integer.valueOf(normalizeNumber(s));
    } catch (NumberFormatException e) {
      p.add(t.line(r), 0, col, s, Msg.CSV_INT);
      return null;
    }
  }

  static Double number(CsvTable t, int r, String col, Problems p, double min, double max) {
    String s = t.get(r, col);
    double v;
    try {
      String n = normalizeNumber(s);
      if (!n.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?(NaN|Infinity)")) {
        throw new NumberFormatException(n);
      }
      v = Double.parseDouble(n);
    } catch (NumberFormatException e) {
      p.add(t.line(r), 0, col, s, Msg.CSV_NUMBER);
      return null;
    }
    if (!Double.isFinite(v) || v < min || v > max) {
      p.add(t.line(r), 0, col, s, Msg.CSV_NUMBER_RANGE, fmt(min), fmt(max));
      return null;
    }
    return v;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
