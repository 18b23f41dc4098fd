package jp.popvision.io;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 text as records of cells, each with the line on which it starts. It gives exactly the
 * cells Apache Commons CSV gives with {@code CSVFormat.RFC4180} (with or without {@code
 * setIgnoreEmptyLines(true)}), and fails where it fails: records end at CR LF, LF or a lone CR; no
 * record for a trailing line break; a cell is quoted only when its first character is a quote;
 * inside quotes {@code ""} is one quote and commas and line breaks are text; after a closing quote
 * only whitespace may come before the comma, the line break or the end.
 *
 * <p>Why popvision's own code rather than the library (the house rule prefers a well-kept library):
 * measured cold, in a fresh JVM with C1 only, Commons CSV took about 34 ms to parse {@code
 * data/japan/wpp2024_life_table_5yr.csv} (235 KB, 1,891 lines, every cell quoted), this tokenizer
 * about 8 ms, and every command reads that file at start-up (issue 15). Commons CSV stays as the
 * tests' oracle ({@code CsvRecordsTest}).
 */
final class CsvRecords {
  /** Why a text is not CSV. */
  enum Kind {
    /** The text ends inside a quoted cell. */
    UNCLOSED_QUOTE,
    /** A character other than whitespace follows a closing quote in its cell. */
    TEXT_AFTER_QUOTE
  }

  /** A text that is not CSV: the kind and the line (of the record, or of the character). */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final Kind kind;
    private final int line;

    Malformed(Kind kind, int line) {
      super(kind + " at line " + line);
      this.kind = kind;
      this.line = line;
    }

    Kind kind() {
      return kind;
    }

    /** For an unclosed quote the line where its record starts, else the character's line. */
    int line() {
      return line;
    }
  }

  private final String text;
  private final boolean skipEmptyLines;
  private final List<String[]> records = new ArrayList<>();
  private final List<Integer> lines = new ArrayList<>();
  private final List<String> cells = new ArrayList<>();
  private final StringBuilder quoted = new StringBuilder();
  private int pos;
  private int line = 1;

  private CsvRecords(String text, boolean skipEmptyLines) {
    this.text = text;
    this.skipEmptyLines = skipEmptyLines;
  }

  /**
   * The records of {@code text}; {@code skipEmptyLines}: empty lines between records are skipped
   * (Commons' {@code ignoreEmptyLines}), else each is a record of one empty cell.
   */
  static CsvRecords parse(String text, boolean skipEmptyLines) throws Malformed {
    CsvRecords r = new CsvRecords(text, skipEmptyLines);
    r.parseAll();
    return r;
  }

  /** The number of records. */
  int size() {
    return records.size();
  }

  /** The cells of record {@code i} (not a copy). */
  String[] cells(int i) {
    return records.get(i);
  }

  /** The 1-based line on which record {@code i} starts. */
  int line(int i) {
    return lines.get(i);
  }

  /** All records' cells, in order. */
  List<String[]> all() {
    return records;
  }

  private void parseAll() throws Malformed {
    int n = text.length();
    while (true) {
      if (skipEmptyLines) {
        while (pos < n && isLineBreak(text.charAt(pos))) {
          lineBreak();
        }
      }
      if (pos >= n) {
        return;
      }
      int start = line;
      cells.clear();
      boolean more = true;
      while (more) {
        more = pos < n && text.charAt(pos) == '"' ? quotedCell(start) : plainCell();
      }
      records.add(cells.toArray(new String[0]));
      lines.add(start);
    }
  }

  /** Reads an unquoted cell and its end; true when another cell of the record follows. */
  private boolean plainCell() {
    int n = text.length();
    int from = pos;
    while (pos < n) {
      char c = text.charAt(pos);
      if (c == ',' || isLineBreak(c)) {
        break;
      }
      pos++;
    }
    cells.add(text.substring(from, pos));
    return end();
  }

  /**
   * Reads a quoted cell (at its opening quote) and its end; true when another cell follows. {@code
   * start}: the line where the record starts.
   */
  private boolean quotedCell(int start) throws Malformed {
    int n = text.length();
    quoted.setLength(0);
    pos++;
    while (true) {
      if (pos >= n) {
        throw new Malformed(Kind.UNCLOSED_QUOTE, start);
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        if (pos < n && text.charAt(pos) == '"') {
          pos++;
        } else {
          break;
        }
      } else if (c == '\n' || c == '\r' && (pos >= n || text.charAt(pos) != '\n')) {
        line++;
      }
      quoted.append(c);
    }
    cells.add(quoted.toString());
    while (pos < n) {
      char c = text.charAt(pos);
      if (c == ',' || isLineBreak(c)) {
        break;
      }
      if (!Character.isWhitespace(c)) {
        throw new Malformed(Kind.TEXT_AFTER_QUOTE, line);
      }
      pos++;
    }
    return end();
  }

  /** Consumes what ends a cell (a comma, a line break or nothing); true after a comma. */
  private boolean end() {
    if (pos >= text.length()) {
      return false;
    }
    if (text.charAt(pos) == ',') {
      pos++;
      return true;
    }
    lineBreak();
    return false;
  }

  /** Consumes the line break at pos (CR LF, LF or CR). */
  private void lineBreak() {
    char c = text.charAt(pos++);
    if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
      pos++;
    }
    line++;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
