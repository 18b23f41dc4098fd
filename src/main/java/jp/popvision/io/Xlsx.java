package jp.popvision.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook (.xlsx) of {@link WideTable}s, one sheet each: the caption in the first row,
 * the headings (bold, frozen) in the second, then the rows; persons as whole numbers with a
 * thousands separator, shares as percent with one decimal. Bytes in memory, so that the workbook is
 * written with the other outputs through {@link OutputDir}.
 */
public final class Xlsx {
  /** File name of the workbook in an output directory. */
  public static final String FILE = "tables.xlsx";

  private static final String PERSONS_FORMAT = "#,##0";
  private static final String PERCENT_FORMAT = "0.0%";

  private Xlsx() {}

  /**
   * The workbook of a run: the {@code wide} tables first, then one sheet per CSV table of {@code
   * csvs} (file name → text; names in subdirectories are left out), headers in {@code lang}.
   */
  public static byte[] workbook(
      List<WideTable> wide, Map<String, String> csvs, Lang lang, String version) {
    List<WideTable> sheets = new ArrayList<>(wide);
    csvs.forEach(
        (name, text) -> {
          if (name.endsWith(".csv") && !name.contains("/")) {
            sheets.add(CsvSheets.of(name, text, lang));
          }
        });
    return of(sheets, version);
  }

  /**
   * Adds the workbook of the CSV tables among {@code files} (UTF-8 bytes, with or without a
   * byte-order mark) to {@code files}, with headers in {@code lang}; nothing when {@code lang} is
   * null (no {@code --excel}).
   */
  public static void addTo(Map<String, byte[]> files, Lang lang, String version) {
    if (lang == null) {
      return;
    }
    Map<String, String> csvs = new java.util.LinkedHashMap<>();
    files.forEach(
        (name, bytes) -> {
          if (name.endsWith(".csv")) {
            csvs.put(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
          }
        });
    files.put(FILE, workbook(List.of(), csvs, lang, version));
  }

  public static byte[] of(List<WideTable> tables, String version) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(bytes, "popvision", appVersion(version));
      for (WideTable t : tables) {
        sheet(wb.newWorksheet(t.sheet()), t);
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The application version as a workbook records it (XX.YYYY): 0.1.0 → 0.1; else none. */
  static String appVersion(String version) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,4}).*")
            .matcher(String.valueOf(version));
    return m.matches() ? m.group(1) + "." + m.group(2) : null;
  }

  private static void sheet(Worksheet ws, WideTable t) {
    ws.value(0, 0, t.title());
    ws.style(0, 0).bold().set();
    int[] width = new int[t.header().size()];
    for (int c = 0; c < t.header().size(); c++) {
      ws.value(1, c, t.header().get(c));
      ws.style(1, c).bold().wrapText(true).set();
      width[c] = Math.max(width[c], displayWidth(t.header().get(c)));
    }
    for (int r = 0; r < t.rows().size(); r++) {
      List<Object> row = t.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        Object v = row.get(c);
        int at = r + 2;
        if (v instanceof String s) {
          ws.value(at, c, s);
          width[c] = Math.max(width[c], displayWidth(s));
        } else if (v instanceof WideTable.Persons p) {
          ws.value(at, c, p.value());
          ws.style(at, c).format(PERSONS_FORMAT).set();
        } else if (v instanceof WideTable.Percent p) {
          ws.value(at, c, new java.math.BigDecimal(Double.toString(p.value())).movePointLeft(2));
          ws.style(at, c).format(PERCENT_FORMAT).set();
        } else if (v instanceof WideTable.Number n) {
          ws.value(at, c, n.value());
        }
      }
    }
    for (int c = 0; c < width.length; c++) {
      ws.width(c, Math.min(40, Math.max(10, width[c] + 2)));
    }
    ws.freezePane(0, 2);
  }

  /** Columns a text takes: two for a full-width character, one otherwise. */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    return w;
  }
}
