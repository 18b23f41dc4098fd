package jp.popvision.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import jp.popvision.io.AreaCatalog;
import jp.popvision.io.AreaData;
import jp.popvision.io.InputException;

/** {@code popvision areas [QUERY]}: the catalog's areas matching a query, with their totals. */
public final class AreaList {
  private AreaList() {}

  /** One line of the list; totals null where the data have none. */
  public record Row(AreaCatalog.Area area, Double census2015, Double census2020) {}

  /**
   * The areas of {@code dataDir} (and {@code userDirs}) whose code or name contains {@code query}.
   */
  public static List<Row> search(Path dataDir, List<Path> userDirs, String query)
      throws InputException {
    AreaCatalog c = AreaCatalog.read(dataDir, userDirs);
    List<AreaCatalog.Area> hits = c.search(query);
    Set<String> codes = new HashSet<>();
    hits.forEach(a -> codes.add(a.code()));
    Map<String, NavigableMap<Integer, Double>> totals = AreaData.censusTotals(dataDir, hits);
    List<Row> out = new ArrayList<>();
    for (AreaCatalog.Area a : hits) {
      NavigableMap<Integer, Double> t = totals.get(a.code());
      out.add(new Row(a, t == null ? null : t.get(2015), t == null ? null : t.get(2020)));
    }
    return out;
  }
}
