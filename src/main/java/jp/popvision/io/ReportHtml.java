package jp.popvision.io;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The report of {@code popvision report} as one self-contained HTML page (pure): the charts are
 * embedded as {@code data:} URIs, the style is inline, nothing is fetched from a network, and the
 * print style lays it out on A4.
 */
public final class ReportHtml {
  private ReportHtml() {}

  /** One embedded chart. */
  public record Figure(String caption, byte[] png) {}

  /** One scenario's assumptions: its words and the tables of its run. */
  public record Scenario(
      String name,
      String title,
      String description,
      String assumptionsCsv,
      String calibrationCsv) {}

  /** Everything the page shows. */
  public record Content(
      String area,
      String version,
      WideTable headline,
      List<Figure> figures,
      List<Scenario> scenarios,
      String impactCsv,
      String structureCsv,
      List<String> warnings,
      List<String> notes,
      List<String> absent) {}

  private static final String STYLE =
      "body{font-family:'IPAexGothic','Noto Sans CJK JP',sans-serif;margin:24px auto;max-width:1000px;"
          + "color:#222;line-height:1.55}h1{font-size:26px;border-bottom:3px solid #c0392b}"
          + "h2{font-size:20px;border-left:6px solid #c0392b;padding-left:8px;margin-top:32px}"
          + "h3{font-size:16px}table{border-collapse:collapse;font-size:12px;margin:8px 0}"
          + "th,td{border:1px solid #bbb;padding:2px 6px}th{background:#f0f0f0}"
          + "td.n{text-align:right;font-variant-numeric:tabular-nums}"
          + "figure{margin:12px 0;break-inside:avoid}img{width:100%;height:auto}"
          + "figcaption{font-size:12px;color:#555}.s{break-inside:avoid}"
          + ".wide{width:100%;font-size:11px}.wide th,.wide td{white-space:nowrap;padding:2px 3px}"
          + ".wide td:nth-child(2){white-space:normal;min-width:10em;font-size:10px}"
          + "@page{size:A4;margin:10mm}@media print{body{margin:0;max-width:none;font-size:12px}"
          + "h2{break-after:avoid}table{font-size:9px}.wide td:nth-child(2){font-size:8px}"
          + "tr{break-inside:avoid}figure{break-inside:avoid}}";

