package jp.popvision.io;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The index of a chart directory ({@value #FILE}): which scenario the charts show, how they were
 * drawn and which files belong to them. It marks the directory as written by popvision (so a later
 * run may replace it) and holds nothing that changes between identical runs.
 */
public final class ChartIndex {
  public static final String FILE = "charts.json";

  private ChartIndex() {}

  public static String of(
      String version,
      String scenarioName,
      String scenarioTitle,
      String lang,
      int dpi,
      int width,
      int height,
      List<String> files) {
    ObjectNode root = JsonText.object();
    root.put("tool", "popvision");
    root.put("version", version);
    ObjectNode sc = root.putObject("scenario");
    sc.put("name", scenarioName);
    sc.put("title", scenarioTitle);
    root.put("lang", lang);
    root.put("dpi", dpi);
    root.put("width", width);
    root.put("height", height);
    ArrayNode out = root.putArray("charts");
    files.forEach(out::add);
    return JsonText.pretty(root) + "\n";
  }
}
