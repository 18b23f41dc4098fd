package jp.popvision.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables of the HTML report (pure): {@link WideTable}s as HTML tables, the runs' CSV tables
 * through the workbook's conversion ({@link CsvSheets}), and the 人口構造 table laid out for a page
 * (one row per scenario and target year, one column per age group).
 */
final class ReportTables {
  private ReportTables() {}

  static void wide(StringBuilder b, WideTable t, String cssClass, boolean caption, Lang lang) {
    b.append("<table class=\"").append(cssClass).append("\">");
    if (caption) {
      b.append("<caption>").append(ReportHtml.esc(t.title())).append("</caption>");
    }
    b.append("<tr>");
    t.header().forEach(h -> b.append("<th>").append(ReportHtml.esc(h)).append("</th>"));
    b.append("</tr>\n");
    for (List<Object> row : t.rows()) {
      b.append("<tr>");
      for (Object o : row) {
        if (o instanceof WideTable.Persons p) {
          b.append("<td class=\"n\">").append(NumberText.persons(p.value(), lang));
        } else if (o instanceof WideTable.Percent p) {
          b.append("<td class=\"n\">").append(String.format(Locale.ROOT, "%.1f%%", p.value()));
        } else if (o instanceof WideTable.Number n) {
          b.append("<td class=\"n\">").append(ReportHtml.esc(number(n, lang)));
        } else {
          b.append("<td>").append(o == null ? "" : ReportHtml.esc(o.toString()));
        }
        b.append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  /**
   * One of the runs' CSV tables as a table for a person, through the same conversion as the
   * workbook's sheets ({@link CsvSheets}: headers and codes in {@code lang}, whole persons, shares
   * in %), only {@code columns} (all when empty).
   */
  static void table(StringBuilder b, String file, String csv, List<String> columns, Lang lang) {
    if (csv == null || csv.isBlank()) {
      return;
    }
    wide(b, CsvSheets.of(file, csv, lang, columns), "t", false, lang);
  }

  /** A quantity other than persons with the decimals it was written with: 2040, 1.4400, 105.28. */
  static String number(WideTable.Number n, Lang lang) {
    if (n.decimals() >= 0) {
      return NumberText.fixed(n.value(), n.decimals(), lang);
    }
    String plain = java.math.BigDecimal.valueOf(n.value()).stripTrailingZeros().toPlainString();
    return lang == Lang.JA ? plain.replace('-', '\u2212') : plain;
  }

  /**
   * The 人口構造 table of {@code structure.csv}: one row per scenario and target year, one column per
   * group (総人口, 年少人口, …) holding the persons of the target year and their change on the base year
   * in %.
   */
  static void structure(StringBuilder b, String csv, Lang lang) {
    if (csv == null || csv.isBlank()) {
      return;
    }
    List<String[]> records = CsvSheets.records(csv);
    List<String> columns = List.of(records.get(0));
    int scenario = columns.indexOf("scenario");
    int base = columns.indexOf("base_year");
    int year = columns.indexOf("target_year");
    int group = columns.indexOf("group");
    int value = columns.indexOf("value");
    int change = columns.indexOf("change_pct");
    List<String> groups = new ArrayList<>();
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    Map<String, List<Object>> keys = new LinkedHashMap<>();
    String baseYear = "";
    for (String[] r : records.subList(1, records.size())) {
      if (!groups.contains(r[group])) {
        groups.add(r[group]);
      }
      baseYear = r[base];
      String key = r[scenario] + "\u0000" + r[year];
      keys.putIfAbsent(key, List.of(r[scenario], r[year]));
      double persons = Double.parseDouble(r[value]);
      double pct = Double.parseDouble(r[change]);
      rows.computeIfAbsent(key, k -> new LinkedHashMap<>())
          .put(
              r[group],
              NumberText.persons(persons, lang) + " (" + NumberText.signedPct(pct, lang) + ")");
    }
    List<String> header = new ArrayList<>();
    header.add(Msg.COL_SCENARIO.template(lang));
    header.add(Msg.COL_TARGET_YEAR.template(lang));
    groups.forEach(g -> header.add(CsvSheets.column(g, lang)));
    List<List<Object>> body = new ArrayList<>();
    rows.forEach(
        (k, cells) -> {
          List<Object> row = new ArrayList<>(keys.get(k));
          groups.forEach(g -> row.add(cells.getOrDefault(g, "")));
          body.add(row);
        });
    String title = Msg.RP_STRUCTURE_CAPTION.render(lang, baseYear);
    wide(b, new WideTable("structure", title, header, body), "t s-wide", true, lang);
  }
}
