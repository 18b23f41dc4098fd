package jp.popvision.io;

import java.util.List;

/**
 * A table to be read by a person rather than a program: one row per year or scenario, one column
 * per scenario or year, headers in the reader's language. Each cell is a {@link String}, a {@link
 * Persons} (a whole number of persons), a {@link Percent}, a {@link Number} (any other quantity, as
 * computed) or {@code null} (empty). {@link WideTables} builds them; the workbook writer and the
 * HTML report show them.
 *
 * @param sheet the sheet name (at most 31 characters, none of {@code []:*?/\})
 * @param title a one-line caption (with the unit)
 * @param header the column headings
 * @param rows the rows, each as long as the header
 */
public record WideTable(String sheet, String title, List<String> header, List<List<Object>> rows) {
  public WideTable {
    if (sheet.isEmpty() || sheet.length() > 31 || sheet.matches(".*[\\[\\]:*?/\\\\].*")) {
      throw new IllegalArgumentException("not a sheet name: " + sheet);
    }
    header = List.copyOf(header);
    rows =
        rows.stream()
            .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
            .toList();
    for (List<Object> r : rows) {
      if (r.size() != header.size()) {
        throw new IllegalArgumentException(
            "row of " + r.size() + " cells, header of " + header.size());
      }
      for (Object c : r) {
        if (c != null
            && !(c instanceof String
                || c instanceof Persons
                || c instanceof Percent
                || c instanceof Number)) {
          throw new IllegalArgumentException("not a cell: " + c);
        }
      }
    }
  }

  /** A number of persons, rounded to a whole person for display (halves up). */
  public record Persons(long value) {
    public static Persons of(double persons) {
      return new Persons(Math.round(persons));
    }
  }

  /**
   * Any other quantity (a year, a TFR, a lever value, a percentage change), as computed, with the
   * decimals it was written with ({@code -1}: as computed, no fixed number of decimals).
   */
  public record Number(double value, int decimals) {}

  /** A share in percent with one decimal, e.g. 32.0 for 0.3202. */
  public record Percent(double value) {
    public static Percent ofShare(double share) {
      return new Percent(Math.round(share * 1000) / 10.0);
    }
  }
}
