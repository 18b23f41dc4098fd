package jp.popvision.io;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

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
          + ".s-wide td{text-align:right;white-space:nowrap}.s-wide td:first-child{text-align:left}"
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
    ReportTables.wide(b, c.headline(), "wide", true, lang);
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
      ReportTables.table(b, "impact.csv", c.impactCsv(), List.of(), lang);
    }
    h2(b, Msg.RP_STRUCTURE.template(lang));
    ReportTables.structure(b, c.structureCsv(), lang);
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
      ReportTables.table(
          b,
          "assumptions.csv",
          s.assumptionsCsv(),
          List.of(
              "period_start",
              "period_end",
              "tfr",
              "child_woman_ratio",
              "e0_male",
              "e0_female",
              "net_migration_assumed",
              "net_migration_basis"),
          lang);
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
    String lever = cell(h, r, "lever");
    boolean persons = lever.equals("net_migrants");
    return Msg.RP_CALIBRATED.render(
        lang,
        CsvSheets.code("lever", lever, lang),
        start,
        start + 5,
        cell(h, r, "year"),
        value(cell(h, r, "assumed"), persons, lang),
        value(cell(h, r, "solved"), persons, lang));
  }

  /** A lever value of calibration.csv: whole persons for net migration, else 4 decimals. */
  private static String value(String text, boolean persons, Lang lang) {
    double v = Double.parseDouble(text);
    return persons
        ? NumberText.persons(v, lang) + Msg.UNIT_PERSONS.template(lang)
        : NumberText.fixed(v, 4, lang);
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

  /** Rows of a CSV text that popvision wrote, each as its cells. */
  static List<String[]> parse(String csv) {
    List<String[]> out = new ArrayList<>();
    if (csv != null && !csv.isBlank()) {
      out.addAll(CsvSheets.records(csv));
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
