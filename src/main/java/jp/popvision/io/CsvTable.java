package jp.popvision.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * A UTF-8 CSV file with a header row, read as text cells (tablesaw), with the file line of every
 * row kept for messages. Numbers are parsed by the caller, which reports problems by line.
 */
final class CsvTable {
  private final Path file;
  private final Table table;

  private CsvTable(Path file, Table table) {
    this.file = file;
    this.table = table;
  }

  static CsvTable read(Path file, String... requiredColumns) throws InputException {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new InputException(new Problem(name, 0, 0, null, null, "file not found"));
    }
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InputException(
          new Problem(name, 0, 0, null, null, "not valid UTF-8 text; save the file as UTF-8"));
    } catch (IOException e) {
      throw new InputException(new Problem(name, 0, 0, null, null, "cannot read: " + e.getMessage()));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new InputException(new Problem(name, 1, 0, null, null, "file is empty"));
    }
    Table t;
    try (Reader r = new java.io.StringReader(text)) {
      t =
          Table.read()
              .usingOptions(
                  CsvReadOptions.builder(r)
                      .header(true)
                      .columnTypes(col -> ColumnType.STRING)
                      .missingValueIndicator()
                      .build());
    } catch (IOException | RuntimeException e) {
      throw new InputException(
          new Problem(name, 0, 0, null, null, "not a readable CSV file: " + e.getMessage()));
    }
    CsvTable csv = new CsvTable(file, t);
    Problems problems = new Problems(name);
    for (String c : requiredColumns) {
      if (!t.columnNames().contains(c)) {
        problems.add(1, 0, c, null, "missing column; the header must include " + List.of(requiredColumns));
      }
    }
    problems.throwIfAny();
    return csv;
  }

  Path file() {
    return file;
  }

  int rows() {
    return table.rowCount();
  }

  /** The file line of row {@code row} (header = line 1; rows hold no line breaks in our data). */
  int line(int row) {
    return row + 2;
  }

  boolean has(String column) {
    return table.columnNames().contains(column);
  }

  String get(int row, String column) {
    String v = table.stringColumn(column).get(row);
    return v == null ? "" : v.strip();
  }
}
