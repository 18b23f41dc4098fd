package jp.popvision.chart;

/** One point of a series over time: a year and a value (persons or a share). */
public record YearValue(int year, double value) {
  public YearValue {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value for " + year + " is not finite: " + value);
    }
  }
}
