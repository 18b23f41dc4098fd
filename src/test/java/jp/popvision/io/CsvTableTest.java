package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CsvTable: the lines of rows and the messages of texts that are not CSV. */
class CsvTableTest {
  @TempDir Path tmp;

  private CsvTable table(String text) throws IOException, InputException {
    Path f = tmp.resolve("t.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return CsvTable.read(f, "t.csv", TextFiles.Encoding.UTF_8, true, "a", "b");
  }

  private Problem problem(String text) {
    InputException e = assertThrows(InputException.class, () -> table(text));
    assertEquals(1, e.problems().size());
    return e.problems().get(0);
  }

  @Test
  void rowsKeepTheLineWhereTheyStartAndStrippedCells() throws Exception {
    CsvTable t = table("\n A ,b\n1,\"x\ny\"\n\n\r\n 2 , 3 \n");
    assertEquals(2, t.rows());
    assertEquals(3, t.line(0));
    assertEquals(List.of("1", "x\ny"), t.cells(0));
    assertEquals(7, t.line(1));
    assertEquals("2", t.get(1, "a"));
    assertEquals("3", t.get(1, "B"));
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheLineOfItsRow() {
    Problem p = problem("a,b\n1,2\n\n\"x\ny\",\"3\n4\n");
    assertEquals(Msg.CSV_UNCLOSED_QUOTE, p.msg());
    assertEquals(4, p.line());
  }

  @Test
  void textAfterAClosingQuoteIsReportedAtItsLine() {
    Problem p = problem("a,b\n1,\"2\nx\"3\n");
    assertEquals(Msg.CSV_TEXT_AFTER_QUOTE, p.msg());
    assertEquals(3, p.line());
    assertEquals(
        "t.csv:3: text after the closing quote of a quoted cell; only a comma or the end of the"
            + " line may follow it (write a quote inside a quoted cell as \"\")",
        p.format(Lang.EN));
  }

  @Test
  void tooManyCellsInAUserFileAreAtTheRowsLine() {
    Problem p = problem("a,b\n\n1,2,3,,\n");
    assertEquals(Msg.CSV_TOO_MANY_CELLS, p.msg());
    assertEquals(3, p.line());
  }
}
