package jp.popvision.chart;

/**
 * What every chart of a run is drawn with: the resolution and the font.
 *
 * @param dpi resolution, {@value ChartWriter#MIN_DPI}–{@value ChartWriter#MAX_DPI}
 * @param font the font family and whether it displays Japanese
 */
record PageSetup(int dpi, FontChoice font) {
  PageSetup {
    if (dpi < ChartWriter.MIN_DPI || dpi > ChartWriter.MAX_DPI) {
      throw new IllegalArgumentException(
          "dpi must be in [" + ChartWriter.MIN_DPI + ", " + ChartWriter.MAX_DPI + "], was " + dpi);
    }
  }

  /** Whether {@code text} can be drawn without boxes (see {@link FontChoice#canDisplay}). */
  boolean canDisplay(String text) {
    return font.canDisplay(text);
  }
}
