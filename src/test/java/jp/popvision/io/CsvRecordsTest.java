package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer against cells and lines written here, and against Apache Commons CSV (the oracle)
 * on random texts: the same records and cells where Commons reads the text, the same kind of
 * failure where it refuses it.
 */
class CsvRecordsTest {
  private static final CSVFormat SKIPPING =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
  private static final CSVFormat KEEPING = CSVFormat.RFC4180;

  /** Records as "line:cell|cell" strings. */
  private static List<String> read(String text) throws CsvRecords.Malformed {
    CsvRecords r = CsvRecords.parse(text, true);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      out.add(r.line(i) + ":" + String.join("|", r.cells(i)));
    }
    return out;
  }

  @Test
  void plainAndQuotedCells() throws Exception {
    assertEquals(List.of(), read(""));
    assertEquals(List.of("1:a|b", "2:c|d"), read("a,b\nc,d"));
    assertEquals(List.of("1:a|b", "2:c|d"), read("a,b\nc,d\n"));
    assertEquals(List.of("1:a|b", "2:c|d"), read("a,b\r\nc,d\r\n"));
    assertEquals(List.of("1:a", "2:b", "3:c"), read("a\rb\r\nc\r"));
    assertEquals(List.of("1:a||"), read("a,,"));
    assertEquals(List.of("1:|"), read(","));
    assertEquals(List.of("1:say \"hi\"|x"), read("\"say \"\"hi\"\"\",x"));
    assertEquals(List.of("1:1,234|y"), read("\"1,234\",y"));
    assertEquals(List.of("1:"), read("\"\""));
    assertEquals(List.of("1:a\"b| \"c\""), read("a\"b, \"c\""));
    assertEquals(List.of("1:q|r"), read("\"q\" \t,r"));
  }

  @Test
  void blankLinesAreSkippedAndLinesCountedInsideQuotes() throws Exception {
    assertEquals(List.of("3:a", "6:b"), read("\n\r\na\n\n\r\nb\n\n"));
    assertEquals(List.of("1:x\ny|z", "4:w"), read("\"x\ny\",z\n\nw"));
    assertEquals(List.of("1:x\r\ny\rz", "4:w"), read("\"x\r\ny\rz\"\nw"));
    assertEquals(List.of("1: ", "2:\t"), read(" \n\t"));
  }

  @Test
  void emptyLinesAreRecordsWhenKept() throws Exception {
    CsvRecords r = CsvRecords.parse("a\n\nb\n", false);
    assertEquals(3, r.size());
    assertArrayEquals(new String[] {""}, r.cells(1));
    assertEquals(2, r.line(1));
    assertEquals(3, r.line(2));
  }

  @Test
  void anUnclosedQuoteIsTheLineOfItsRecord() {
    CsvRecords.Malformed e =
        assertThrows(CsvRecords.Malformed.class, () -> read("h\n\n\"a\nb\",\"c\nd"));
    assertEquals(CsvRecords.Kind.UNCLOSED_QUOTE, e.kind());
    assertEquals(3, e.line());
    e = assertThrows(CsvRecords.Malformed.class, () -> read("\"a\"\""));
    assertEquals(CsvRecords.Kind.UNCLOSED_QUOTE, e.kind());
    assertEquals(1, e.line());
  }

  @Test
  void textAfterAClosingQuoteIsTheLineOfThatText() {
    CsvRecords.Malformed e =
        assertThrows(CsvRecords.Malformed.class, () -> read("h\n\"a\nb\" x,c"));
    assertEquals(CsvRecords.Kind.TEXT_AFTER_QUOTE, e.kind());
    assertEquals(3, e.line());
    e = assertThrows(CsvRecords.Malformed.class, () -> read("\"a\"b"));
    assertEquals(CsvRecords.Kind.TEXT_AFTER_QUOTE, e.kind());
    assertEquals(1, e.line());
  }

  /** 150,000 random texts in each mode (fixed seed), against Commons CSV. */
  @Test
  void agreesWithCommonsCsvOnRandomTexts() {
    char[] alphabet = {'a', 'b', ',', '"', '\n', '\r', ' ', '\t', 'あ', '\u000B', '\u00A0'};
    Random random = new Random(20261203L);
    int[] outcomes = new int[3];
    for (int t = 0; t < 150_000; t++) {
      char[] chars = new char[random.nextInt(41)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(chars);
      outcomes[compare(text, true)]++;
      outcomes[compare(text, false)]++;
    }
    // each outcome (read, unclosed quote, text after a quote) is common among these texts
    for (int o : outcomes) {
      assertTrue(o > 20_000, java.util.Arrays.toString(outcomes));
    }
  }

  @Test
  void agreesWithCommonsCsvOnTheLifeTable() throws IOException {
    String text =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("data/japan/wpp2024_life_table_5yr.csv"));
    compare(text, true);
  }

  /** 0 when both read the text, 1 + the kind's ordinal when both refuse it. */
  private static int compare(String text, boolean skip) {
    List<List<String>> expected;
    CsvRecords.Kind failure = null;
    try (CSVParser p = CSVParser.parse(text, skip ? SKIPPING : KEEPING)) {
      expected = new ArrayList<>();
      for (CSVRecord r : p.getRecords()) {
        expected.add(r.toList());
      }
    } catch (IOException | UncheckedIOException e) {
      expected = null;
      String why = String.valueOf(e.getMessage());
      failure =
          why.contains("EOF reached before encapsulated token finished")
              ? CsvRecords.Kind.UNCLOSED_QUOTE
              : why.contains("Invalid character between encapsulated token and delimiter")
                  ? CsvRecords.Kind.TEXT_AFTER_QUOTE
                  : null;
      if (failure == null) {
        fail("unexpected Commons failure on " + show(text) + ": " + why);
      }
    }
    String shown = show(text) + (skip ? " (skipping empty lines)" : "");
    try {
      CsvRecords r = CsvRecords.parse(text, skip);
      if (expected == null) {
        fail("Commons refuses (" + failure + "), CsvRecords reads " + shown);
      }
      List<List<String>> actual = new ArrayList<>();
      r.all().forEach(c -> actual.add(List.of(c)));
      assertEquals(expected, actual, shown);
      return 0;
    } catch (CsvRecords.Malformed e) {
      assertEquals(failure, e.kind(), shown);
      return 1 + e.kind().ordinal();
    }
  }

  private static String show(String text) {
    return "'" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "'";
  }
}
