package jp.popvision.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file with a header row, read as text cells ({@link CsvRecords}), with the file line where
 * every row starts kept for messages. Numbers are parsed by the caller, which reports problems by
 * line. A UTF-8 byte-order mark is accepted; user files may be Shift_JIS ({@link TextFiles}).
 */
final class CsvTable {
  private final Path file;
  private final String shown;
  private final Map<String, Integer> columns;
  private final List<String[]> rows;
  private final List<Integer> lines;

  private CsvTable(
      Path file,
      String shown,
      Map<String, Integer> columns,
      List<String[]> rows,
      List<Integer> lines) {
    this.file = file;
    this.shown = shown;
    this.columns = columns;
    this.rows = rows;
    this.lines = lines;
  }

  /** Largest CSV file accepted (the shipped data files are below 1 MiB). */
  static final long MAX_BYTES = 32L << 20;

  /** A UTF-8 data file (the shipped data directory), named by its path. */
  static CsvTable read(Path file, String... requiredColumns) throws InputException {
    return read(file, file.toString(), TextFiles.Encoding.UTF_8, false, requiredColumns);
  }

  /**
   * Reads {@code file} (named {@code shown} in messages) in {@code encoding}. {@code userFile}: a
   * file the user supplied ({@code base.encoding} is the way to declare its encoding; a row with
   * more cells than the header is an error, as an unquoted "1,234" shifts the columns), else a data
   * file, which must be UTF-8 (the shipped data have free text in their last column). Header names
   * are compared after Unicode NFKC normalisation and in lower case, so that full-width or
   * capitalised column names are recognised.
   */
  static CsvTable read(
      Path file,
      String shown,
      TextFiles.Encoding encoding,
      boolean userFile,
      String... requiredColumns)
      throws InputException {
    String name = shown;
    String text = text(file, name, encoding, userFile);
    Map<String, Integer> columns = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    Problems problems = new Problems(name);
    parse(text, name, userFile, columns, rows, lines, problems);
    // a file without the required columns is not the table asked for: say only that, and quote
    // nothing of it (it may be any readable file, e.g. /etc/passwd)
    Problems missing = new Problems(name);
    for (String c : requiredColumns) {
      if (!columns.containsKey(columnName(c))) {
        missing.add(1, 0, c, null, Msg.CSV_MISSING_COLUMN, String.join(",", requiredColumns));
      }
    }
    missing.throwIfAny();
    problems.throwIfAny();
    return new CsvTable(file, name, columns, rows, lines);
  }

  /** The decoded, non-blank text of the file, or an InputException saying why not. */
  private static String text(Path file, String name, TextFiles.Encoding encoding, boolean userFile)
      throws InputException {
    if (!Files.isRegularFile(file)) {
      throw new InputException(new Problem(name, 0, 0, null, null, Msg.FILE_NOT_FOUND));
    }
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InputException(
            new Problem(
                name,
                0,
                0,
                null,
                null,
                Msg.FILE_TOO_LARGE,
                (MAX_BYTES >> 20) + " MiB",
                Msg.TOO_LARGE_CSV));
      }
      TextFiles.Decoded d = TextFiles.decode(Files.readAllBytes(file), encoding);
      if (d.problem() != null) {
        Msg why =
            d.problem() == Msg.ENCODING_NOT_AS_DECLARED && !userFile
                ? Msg.DATA_NOT_UTF8
                : d.problem();
        throw new InputException(new Problem(name, d.line(), 0, null, null, why, d.args()));
      }
      text = d.text();
    } catch (IOException e) {
      throw new InputException(
          new Problem(name, 0, 0, null, null, Msg.CANNOT_READ, TextFiles.reason(e)));
    }
    if (text.isBlank()) {
      throw new InputException(new Problem(name, 1, 0, null, null, Msg.FILE_EMPTY));
    }
    return text;
  }

  /**
   * Parses the text into header columns and data rows with their lines; row problems go to
   * problems, an unreadable text is an InputException.
   */
  private static void parse(
      String text,
      String name,
      boolean userFile,
      Map<String, Integer> columns,
      List<String[]> rows,
      List<Integer> lines,
      Problems problems)
      throws InputException {
    CsvRecords records;
    try {
      records = CsvRecords.parse(text, true);
    } catch (CsvRecords.Malformed e) {
      throw unreadable(name, e);
    }
    int headerSize = 0;
    for (int r = 0; r < records.size(); r++) {
      String[] cells = stripped(records.cells(r));
      int line = records.line(r);
      if (r == 0) {
        header(cells, line, columns, problems);
        headerSize = cells.length;
        continue;
      }
      int last = cells.length;
      while (last > headerSize && cells[last - 1].isEmpty()) {
        last--;
      }
      if (userFile && last > headerSize) {
        problems.add(
            line, 0, null, String.join(",", cells), Msg.CSV_TOO_MANY_CELLS, last, headerSize);
        continue;
      }
      rows.add(cells);
      lines.add(line);
    }
  }

  /** The cells of a record, stripped (in place). */
  private static String[] stripped(String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cells[i].strip();
    }
    return cells;
  }

  /** Records the header's column names; a repeated name is a problem. */
  private static void header(
      String[] cells, int line, Map<String, Integer> columns, Problems problems) {
    for (int i = 0; i < cells.length; i++) {
      String c = columnName(cells[i]);
      if (!c.isEmpty() && columns.putIfAbsent(c, i) != null) {
        problems.add(line, 0, cells[i], null, Msg.CSV_DUPLICATE_COLUMN);
      }
    }
  }

  /** The tokenizer's failure as a message: an unclosed quote, or text after a closing quote. */
  private static InputException unreadable(String name, CsvRecords.Malformed e) {
    Msg why =
        e.kind() == CsvRecords.Kind.UNCLOSED_QUOTE
            ? Msg.CSV_UNCLOSED_QUOTE
            : Msg.CSV_TEXT_AFTER_QUOTE;
    return new InputException(new Problem(name, e.line(), 0, null, null, why));
  }

  /** A header cell as a column name: NFKC, stripped, lower case. */
  static String columnName(String cell) {
    // NFKC leaves ASCII text as it is: only other text is normalised
    String n = ascii(cell) ? cell : Normalizer.normalize(cell, Normalizer.Form.NFKC);
    return n.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The name the file is shown by in messages. */
  String shown() {
    return shown;
  }

  Path file() {
    return file;
  }

  int rows() {
    return rows.size();
  }

  /** The file line where row {@code row} starts (the header is line 1). */
  int line(int row) {
    return lines.get(row);
  }

  boolean has(String column) {
    return columns.containsKey(columnName(column));
  }

  /** All stripped cells of row {@code row}. */
  List<String> cells(int row) {
    return List.of(rows.get(row));
  }

  /** The stripped cell, or "" when the row is shorter than the header. */
  String get(int row, String column) {
    String[] cells = rows.get(row);
    int i = columns.get(columnName(column));
    return i < cells.length ? cells[i] : "";
  }
}
