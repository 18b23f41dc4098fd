package jp.popvision.io;

import java.io.IOException;
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
    String text = text(file, shown);
    int eol = lineEnd(text, 0);
    AreaRows out = new AreaRows(shown, header(text, eol, shown, required));
    out.keep(text, eol, codes);
    return out;
  }

  /** The file's text: UTF-8 without a byte-order mark, decoded in one pass (lines unchecked). */
  private static String text(Path file, String shown) throws InputException {
    String text;
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
      // decoded in one fast pass; only the lines used are checked (checkLine), so that a
      // single-area run does not inspect the other areas' megabytes character by character
      byte[] b = Files.readAllBytes(file);
      boolean bom =
          b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
      int start = bom ? 3 : 0;
      text = new String(b, start, b.length - start, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(
          new Problem(shown, 0, 0, null, null, Msg.CANNOT_READ, TextFiles.reason(e)));
    }
    return text;
  }

  /** The header's columns (the first line, eol its end), which must hold {@code required}. */
  private static Map<String, Integer> header(String text, int eol, String shown, String[] required)
      throws InputException {
    checkLine(text, 0, eol, 1, shown);
    String[] header = split(text.substring(0, eol));
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
  private void keep(String text, int headerEnd, Set<String> codes) throws InputException {
    int eol = headerEnd;
    int line = 1;
    for (int at = next(text, eol); at < text.length(); at = next(text, eol)) {
      line++;
      eol = lineEnd(text, at);
      int comma = text.indexOf(',', at);
      if (comma < 0 || comma > eol) {
        comma = eol;
      }
      String code = text.substring(at, comma).strip();
      if (code.isEmpty() && comma == eol) {
        continue;
      }
      if (codes == null || codes.contains(code)) {
        checkLine(text, at, eol, line, shown);
        rows.add(split(text.substring(at, eol)));
        lines.add(line);
      }
    }
  }

  /** A line used must be UTF-8 text without control characters (as TextFiles checks files). */
  private static void checkLine(String text, int from, int to, int line, String shown)
      throws InputException {
    for (int i = from; i < to; i++) {
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

  private static int lineEnd(String text, int from) {
    int n = text.indexOf('\n', from);
    int end = n < 0 ? text.length() : n;
    return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  private static int next(String text, int eol) {
    int n = text.indexOf('\n', eol);
    return n < 0 ? text.length() : n + 1;
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
