package jp.popvision.io;

import static jp.popvision.io.Cells.fmt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.popvision.engine.Estimates;
import jp.popvision.io.PopulationRows.Figure;
import jp.popvision.io.PopulationRows.RowSex;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;
import jp.popvision.model.Sex;

/**
 * A population table in long form ({@code year,sex,age_from,age_to,population}): a user's {@code
 * base.file}, or popvision's own population.csv. Every number is checked; problems name file and
 * line. The rows are read by {@link PopulationRows}; here they become one {@link Population} per
 * year, with the totals rows checked.
 */
public final class PopulationFile {
  private PopulationFile() {}

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

  /**
   * Reads populations by year, sex and age group.
   *
   * <ul>
   *   <li>Age groups must be the projection's ({@code g}): 0–4, 5–9, …, and the open group with an
   *       empty {@code age_to}; a table of other widths (1-year, 10-year) is reported once.
   *   <li>Numbers may be written with full-width digits, a full-width or typographic minus, and
   *       thousands separators ("1,234"): they are normalised ({@link Cells#normalizeNumber}).
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
    PopulationRows rows = PopulationRows.read(t, g, p);
    NavigableMap<Integer, Population> out = new TreeMap<>();
    for (var e : rows.known.entrySet()) {
      Population pop = population(p, rows, g, e.getKey(), e.getValue());
      if (pop != null) {
        out.put(e.getKey(), pop);
      }
    }
    if (out.isEmpty() && p.isEmpty()) {
      p.add(1, 0, null, null, Msg.NO_POPULATION_ROWS);
    }
    p.throwIfAny();
    return out;
  }

  /** The population of one year, or null if a sex is missing or incomplete (a problem). */
  private static Population population(
      Problems p, PopulationRows rows, AgeGroups g, int year, EnumMap<Sex, double[]> known) {
    AgeVector[] bySex = new AgeVector[2];
    double[] unknownBySex = new double[2];
    for (Sex sex : Sex.values()) {
      double[] v = known.get(sex);
      if (v == null) {
        p.add(
            rows.firstLine.getOrDefault(String.valueOf(year), 0),
            0,
            "sex",
            null,
            Msg.NO_SEX_ROWS,
            sexText(sex),
            year);
        continue;
      }
      bySex[sex.ordinal()] = byAge(p, rows, g, year, sex, v, unknownBySex);
    }
    if (bySex[0] != null && bySex[1] != null) {
      checkSexTotals(p, rows.sexTotals, year, known, unknownBySex);
      return new Population(g, year, bySex[0], bySex[1]);
    }
    return null;
  }

  /**
   * Persons of one sex by age, those of unknown age prorated (kept in {@code unknownBySex}); null
   * if age groups are missing (a problem). Totals rows of the sex are checked.
   */
  private static AgeVector byAge(
      Problems p,
      PopulationRows rows,
      AgeGroups g,
      int year,
      Sex sex,
      double[] v,
      double[] unknownBySex) {
    RowSex rs = sex == Sex.MALE ? RowSex.MALE : RowSex.FEMALE;
    int[] lines = rows.seen.get(year).get(sex);
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < g.count(); i++) {
      if (lines[i] == 0) {
        missing.add(g.label(i));
      }
    }
    if (!missing.isEmpty() && rows.widthRows == 0) {
      p.add(
          rows.firstLine.getOrDefault(year + "/" + rs, 0),
          0,
          "age_from",
          null,
          Msg.MISSING_AGES,
          missing,
          sexText(sex),
          year);
      return null;
    }
    String key = year + "/" + rs;
    double unk = rows.unknown.getOrDefault(key, 0.0);
    unknownBySex[sex.ordinal()] = unk;
    AgeVector k = AgeVector.of(v);
    for (Figure total : rows.totals.getOrDefault(key, List.of())) {
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
    return unk > 0 ? Estimates.prorateUnknown(k, unk) : k;
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

  static Msg sexText(Sex sex) {
    return sex == Sex.MALE ? Msg.SEX_MALE : Msg.SEX_FEMALE;
  }
}
