package jp.popvision.io;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A number cell as Excel exports write it, in the form Java parses. Accepted besides ASCII: the
 * full-width forms (digits ０–９, sign, comma, point), the minus sign U+2212, the 統計 signs △ ▲ for
 * negative numbers, and spaces around (also U+3000 and no-break space). Everything else — footnote
 * marks (¹), superscript, circled (①) or mathematical (𝟏) digits, other scripts' digits — is not a
 * number: {@link #normalize} throws, so that {@code 1055¹} is an error instead of 10551.
 */
final class NumberCells {
  /** Thousands separators: 1,234 or 1,234,567.5 (groups of exactly three digits). */
  private static final Pattern THOUSANDS = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private NumberCells() {}

  /**
   * NFKC of the accepted forms, △ ▲ U+2212 as '-', thousands separators removed when they group
   * exactly three digits, spaces stripped.
   *
   * @throws NumberFormatException for a character outside the accepted forms
   */
  static String normalize(String cell) {
    cell.codePoints()
        .forEach(
            cp -> {
              if (!accepted(cp)) {
                throw new NumberFormatException(
                    "not a number character: U+" + Integer.toHexString(cp));
              }
            });
    String s = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
    s = s.replace('\u2212', '-').replace('△', '-').replace('▲', '-');
    if (THOUSANDS.matcher(s).matches()) {
      s = s.replace(",", "");
    }
    return s;
  }

  /**
   * Whether {@link #normalize} would return {@code cell} unchanged without looking at it: a
   * non-empty cell of ASCII digits, signs, points and exponent letters only (NFKC leaves ASCII as
   * it is, and it has no space, comma or sign to replace). Most cells of the data tables are such.
   */
  static boolean isPlain(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return false;
      }
    }
    return true;
  }

  private static boolean accepted(int cp) {
    return cp < 0x7F && cp >= 0x20
        || cp >= 0xFF01 && cp <= 0xFF5E // full-width ASCII forms
        || cp == 0x2212
        || cp == '△'
        || cp == '▲'
        || cp == 0x3000
        || cp == 0x00A0
        || cp == '\t';
  }
}
