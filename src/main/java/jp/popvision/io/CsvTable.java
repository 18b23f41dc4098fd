package jp.popvision.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A UTF-8 CSV file with a header row, read as text cells (Apache Commons CSV), with the file
 * line where every row starts kept for messages. Numbers are parsed by the caller, which reports
 * problems by line. A UTF-8 byte-order mark is accepted.
 */
final class CsvTable {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private final Path file;
  private final Map<String, Integer> columns;
  private final List<String[]> rows;
  private final List<Integer> lines;

  private CsvTable(Path file, Map<String, Integer> columns, List<String[]> rows, List<Integer> lines) {
    this.file = file;
    this.columns = columns;
    this.rows = rows;
    this.lines = lines;
  }

  static CsvTable read(Path file, String... requiredColumns) throws InputException {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new InputException(new Problem(name, 0, 0, null, null, "file not found"));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputException(new Problem(name, 0, 0, null, null, "not valid UTF-8 text; save the file as UTF-8"));
    } catch (IOException e) {
      throw new InputException(new Problem(name, 0, 0, null, null, "cannot read: " + e.getMessage()));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new InputException(new Problem(name, 1, 0, null, null, "file is empty"));
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    Problems problems = new Problems(name);
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Iterator<CSVRecord> it = parser.iterator();
      boolean header = true;
      while (true) {
        int line = (int) parser.getCurrentLineNumber() + 1;
        if (!it.hasNext()) {
          break;
        }
        CSVRecord r = it.next();
        String[] cells = new String[r.size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = r.get(i).strip();
        }
        if (header) {
          for (int i = 0; i < cells.length; i++) {
            if (columns.putIfAbsent(cells[i], i) != null) {
              problems.add(1, 0, cells[i], null, "duplicate column in the header");
            }
          }
          header = false;
          continue;
        }
        rows.add(cells);
        lines.add(line);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new InputException(new Problem(name, 0, 0, null, null, "not a readable CSV file: " + e.getMessage()));
    }
    for (String c : requiredColumns) {
      if (!columns.containsKey(c)) {
        problems.add(1, 0, c, null, "missing column; the header must include " + List.of(requiredColumns));
      }
    }
    problems.throwIfAny();
    return new CsvTable(file, columns, rows, lines);
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
    return columns.containsKey(column);
  }

  /** The stripped cell, or "" when the row is shorter than the header. */
  String get(int row, String column) {
    String[] cells = rows.get(row);
    int i = columns.get(column);
    return i < cells.length ? cells[i] : "";
  }
}
