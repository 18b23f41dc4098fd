package jp.popvision.io;

import static jp.popvision.io.Cells.fmt;
import static jp.popvision.io.Cells.integer;
import static jp.popvision.io.Cells.normalizeNumber;
import static jp.popvision.io.Cells.number;

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

/**
 * A population table in long form ({@code year,sex,age_from,age_to,population}): a user's {@code
 * base.file}, or popvision's own population.csv. Every number is checked; problems name file and
 * line.
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

  static Msg sexText(Sex sex) {
    return sex == Sex.MALE ? Msg.SEX_MALE : Msg.SEX_FEMALE;
  }
}