  public static String render(Content c, Lang lang) {
    StringBuilder b = new StringBuilder();
    String title = Msg.RP_TITLE.render(lang, c.area());
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang == Lang.JA ? "ja" : "en")
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>")
        .append(esc(title))
        .append("</h1>\n<p>")
        .append(esc(Msg.RP_INTRO.render(lang, c.scenarios().size(), c.version())))
        .append("</p>\n");
    h2(b, Msg.RP_HEADLINE.template(lang));
    wide(b, c.headline());
    h2(b, Msg.RP_CHARTS.template(lang));
    for (Figure f : c.figures()) {
      b.append("<figure><img alt=\"")
          .append(esc(f.caption()))
          .append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(f.png()))
          .append("\"><figcaption>")
          .append(esc(f.caption()))
          .append("</figcaption></figure>\n");
    }
    list(b, Msg.RP_ABSENT.template(lang), c.absent(), lang, true);
    assumptions(b, c, lang);
    if (c.impactCsv() != null) {
      h2(b, Msg.RP_IMPACT.template(lang));
      csv(b, c.impactCsv(), List.of());
    }
    h2(b, Msg.RP_STRUCTURE.template(lang));
    csv(b, c.structureCsv(), List.of());
    h2(b, Msg.RP_METHOD.template(lang));
    b.append("<p>").append(esc(Msg.RP_METHOD_TEXT.template(lang))).append("</p>\n");
    List<String> all = new ArrayList<>(c.warnings());
    all.addAll(c.notes());
    list(b, Msg.RP_WARNINGS.template(lang), all, lang, false);
    return b.append("</body></html>\n").toString();
  }

  private static void assumptions(StringBuilder b, Content c, Lang lang) {
    h2(b, Msg.RP_ASSUMPTIONS.template(lang));
    for (Scenario s : c.scenarios()) {
      b.append("<div class=\"s\"><h3>")
          .append(esc(s.name()))
          .append(": ")
          .append(esc(s.title()))
          .append("</h3>\n");
      if (s.description() != null && !s.description().isBlank()) {
        b.append("<p>").append(esc(s.description())).append("</p>\n");
      }
      csv(
          b,
          s.assumptionsCsv(),
          List.of(
              "period_start",
              "period_end",
              "tfr",
              "child_woman_ratio",
              "e0_male",
              "e0_female",
              "net_migration_assumed"));
      b.append("<p>")
          .append(Msg.RP_CALIBRATION.template(lang))
          .append(": ")
          .append(esc(calibration(s.calibrationCsv(), lang)))
          .append("</p></div>\n");
    }
  }

  /** The calibration in words, from the first row of calibration.csv. */
  static String calibration(String csv, Lang lang) {
    List<String[]> rows = parse(csv);
    if (rows.size() < 2) {
      return Msg.RP_NO_CALIBRATION.template(lang);
    }
    String[] h = rows.get(0);
    String[] r = rows.get(1);
    int start = Integer.parseInt(cell(h, r, "period_start"));
    return Msg.RP_CALIBRATED.render(
        lang,
        cell(h, r, "lever"),
        start,
        start + 5,
        cell(h, r, "year"),
        cell(h, r, "assumed"),
        cell(h, r, "solved"));
  }

  private static String cell(String[] h, String[] r, String col) {
    for (int i = 0; i < h.length; i++) {
      if (h[i].equals(col)) {
        return i < r.length ? r[i] : "";
      }
    }
    return "";
  }

  private static void h2(StringBuilder b, String text) {
    b.append("<h2>").append(esc(text)).append("</h2>\n");
  }

  private static void list(
      StringBuilder b, String title, List<String> items, Lang lang, boolean skipEmpty) {
    if (skipEmpty && items.isEmpty()) {
      return;
    }
    h2(b, title);
    if (items.isEmpty()) {
      b.append("<p>").append(Msg.RP_NONE.template(lang)).append("</p>\n");
      return;
    }
    b.append("<ul>\n");
    items.forEach(i -> b.append("<li>").append(esc(i)).append("</li>\n"));
    b.append("</ul>\n");
  }

  private static void wide(StringBuilder b, WideTable t) {
    b.append("<table class=\"wide\"><caption>").append(esc(t.title())).append("</caption><tr>");
    t.header().forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
    b.append("</tr>\n");
    for (List<Object> row : t.rows()) {
      b.append("<tr>");
      for (Object o : row) {
        if (o instanceof WideTable.Persons p) {
          b.append("<td class=\"n\">").append(String.format(Locale.ROOT, "%,d", p.value()));
        } else if (o instanceof WideTable.Percent p) {
          b.append("<td class=\"n\">").append(String.format(Locale.ROOT, "%.1f%%", p.value()));
        } else {
          b.append("<td>").append(o == null ? "" : esc(o.toString()));
        }
        b.append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  /** A CSV text as a table, only {@code columns} (all when empty). */
  private static void csv(StringBuilder b, String csv, List<String> columns) {
    List<String[]> rows = parse(csv);
    if (rows.isEmpty()) {
      return;
    }
    String[] h = rows.get(0);
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < h.length; i++) {
      if (columns.isEmpty() || columns.contains(h[i])) {
        keep.add(i);
      }
    }
    b.append("<table><tr>");
    keep.forEach(i -> b.append("<th>").append(esc(h[i])).append("</th>"));
    b.append("</tr>\n");
    for (String[] r : rows.subList(1, rows.size())) {
      b.append("<tr>");
      for (int i : keep) {
        String v = i < r.length ? r[i] : "";
        boolean num = v.matches("-?[0-9.,]+");
        b.append(num ? "<td class=\"n\">" : "<td>").append(esc(v)).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  /** Rows of a CSV text that popvision wrote (quoted cells may hold commas). */
  static List<String[]> parse(String csv) {
    List<String[]> out = new ArrayList<>();
    if (csv == null) {
      return out;
    }
    for (String line : csv.replace("\uFEFF", "").split("\r?\n")) {
      if (line.isEmpty()) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      boolean q = false;
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (ch == '"') {
          q = !q;
        } else if (ch == ',' && !q) {
          cells.add(cur.toString());
          cur.setLength(0);
        } else {
          cur.append(ch);
        }
      }
      cells.add(cur.toString());
      out.add(cells.toArray(new String[0]));
    }
    return out;
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
