package jp.popvision.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.popvision.scenario.ResolveException;
import org.junit.jupiter.api.Test;

class MessagesTest {
  static Set<String> placeholders(String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{\\d+\\}").matcher(template);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void everyMessageHasBothLanguagesWithTheSamePlaceholders() {
    for (Msg m : Msg.values()) {
      String en = m.template(Lang.EN);
      String ja = m.template(Lang.JA);
      assertFalse(en.isBlank(), m.name());
      assertFalse(ja.isBlank(), m.name());
      assertEquals(placeholders(en), placeholders(ja), m.name());
      if (m != Msg.TEXT
          && !m.name().startsWith("UNIT_")
          && !m.name().startsWith("SEX_")
          && !m.name().startsWith("DESC_")) {
        assertTrue(
            ja.codePoints()
                .anyMatch(
                    c ->
                        Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                            || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                            || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA),
            "Japanese text for " + m);
      }
    }
  }

  /** Each reason has a message of its own (only TEXT, pre-rendered text, maps to Msg.TEXT). */
  @Test
  void everyResolveReasonHasItsOwnMessage() {
    java.util.Set<Msg> seen = java.util.EnumSet.noneOf(Msg.class);
    for (ResolveException.Reason r : ResolveException.Reason.values()) {
      Msg m = Msg.of(r);
      if (r == ResolveException.Reason.TEXT) {
        assertEquals(Msg.TEXT, m);
        continue;
      }
      assertNotEquals(Msg.TEXT, m, r.name());
      assertTrue(seen.add(m), r + " shares " + m + " with another reason");
    }
    assertEquals(ResolveException.Reason.values().length - 1, seen.size());
  }

  @Test
  void argumentsAreFilledAndNestedMessagesFollowTheLanguage() {
    assertEquals(
        "must be a number (children per woman) without quotes",
        Msg.PATH_VALUE_TYPE.render(Lang.EN, Msg.UNIT_TFR));
    assertEquals(
        "引用符なしの数値にしてください(単位は女性 1 人あたりの子ども数)", Msg.PATH_VALUE_TYPE.render(Lang.JA, Msg.UNIT_TFR));
    assertEquals(
        "must be a whole number (without quotes), not the text '2015'",
        Msg.INT_TYPE.render(Lang.EN, Msg.DESC_TEXT.with("2015")));
    // braces that are not placeholders, and missing arguments, stay as they are
    assertEquals("{x} {1}", Msg.fill("{x} {1}", Lang.EN, List.of("a")));
  }

  @Test
  void aProblemIsFormattedCompilerStyleInEitherLanguage() {
    Problem p = new Problem("s.yaml", 12, 10, "horizon", "2073", Msg.HORIZON_RANGE, 2020, 2120);
    assertEquals(
        "s.yaml:12:10: horizon: value '2073': must be a multiple of 5 from 2020 to 2120",
        p.format());
    assertEquals("s.yaml:12:10: horizon: 値「2073」: 2020〜2120 の 5 の倍数にしてください", p.format(Lang.JA));
    Problem csv = new Problem("p.csv", 5, 0, "population", "-3\u0000\n", Msg.CSV_NUMBER);
    assertEquals("p.csv:5: population: value '-3\\u0000\\n': must be a number", csv.format());
  }

  @Test
  void languageNames() {
    assertEquals(Lang.EN, Lang.parse("en"));
    assertEquals(Lang.EN, Lang.parse("en_US.UTF-8"));
    assertEquals(Lang.JA, Lang.parse("JA"));
    assertEquals(Lang.JA, Lang.parse("ja_JP.UTF-8"));
    assertEquals(null, Lang.parse("fr"));
    assertEquals(null, Lang.parse(null));
  }
}
