package jp.popvision.io;

import static jp.popvision.io.Cells.fmt;
import static jp.popvision.io.Cells.integer;
import static jp.popvision.io.Cells.number;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Sex;
import jp.popvision.scenario.LifeTable;

/**
 * The WPP life-table file ({@link NationalTables#WPP_LIFE_TABLE}) read and checked: its rows
 * gathered by period and sex, then one {@link LifeTable} per period whose nLx are probabilities'
 * denominators (see {@link NationalTables#readLifeTables}).
 */
final class LifeTableFile {
  private LifeTableFile() {}

  /** The rows by period and sex ({age_from, nLx, line}, file order); l0 and its line by period. */
  private record Rows(
      Map<Integer, EnumMap<Sex, List<double[]>>> bySex, Map<Integer, double[]> radix) {}

  static NavigableMap<Integer, LifeTable> read(Path file) throws InputException {
    CsvTable t = CsvTable.read(file, "period_start", "sex", "age_from", "age_to", "lx", "nLx");
    Problems p = new Problems(t.shown());
    Rows rows = rows(t, p);
    int needed = AgeGroups.FIVE_YEAR_TO_90.count();
    NavigableMap<Integer, LifeTable> out = new TreeMap<>();
    for (var e : rows.bySex().entrySet()) {
      LifeTable table = period(e.getKey(), e.getValue(), rows.radix(), needed, p);
      if (table != null) {
        out.put(e.getKey(), table);
      }
    }
    p.throwIfAny();
    return out;
  }

  /** The readable rows of the file by period and sex, and l0 with its line by period. */
  private static Rows rows(CsvTable t, Problems p) {
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
    return new Rows(rows, radix);
  }

  /** The life table of one period, or null (problems said) when l0 or a sex's nLx fails. */
  private static LifeTable period(
      int period,
      EnumMap<Sex, List<double[]>> bySex,
      Map<Integer, double[]> radix,
      int needed,
      Problems p) {
    AgeVector[] nLx = new AgeVector[2];
    double[] l0 = radix.getOrDefault(period, new double[] {100000.0, 0});
    if (!(l0[0] > 0)) {
      p.add((int) l0[1], 0, "lx", fmt(l0[0]), Msg.LIFE_POSITIVE);
      return null;
    }
    for (Sex sex : Sex.values()) {
      List<double[]> list = bySex.get(sex);
      if (list == null) {
        p.add(0, 0, "sex", null, Msg.LIFE_NO_SEX, PopulationFile.sexText(sex), period);
        continue;
      }
      if (list.size() < needed) {
        p.add(
            (int) list.get(0)[2],
            0,
            "age_from",
            null,
            Msg.LIFE_NO_SEX,
            PopulationFile.sexText(sex) + " 0-" + 5 * (needed - 1) + "+",
            period);
        continue;
      }
      nLx[sex.ordinal()] = checkedNLx(list, l0[0], p);
    }
    if (nLx[0] != null && nLx[1] != null) {
      return new LifeTable(period, l0[0], nLx[0], nLx[1]);
    }
    return null;
  }

  /** One sex's nLx in age order, or null (problems said) when out of order or increasing. */
  private static AgeVector checkedNLx(List<double[]> list, double l0, Problems p) {
    int first = (int) list.get(0)[2];
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
    if (ok && v[0] > 5 * l0) {
      p.add(
          first,
          0,
          "nLx",
          fmt(v[0]),
          Msg.LIFE_NLX_INCREASES,
          fmt(5 * l0),
          "5·l0",
          String.format(java.util.Locale.ROOT, "%.4f", v[0] / (5 * l0)));
      ok = false;
    }
    return ok ? AgeVector.of(v) : null;
  }
}
