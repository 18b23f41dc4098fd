package jp.popvision.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The track chart's numbers: axis ranges, step lines, runs of consecutive years and signed labels.
 */
final class TrackSeries {
  private TrackSeries() {}

  /** The axis range: round numbers around the values (and zero for social change). */
  static double[] range(List<Double> values, boolean social) {
    double min = social ? 0 : 1.0;
    double max = social ? 0 : 1.8;
    for (double v : values) {
      if (Double.isFinite(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (social) {
      double step = Ticks.step(max - min, 6);
      return new double[] {
        Math.floor(min * 1.15 / step) * step, Math.max(step, Math.ceil(max * 1.15 / step) * step)
      };
    }
    return new double[] {Math.floor(min * 10 - 1) / 10, Math.ceil(max * 10 + 1) / 10};
  }

  /** The scenario's yearly values as a step line: each year from year − 0.5 to year + 0.5. */
  static double[][] steps(List<YearValue> pts) {
    double[][] out = new double[2][2 * pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      YearValue p = pts.get(i);
      out[0][2 * i] = p.year() - 0.5;
      out[0][2 * i + 1] = p.year() + 0.5;
      out[1][2 * i] = p.value();
      out[1][2 * i + 1] = p.value();
    }
    return out;
  }

  /** Runs of consecutive years (a missing year breaks the line). */
  static List<List<YearValue>> runs(List<YearValue> pts) {
    List<List<YearValue>> out = new ArrayList<>();
    List<YearValue> run = new ArrayList<>();
    for (YearValue p : pts) {
      if (!run.isEmpty() && p.year() - run.get(run.size() - 1).year() > 1.5) {
        out.add(run);
        run = new ArrayList<>();
      }
      run.add(p);
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    return out;
  }

  /** Signed whole persons with a thousands separator and a true minus sign. */
  static String signed(double v) {
    return String.format(Locale.ROOT, "%+,.0f", v).replace('-', '\u2212');
  }
}
