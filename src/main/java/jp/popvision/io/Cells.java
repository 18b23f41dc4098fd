package jp.popvision.io;

import java.util.regex.Pattern;

/** Cells of the data tables: numbers as Excel writes them, checked where they are read. */
final class Cells {
  private Cells() {}

  /** A number cell in the form Java parses; see {@link NumberCells}. */
  static String normalizeNumber(String cell) {
    return NumberCells.normalize(cell);
  }

  static Integer integer(CsvTable t, int r, String col, Problems p) {
    return integer(t.get(r, col), t.line(r), col, p);
  }

  static Integer integer(AreaRows t, int r, String col, Problems p) {
    String s = t.get(r, col);
    if (plainDigits(s) && s.length() < 10) {
      return Integer.valueOf(s);
    }
    return integer(s, t.line(r), col, p);
  }

  static Double number(AreaRows t, int r, String col, Problems p, double min, double max) {
    String s = t.get(r, col);
    if (plainDigits(s) && s.length() < 16) {
      double v = Long.parseLong(s);
      if (v >= min && v <= max) {
        return v;
      }
    }
    return number(s, t.line(r), col, p, min, max);
  }

  /** A cell of ASCII digits only (most cells of the national tables): parsed without checks. */
  private static boolean plainDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Integer integer(String s, int line, String col, Problems p) {
    try {
      return Integer.valueOf(NumberCells.isPlain(s) ? s : normalizeNumber(s));
    } catch (NumberFormatException e) {
      p.add(line, 0, col, s, Msg.CSV_INT);
      return null;
    }
  }

  static Double number(CsvTable t, int r, String col, Problems p, double min, double max) {
    return number(t.get(r, col), t.line(r), col, p, min, max);
  }

  /** What {@link Double#parseDouble} is given: decimal or exponent notation, NaN, Infinity. */
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?(NaN|Infinity)");

  private static Double number(String s, int line, String col, Problems p, double min, double max) {
    double v;
    try {
      String n = NumberCells.isPlain(s) ? s : normalizeNumber(s);
      if (!NUMBER.matcher(n).matches()) {
        throw new NumberFormatException(n);
      }
      v = Double.parseDouble(n);
    } catch (NumberFormatException e) {
      p.add(line, 0, col, s, Msg.CSV_NUMBER);
      return null;
    }
    if (!Double.isFinite(v) || v < min || v > max) {
      p.add(line, 0, col, s, Msg.CSV_NUMBER_RANGE, fmt(min), fmt(max));
      return null;
    }
    return v;
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
