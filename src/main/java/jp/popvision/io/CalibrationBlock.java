package jp.popvision.io;

import java.util.List;
import jp.popvision.scenario.BaseSpec;
import jp.popvision.scenario.CalibrationSpec;

/** Reads the {@code calibration:} block of a scenario. */
final class CalibrationBlock {
  private CalibrationBlock() {}

  // basis: the values of calibration.history and migration.basis
  private static final List<String> HISTORIES = List.of("own", "shared");

  private static final String HIST_S = "own, shared";

  static CalibrationSpec read(YamlFields f, BaseSpec base) {
    if (f == null) {
      return null;
    }
    f.allow("year", "total", "age_0_14", "age_15_64", "age_65_plus", "history");
    Integer year = f.integer("year", true, null);
    if (year != null && base != null && (year <= base.year() || year % 5 != 0)) {
      f.problem("year", String.valueOf(year), Msg.CALIBRATION_YEAR, base.year());
      year = null;
    }
    Double total = f.count("total");
    Double a = f.count("age_0_14");
    Double b = f.count("age_15_64");
    Double c = f.count("age_65_plus");
    // basis: `history: shared` (scenario.SharedHistory)
    String history =
        f.choice("history", false, "own", s -> HISTORIES.contains(s) ? s : null, HIST_S);
    f.finish();
    return year == null
        ? null
        : new CalibrationSpec(year, total, a, b, c, "shared".equals(history));
  }
}
