package jp.popvision.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One of popvision's own CSV tables as a workbook sheet for a person: headers in the chosen
 * language ({@code Msg.COL_<column>}), the sheet named after the table ({@code Msg.SHEET_<file>}),
 * persons rounded to whole persons, shares (0–1) as percent, other numbers as written. Pure: it
 * reads the text popvision has just written, never a file.
 */
public final class CsvSheets {
  /** Columns that count persons (rounded to whole persons in the workbook). */
  static final Set<String> PERSONS =
      Set.of(
          "population",
          "total",
          "male",
          "female",
          "age_0_14",
          "age_0_4",
          "age_15_64",
          "age_65_plus",
          "age_75_plus",
          "women_20_39",
          "population_start",
          "population_end",
          "births",
          "deaths",
          "net_migration",
          "net_migration_assumed",
          "observed",
          "projected",
          "error",
          "diff_total",
          "diff_age_0_14",
          "diff_age_15_64",
          "diff_age_65_plus",
          "base",
          "value",
          "numerator",
          "denominator",
          "numerator_total",
          "denominator_total",
          "difference",
          "fertility",
          "mortality",
          "migration",
          "population_low",
          "population_high",
          "population_base",
          "swing",
          "target_population",
          "achieved_population",
          "actual",
          "mean",
          "deterministic");

  /** Per table, columns that hold something other than persons despite their name. */
  static final Map<String, Set<String>> NOT_PERSONS = Map.of("solution.csv", Set.of("value"));

  private CsvSheets() {}

  /** The sheet of table {@code file} (e.g. {@code summary.csv}) with content {@code csv}. */
  public static WideTable of(String file, String csv, Lang lang) {
    return of(file, csv, lang, List.of());
  }

  /** The same, keeping only the CSV columns named in {@code keep} (all when it is empty). */
  public static WideTable of(String file, String csv, Lang lang, List<String> keep) {
    String stem = file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
    List<String[]> records = records(csv);
    List<String> all = List.of(records.get(0));
    List<Integer> cols = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (keep.isEmpty() || keep.contains(all.get(i))) {
        cols.add(i);
      }
    }
    List<String> header = cols.stream().map(i -> column(all.get(i), lang)).toList();
    Set<String> notPersons = NOT_PERSONS.getOrDefault(file, Set.of());
    List<List<Object>> rows = new ArrayList<>();
    for (String[] r : records.subList(1, records.size())) {
      List<Object> row = new ArrayList<>();
      for (int i : cols) {
        String c = all.get(i);
        row.add(cell(r[i], PERSONS.contains(c) && !notPersons.contains(c), c, lang));
      }
      rows.add(row);
    }
    return new WideTable(sheetName(stem, lang), file, header, rows);
  }

  /**
   * The records of a CSV text that popvision wrote, each as its cells (a byte-order mark is
   * ignored; an empty line is a record of one empty cell, as RFC 4180 reads it).
   */
  public static List<String[]> records(String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    try {
      return CsvRecords.parse(text, false).all();
    } catch (CsvRecords.Malformed e) {
      throw new IllegalArgumentException("not CSV: " + e.getMessage(), e);
    }
  }

  static Object cell(String text, boolean persons, String column, Lang lang) {
    Object v = cell(text, persons, column);
    return v instanceof String s ? code(column, s, lang) : v;
  }

  /**
   * A code written in a CSV cell, for a person: an age group of {@code group} reads as the column
   * of that name (age_0_14 → 0〜14歳), another code as {@code Msg.VAL_<column>_<code>} where one
   * exists; anything else (a scenario name, a title) as written.
   */
  static String code(String column, String value, Lang lang) {
    if (column.equals("group")) {
      return column(value, lang);
    }
    Msg m =
        lookup(
            ("VAL_" + column + "_" + value)
                .toUpperCase(java.util.Locale.ROOT)
                .replace('-', '_')
                .replace(' ', '_'));
    return m == null ? value : m.template(lang);
  }

  static Object cell(String text, boolean persons, String column) {
    if (text.isEmpty()) {
      return null;
    }
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return text.startsWith("'") ? text.substring(1) : text;
    }
    if (column.startsWith("share_")) {
      return WideTable.Percent.ofShare(v);
    }
    boolean quantile = column.matches("p[0-9]+(_[0-9]+)?");
    int dot = text.indexOf('.');
    int decimals =
        dot < 0 || text.contains("e") || text.contains("E") ? 0 : text.length() - dot - 1;
    return persons || quantile ? WideTable.Persons.of(v) : new WideTable.Number(v, decimals);
  }

  /** The heading of CSV column {@code c} in {@code lang} (the column name if none is known). */
  static String column(String c, Lang lang) {
    if (c.matches("p[0-9]+(_[0-9]+)?")) {
      return Msg.COL_QUANTILE.render(lang, c.substring(1).replace('_', '.'));
    }
    Msg m = lookup("COL_" + c.toUpperCase(java.util.Locale.ROOT));
    return m == null ? c : m.template(lang);
  }

  private static String sheetName(String stem, Lang lang) {
    Msg m = lookup("SHEET_" + stem.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    String s = m == null ? stem : m.template(lang);
    return s.length() > 31 ? s.substring(0, 31) : s;
  }

  private static Msg lookup(String name) {
    try {
      return Msg.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
