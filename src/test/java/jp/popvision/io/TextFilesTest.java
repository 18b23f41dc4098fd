package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import jp.popvision.io.TextFiles.Decoded;
import jp.popvision.io.TextFiles.Encoding;
import org.junit.jupiter.api.Test;

class TextFilesTest {
  static final String JA = "year,sex,label\n2015,男,０～４歳\n2015,女,髙①～\n";

  @Test
  void utf8WithAndWithoutBom() {
    byte[] b = JA.getBytes(StandardCharsets.UTF_8);
    assertEquals(JA, TextFiles.decode(b, Encoding.AUTO).text());
    byte[] bom = new byte[b.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(b, 0, bom, 3, b.length);
    Decoded d = TextFiles.decode(bom, Encoding.AUTO);
    assertEquals(JA, d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void shiftJisIsDetectedOrDeclaredIncludingMicrosoftCharacters() {
    byte[] b = JA.getBytes(TextFiles.SHIFT_JIS);
    Decoded d = TextFiles.decode(b, Encoding.AUTO);
    assertEquals(JA, d.text());
    assertEquals("Shift_JIS", d.charset());
    assertEquals(JA, TextFiles.decode(b, Encoding.SHIFT_JIS).text());
    assertEquals(Msg.ENCODING_NOT_AS_DECLARED, TextFiles.decode(b, Encoding.UTF_8).problem());
    assertEquals(2, TextFiles.decode(b, Encoding.UTF_8).line());
  }

  @Test
  void neverMojibake() {
    // UTF-8 declared as Shift_JIS would decode into nonsense: refused
    Decoded d = TextFiles.decode(JA.getBytes(StandardCharsets.UTF_8), Encoding.SHIFT_JIS);
    assertNull(d.text());
    assertEquals(Msg.ENCODING_DECLARED_SJIS_IS_UTF8, d.problem());
    // ASCII is the same in both: accepted
    assertEquals(
        "a,b\n",
        TextFiles.decode("a,b\n".getBytes(StandardCharsets.US_ASCII), Encoding.SHIFT_JIS).text());
    // a UTF-8 file with one damaged byte is not taken for Shift_JIS
    byte[] b = (JA + JA + JA).getBytes(StandardCharsets.UTF_8);
    b[b.length - 8] = (byte) 0xFF;
    assertEquals(Msg.ENCODING_BROKEN_UTF8, TextFiles.decode(b, Encoding.AUTO).problem());
    // Shift_JIS user-defined characters (外字) are not decoded into the private use area
    byte[] gaiji = {'a', ',', (byte) 0xF0, 0x40, '\n'};
    assertEquals(Msg.ENCODING_UNDECODABLE, TextFiles.decode(gaiji, Encoding.AUTO).problem());
  }

  @Test
  void binaryIsNotText() {
    assertEquals(
        Msg.BINARY,
        TextFiles.decode("a\nb\u0000".getBytes(StandardCharsets.UTF_8), Encoding.AUTO).problem());
    assertEquals(
        2, TextFiles.decode("a\nb\u0000".getBytes(StandardCharsets.UTF_8), Encoding.AUTO).line());
    assertEquals(
        Msg.CONTROL_CHARACTER,
        TextFiles.decode("a\u0007".getBytes(StandardCharsets.UTF_8), Encoding.AUTO).problem());
  }

  @Test
  void numbersAsExcelWritesThem() {
    assertEquals("1234", Cells.normalizeNumber("１,２３４"));
    assertEquals("1234567.5", Cells.normalizeNumber(" 1,234,567.5 "));
    assertEquals("-12", Cells.normalizeNumber("－１２"));
    assertEquals("-12", Cells.normalizeNumber("\u221212"));
    assertEquals("-12", Cells.normalizeNumber("△12"));
    assertEquals("1,23", Cells.normalizeNumber("1,23"));
    assertEquals("12,3456", Cells.normalizeNumber("12,3456"));
    // footnote marks and digits that only look like digits are not numbers (issue 12)
    for (String bad : new String[] {"1055¹", "¹⁰⁵⁵", "①⓪⑤⑤", "𝟏𝟎𝟓𝟓", "١٠٥٥", "1055※"}) {
      org.junit.jupiter.api.Assertions.assertThrows(
          NumberFormatException.class, () -> Cells.normalizeNumber(bad), bad);
    }
    assertEquals("1055", Cells.normalizeNumber("１０５５"));
    assertEquals("1055", Cells.normalizeNumber("\u30001055 "));
  }
}
