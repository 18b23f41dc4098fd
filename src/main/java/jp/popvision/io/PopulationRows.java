package jp.popvision.io;

import static jp.popvision.io.Cells.integer;
import static jp.popvision.io.Cells.normalizeNumber;
import static jp.popvision.io.Cells.number;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.Sex;

/**
 * The rows of a {@link PopulationFile} read one by one: persons by year, sex and age group, persons
 * of unknown age, and the totals rows (by sex, and of both sexes) kept for the checks; each row's
 * problems are reported where it is, and a table of other age widths once.
 */
final class PopulationRows {
  /** Labels of totals rows, in the sex or age column (compared after NFKC, in lower case). */
  private static final Set<String> TOTAL_LABELS =
      Set.of("total", "合計", "総数", "計", "総計", "男女計", "all");

  /** What a row is about: one sex, or both (a totals row by sex). */
  enum RowSex {
    MALE,
    FEMALE,
    TOTAL
  }

  /** A persons figure of one row and where it was, for the checks of totals rows. */
  record Figure(double value, int line) {}

  private final CsvTable t;
  private final AgeGroups g;
  private final Problems p;

  /** Persons by year, sex and age group index. */
  final Map<Integer, EnumMap<Sex, double[]>> known = new TreeMap<>();

  /** The line of each year, sex and age group's row (0: none). */
  final Map<Integer, EnumMap<Sex, int[]>> seen = new HashMap<>();

  /** Persons of unknown age by "year/sex". */
  final Map<String, Double> unknown = new HashMap<>();

  /** Totals rows of one sex by "year/sex". */
  final Map<String, List<Figure>> totals = new HashMap<>();

  /** Totals rows of both sexes by "year/age" (age group index, "unknown" or "all"). */
  final Map<String, List<Figure>> sexTotals = new HashMap<>();

  /** The first line of each "year" and "year/sex". */
  final Map<String, Integer> firstLine = new HashMap<>();

  /** Rows of another age width than the projection's: how many, and the first one. */
  int widthRows = 0;

  private int widthLine = 0;
  private String[] widthArgs = null;

  private PopulationRows(CsvTable t, AgeGroups g, Problems p) {
    this.t = t;
    this.g = g;
    this.p = p;
  }

  /** Reads every row of {@code t}, reporting problems to {@code p}. */
  static PopulationRows read(CsvTable t, AgeGroups g, Problems p) {
    PopulationRows rows = new PopulationRows(t, g, p);
    for (int r = 0; r < t.rows(); r++) {
      rows.row(r);
    }
    rows.reportWidth();
    return rows;
  }

  private static RowSex rowSex(String text) {
    String t = CsvTable.columnName(text);
    return switch (t) {
      case "male", "男", "男性" -> RowSex.MALE;
      case "female", "女", "女性" -> RowSex.FEMALE;
      default -> TOTAL_LABELS.contains(t) ? RowSex.TOTAL : null;
    };
  }

  private void row(int r) {
    int line = t.line(r);
    String sexText = t.get(r, "sex");
    RowSex rs = rowSex(sexText);
    Integer year = integer(t, r, "year", p);
    Double pop = number(t, r, "population", p, 0, PopulationFile.MAX_PERSONS);
    if (rs == null) {
      p.add(line, 0, "sex", sexText, Msg.SEX_VALUES);
      return;
    }
    if (year == null) {
      return;
    }
    // a row whose number is wrong still counts as present (its problem is reported already)
    boolean popOk = pop != null;
    double persons = popOk ? pop : 0.0;
    firstLine.putIfAbsent(year + "/" + rs, line);
    firstLine.putIfAbsent(String.valueOf(year), line);
    String from = ageCell(t.get(r, "age_from"));
    String ageKey;
    if (from.isEmpty() || TOTAL_LABELS.contains(CsvTable.columnName(from))) {
      ageKey = withoutAgeGroup(r, from, rs);
      if (ageKey == null) {
        p.add(line, 0, "age_from", "", Msg.AGE_EMPTY);
        return;
      }
    } else {
      Integer i = ageGroup(r);
      if (i == null) {
        return;
      }
      if (rs != RowSex.TOTAL) {
        byAge(r, year, rs == RowSex.MALE ? Sex.MALE : Sex.FEMALE, i, persons);
        return;
      }
      ageKey = String.valueOf(i);
    }
    if (popOk) {
      figure(year, rs, ageKey, persons, line);
    }
  }

  /**
   * What a row without an age group holds: "all" ages (a totals row), "unknown" age, or null if it
   * says neither. Excel exports carry the label in a column of their own: any cell of the row
   * counts.
   */
  private String withoutAgeGroup(int r, String from, RowSex rs) {
    String note = t.has("note") ? CsvTable.columnName(t.get(r, "note")) : "";
    String label = t.has("age_label") ? CsvTable.columnName(t.get(r, "age_label")) : "";
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
      return "all";
    }
    return unknownAge ? "unknown" : null;
  }

  /** The index of the row's age group, or null after a problem (or a row of another width). */
  private Integer ageGroup(int r) {
    int line = t.line(r);
    Integer ageFrom = integer(t, r, "age_from", p);
    if (ageFrom == null) {
      return null;
    }
    String to = ageCell(t.get(r, "age_to"));
    Integer ageTo = null;
    if (!to.isEmpty()) {
      try {
        ageTo = Integer.valueOf(normalizeNumber(to));
      } catch (NumberFormatException e) {
        p.add(line, 0, "age_to", t.get(r, "age_to"), Msg.CSV_INT);
        return null;
      }
      if (ageTo - ageFrom + 1 != g.width()) {
        otherWidth(line, ageFrom, ageTo);
        return null;
      }
    }
    int i = g.indexOf(ageFrom);
    if (i < 0) {
      p.add(line, 0, "age_from", t.get(r, "age_from"), Msg.AGE_FROM_GROUP, g.openAge());
      return null;
    }
    String expectedTo = g.isOpen(i) ? "" : String.valueOf(g.ageTo(i));
    if (!(ageTo == null ? "" : String.valueOf(ageTo)).equals(expectedTo)) {
      if (g.isOpen(i)) {
        p.add(line, 0, "age_to", t.get(r, "age_to"), Msg.AGE_TO_OPEN, g.label(i));
      } else {
        p.add(line, 0, "age_to", t.get(r, "age_to"), Msg.AGE_TO, expectedTo);
      }
      return null;
    }
    return i;
  }

  /** A row of another age width: counted, the first one kept for the one problem. */
  private void otherWidth(int line, int ageFrom, int ageTo) {
    if (widthRows++ == 0) {
      widthLine = line;
      widthArgs =
          new String[] {
            String.valueOf(ageFrom), String.valueOf(ageTo), String.valueOf(ageTo - ageFrom + 1)
          };
    }
  }

  private void reportWidth() {
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
  }

  /** Persons of one sex and age group; a second row for the same is a problem. */
  private void byAge(int r, int year, Sex sex, int i, double persons) {
    int line = t.line(r);
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
          PopulationFile.sexText(sex),
          year,
          lines[i]);
      return;
    }
    lines[i] = line;
    v[i] = persons;
  }

  /** A totals row, or persons of unknown age, kept for the checks. */
  private void figure(int year, RowSex rs, String ageKey, double pop, int line) {
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

  /** An age cell: NFKC, without a trailing 歳 (years). */
  private static String ageCell(String cell) {
    String c = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
    return c.endsWith("歳") ? c.substring(0, c.length() - 1).strip() : c;
  }
}
