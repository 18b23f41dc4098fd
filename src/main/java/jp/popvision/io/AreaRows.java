package jp.popvision.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a national table ({@code area_code} in its first column) that belong to some areas,
 * read without parsing the others: a single-area run splits only its own few lines of a 3 MB file.
 * UTF-8; header names compared as {@link CsvTable#columnName}; line numbers kept for messages.
 */
final class AreaRows {
  private final String shown;
  private final Map<String, Integer> columns;
  private final List<String[]> rows = new ArrayList<>();
  private final List<Integer> lines = new ArrayList<>();

  private AreaRows(String shown, Map<String, Integer> columns) {
    this.shown = shown;
    this.columns = columns;
  }

  /**
   * The rows of {@code file} whose first cell is one of {@code codes} (all rows when {@code codes}
   * is null); the header must hold {@code required}.
   */
  static AreaRows read(Path file, Set<String> codes, String... required) throws InputException {
    String shown = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new InputException(new Problem(shown, 0, 0, null, null, Msg.FILE_NOT_FOUND));
    }
    byte[] b = bytes(file, shown);
    int start =
        b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
    int eol = lineEnd(b, start);
    AreaRows out = new AreaRows(shown, header(utf8(b, start, eol), shown, required));
    out.keep(b, eol, codes);
    return out;
  }

  /**
   * The file's bytes. Lines are found and their first cells compared in the bytes (a line break and
   * a comma are single bytes in UTF-8, never part of another character), and only the lines used
   * are decoded and checked (checkLine), so that a single-area run neither decodes nor inspects the
   * other areas' megabytes (issue 15).
   */
  private static byte[] bytes(Path file, String shown) throws InputException {
    try {
      if (Files.size(file) > CsvTable.MAX_BYTES) {
        throw new InputException(
            new Problem(
                shown,
                0,
                0,
                null,
                null,
                Msg.FILE_TOO_LARGE,
                (CsvTable.MAX_BYTES >> 20) + " MiB",
                Msg.TOO_LARGE_CSV));
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(
          new Problem(shown, 0, 0, null, null, Msg.CANNOT_READ, TextFiles.reason(e)));
    }
  }

  /** The header's columns (its decoded line), which must hold {@code required}. */
  private static Map<String, Integer> header(String line, String shown, String[] required)
      throws InputException {
    checkLine(line, 1, shown);
    String[] header = split(line);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      columns.putIfAbsent(CsvTable.columnName(header[i]), i);
    }
    Problems p = new Problems(shown);
    for (String c : required) {
      if (!columns.containsKey(c)) {
        p.add(1, 0, c, null, Msg.CSV_MISSING_COLUMN, String.join(",", required));
      }
    }
    p.throwIfAny();
    return columns;
  }

  /**
   * Keeps the lines after the header (ending at headerEnd) whose first cell is in codes (or all).
   */
  private void keep(byte[] b, int headerEnd, Set<String> codes) throws InputException {
    int eol = headerEnd;
    int line = 1;
    for (int at = next(b, eol); at < b.length; at = next(b, eol)) {
      line++;
      eol = lineEnd(b, at);
      int comma = at;
      while (comma < eol && b[comma] != ',') {
        comma++;
      }
      String code = firstCell(b, at, comma);
      if (code.isEmpty() && comma == eol) {
        continue;
      }
      if (codes == null || codes.contains(code)) {
        String text = utf8(b, at, eol);
        checkLine(text, line, shown);
        rows.add(split(text));
        lines.add(line);
      }
    }
  }

  /** The stripped first cell, bytes {@code from}–{@code to}; ASCII without decoding. */
  private static String firstCell(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        return utf8(b, from, to).strip(); // any non-ASCII character: decoded, Unicode stripping
      }
    }
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(b[s])) {
      s++;
    }
    while (e > s && Character.isWhitespace(b[e - 1])) {
      e--;
    }
    return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
  }

  private static String utf8(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  /** A line used must be UTF-8 text without control characters (as TextFiles checks files). */
  private static void checkLine(String text, int line, String shown) throws InputException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        throw new InputException(new Problem(shown, line, 0, null, null, Msg.DATA_NOT_UTF8));
      }
      if (c == '\0') {
        throw new InputException(new Problem(shown, line, 0, null, null, Msg.BINARY));
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\r') {
        throw new InputException(
            new Problem(
                shown,
                line,
                0,
                null,
                null,
                Msg.CONTROL_CHARACTER,
                String.format(java.util.Locale.ROOT, "%04X", (int) c)));
      }
    }
  }

  /** The end of the line starting at {@code from}: its line break, less a CR before it. */
  private static int lineEnd(byte[] b, int from) {
    int n = from;
    while (n < b.length && b[n] != '\n') {
      n++;
    }
    return n > from && b[n - 1] == '\r' ? n - 1 : n;
  }

  /** The start of the line after the one ending at {@code eol}. */
  private static int next(byte[] b, int eol) {
    int n = eol;
    while (n < b.length && b[n] != '\n') {
      n++;
    }
    return n < b.length ? n + 1 : b.length;
  }

  /** One line's cells: plain commas, or RFC 4180 quoting when the line has a quote. */
  private static String[] split(String line) {
    if (line.indexOf('"') < 0) {
      String[] cells = line.split(",", -1);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      return cells;
    }
    try {
      CsvRecords records = CsvRecords.parse(line, false);
      if (records.size() == 0) {
        return new String[0];
      }
      String[] cells = records.cells(0);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      return cells;
    } catch (CsvRecords.Malformed e) {
      return line.split(",", -1);
    }
  }

  String shown() {
    return shown;
  }

  int rows() {
    return rows.size();
  }

  int line(int r) {
    return lines.get(r);
  }

  boolean has(String column) {
    return columns.containsKey(column);
  }

  /** A cell, empty when the row is shorter than the header. */
  String get(int r, String column) {
    Integer i = columns.get(column);
    String[] cells = rows.get(r);
    return i == null || i >= cells.length ? "" : cells[i];
  }
}
