package jp.popvision.io;

import static jp.popvision.io.Cells.fmt;
import static jp.popvision.io.Cells.integer;
import static jp.popvision.io.Cells.number;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.popvision.model.AgeVector;
import jp.popvision.scenario.LifeTable;

/**
 * National inputs for Japan in {@code data/japan/} (see data/SOURCES.md): WPP 2024 life tables,
 * fertility age patterns and sex ratios at birth, and MHLW fertility age patterns. Read once and
 * shared by every area.
 */
public final class NationalTables {
  public static final String WPP_LIFE_TABLE = "japan/wpp2024_life_table_5yr.csv";
  public static final String WPP_FERTILITY = "japan/wpp2024_fertility_5yr.csv";
  public static final String WPP_SRB = "japan/wpp2024_srb_5yr.csv";
  public static final String MHLW_FERTILITY = "japan/mhlw_tfr_by_age_1993_2023.csv";

  /** The national files, for the run manifest. */
  public static final List<String> FILES =
      List.of(WPP_LIFE_TABLE, WPP_FERTILITY, WPP_SRB, MHLW_FERTILITY);

  private static final int FERTILE_GROUPS = 7;

  /** The national tables, each read and checked. */
  public record Tables(
      NavigableMap<Integer, LifeTable> lifeTables,
      NavigableMap<Integer, AgeVector> wppFertilityPattern,
      NavigableMap<Integer, Double> wppSrb,
      Map<Integer, AgeVector> mhlwFertilityPattern) {}

  private NationalTables() {}

  /** Where a reader gets the national tables from: read, being read, or already read. */
  @FunctionalInterface
  public interface Source {
    Tables get() throws InputException;
  }

  /** Reads the four national tables of {@code dataDir}; problems of all of them together. */
  public static Tables read(Path dataDir) throws InputException {
    List<Problem> problems = new ArrayList<>();
    NavigableMap<Integer, LifeTable> life = null;
    NavigableMap<Integer, AgeVector> wpp = null;
    NavigableMap<Integer, Double> srb = null;
    Map<Integer, AgeVector> mhlw = null;
    try {
      life = readLifeTables(dataDir.resolve(WPP_LIFE_TABLE));
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    try {
      wpp = readWppPattern(dataDir.resolve(WPP_FERTILITY));
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    try {
      srb = readSrb(dataDir.resolve(WPP_SRB));
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    try {
      mhlw = readMhlwPattern(dataDir.resolve(MHLW_FERTILITY));
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new Tables(life, wpp, srb, mhlw);
  }

  /**
   * WPP life tables by period and sex: {@code nLx} by 5-year age group from 0 in age order, the
   * last group open. Checked so that the survival ratios derived from them are probabilities: at
   * least as many groups as the projection's, every nLx positive, nLx not increasing with age below
   * the open group (nL(x+5)/nL(x) ≤ 1), and 5L0 ≤ 5·l0 (births survive with at most 1).
   */
  static NavigableMap<Integer, LifeTable> readLifeTables(Path file) throws InputException {
    return LifeTableFile.read(file);
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
}
