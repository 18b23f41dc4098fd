package jp.popvision.io;

import static jp.popvision.io.Cells.fmt;
import static jp.popvision.io.Cells.integer;
import static jp.popvision.io.Cells.number;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import jp.popvision.engine.Estimates;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;
import jp.popvision.model.Sex;

/**
 * Populations by area, year, sex and 5-year age from a wide table of {@code data/municipalities/}
 * (the census 1980–2015 or IPSS 2018): one row per area × year × sex, columns {@code age_0_4} …
 * {@code age_85_89}, {@code age_90_plus} and, in the census, {@code age_unknown}, distributed pro
 * rata over the known ages ({@link Estimates#prorateUnknown}). Each row's {@code total} must equal
 * its ages plus age unknown.
 */
public final class AreaPopulations {
  /** The age columns, in the order of {@link AgeGroups#FIVE_YEAR_TO_90}. */
  static final String[] AGE_COLUMNS = ageColumns();

  private AreaPopulations() {}

  private static String[] ageColumns() {
    AgeGroups g = AgeGroups.FIVE_YEAR_TO_90;
    String[] c = new String[g.count()];
    for (int i = 0; i < c.length - 1; i++) {
      c[i] = "age_" + 5 * i + "_" + (5 * i + 4);
    }
    c[c.length - 1] = "age_" + g.openAge() + "_plus";
    return c;
  }

  /** Census totals by area and year: male + female rows' {@code total} (ages plus unknown). */
  public record Read(
      Map<String, NavigableMap<Integer, Population>> populations,
      Map<String, NavigableMap<Integer, Double>> totals) {}

  /** The rows of the areas {@code codes} (all areas when null) of {@code file}. */
  public static Read read(Path file, Set<String> codes) throws InputException {
    AreaRows t = AreaRows.read(file, codes, required());
    Problems p = new Problems(t.shown());
    Map<String, Map<Integer, AgeVector[]>> known = new TreeMap<>();
    Map<String, Integer> lines = new HashMap<>();
    Map<String, NavigableMap<Integer, Double>> totals = new TreeMap<>();
    readRows(t, p, known, lines, totals);
    Map<String, NavigableMap<Integer, Population>> out = populations(known, lines, p);
    p.throwIfAny();
    return new Read(out, totals);
  }

  /** The columns a table must have: area_code, year, sex, total and the age columns. */
  private static String[] required() {
    String[] required = new String[AGE_COLUMNS.length + 4];
    required[0] = "area_code";
    required[1] = "year";
    required[2] = "sex";
    required[3] = "total";
    System.arraycopy(AGE_COLUMNS, 0, required, 4, AGE_COLUMNS.length);
    return required;
  }

  /**
   * Checks every row and keeps the good ones: ages (age unknown prorated) by area, year and sex,
   * the line of each area/year/sex, and totals by area and year.
   */
  private static void readRows(
      AreaRows t,
      Problems p,
      Map<String, Map<Integer, AgeVector[]>> known,
      Map<String, Integer> lines,
      Map<String, NavigableMap<Integer, Double>> totals) {
    boolean unknownColumn = t.has("age_unknown");
    Map<String, double[]> unknown = new HashMap<>();
    for (int r = 0; r < t.rows(); r++) {
      String code = t.get(r, "area_code");
      Integer year = integer(t, r, "year", p);
      Sex sex = Sex.parse(t.get(r, "sex"));
      if (sex == null) {
        p.add(t.line(r), 0, "sex", t.get(r, "sex"), Msg.SEX_VALUES);
      }
      Double total = number(t, r, "total", p, 0, PopulationFile.MAX_PERSONS);
      double[] v = new double[AGE_COLUMNS.length];
      boolean ok = year != null && sex != null && total != null;
      for (int i = 0; i < v.length; i++) {
        Double x = number(t, r, AGE_COLUMNS[i], p, 0, PopulationFile.MAX_PERSONS);
        ok &= x != null;
        v[i] = x == null ? 0 : x;
      }
      Double unk = unknownColumn ? number(t, r, "age_unknown", p, 0, 1e9) : Double.valueOf(0);
      if (!ok || unk == null) {
        continue;
      }
      String key = code + "/" + year + "/" + sex;
      Integer before = lines.putIfAbsent(key, t.line(r));
      if (before != null) {
        p.add(t.line(r), 0, "sex", t.get(r, "sex"), Msg.AREA_DUPLICATE_ROW, code, year, before);
        continue;
      }
      AgeVector k = AgeVector.of(v);
      if (Math.abs(k.sum() + unk - total) > PopulationFile.TOTAL_TOLERANCE) {
        p.add(t.line(r), 0, "total", fmt(total), Msg.TOTAL_ROW_MISMATCH, fmt(k.sum() + unk));
        continue;
      }
      known.computeIfAbsent(code, c -> new TreeMap<>())
              .computeIfAbsent(year, y -> new AgeVector[2])[sex.ordinal()] =
          unk > 0 ? Estimates.prorateUnknown(k, unk) : k;
      unknown.computeIfAbsent(code + "/" + year, c -> new double[1])[0] += unk;
      totals.computeIfAbsent(code, c -> new TreeMap<>()).merge(year, total, Double::sum);
    }
  }

  /** The populations by area and year of the rows kept; a year with one sex only is a problem. */
  private static Map<String, NavigableMap<Integer, Population>> populations(
      Map<String, Map<Integer, AgeVector[]>> known, Map<String, Integer> lines, Problems p) {
    Map<String, NavigableMap<Integer, Population>> out = new TreeMap<>();
    for (var area : known.entrySet()) {
      NavigableMap<Integer, Population> byYear = new TreeMap<>();
      for (var e : area.getValue().entrySet()) {
        AgeVector[] s = e.getValue();
        if (s[0] == null || s[1] == null) {
          Sex missing = s[0] == null ? Sex.MALE : Sex.FEMALE;
          Sex other = s[0] == null ? Sex.FEMALE : Sex.MALE;
          int line = lines.get(area.getKey() + "/" + e.getKey() + "/" + other);
          p.add(
              line,
              0,
              "sex",
              null,
              Msg.NO_SEX_ROWS,
              PopulationFile.sexText(missing),
              e.getKey() + " (" + area.getKey() + ")");
          continue;
        }
        byYear.put(e.getKey(), new Population(AgeGroups.FIVE_YEAR_TO_90, e.getKey(), s[0], s[1]));
      }
      out.put(area.getKey(), byYear);
    }
    return out;
  }
}
