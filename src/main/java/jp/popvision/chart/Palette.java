package jp.popvision.chart;

import java.awt.Color;

/** The colours every chart shares (one place, so that a series looks the same everywhere). */
final class Palette {
  private Palette() {}

  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color MUTED = new Color(0x55, 0x55, 0x55);
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  static final Color FRAME = new Color(0xBB, 0xBB, 0xBB);

  static final Color PROJECTION = new Color(0xC0, 0x39, 0x2B);
  static final Color CENSUS = new Color(0x22, 0x22, 0x22);
  static final Color IPSS_H30 = new Color(0x2E, 0x86, 0xC1);
  static final Color IPSS_R5 = new Color(0x27, 0xAE, 0x60);

  /** One colour per scenario, in comparison order (repeating after twelve). */
  static final Color[] SCENARIOS = {
    PROJECTION,
    new Color(0x1F, 0x4E, 0x9A),
    new Color(0xE6, 0x7E, 0x22),
    new Color(0x7D, 0x3C, 0x98),
    new Color(0x16, 0xA0, 0x85),
    new Color(0x7F, 0x8C, 0x8D),
    new Color(0xB7, 0x95, 0x0B),
    new Color(0xD3, 0x54, 0x9A),
    new Color(0x5D, 0x40, 0x37),
    new Color(0x00, 0x83, 0x8F),
    new Color(0x9E, 0x9D, 0x24),
    new Color(0x37, 0x47, 0x4F)
  };

  static final Color AGE_0_14 = new Color(0x8C, 0xC0, 0x84);
  static final Color AGE_15_64 = new Color(0x8F, 0xB3, 0xDE);
  static final Color AGE_65 = new Color(0xF2, 0xA6, 0x5E);
  static final Color SHARE_65 = new Color(0xC0, 0x39, 0x2B);
  static final Color SHARE_75 = new Color(0x7D, 0x3C, 0x98);
  static final Color BIRTHS = new Color(0x6A, 0xB0, 0x4C);
  static final Color DEATHS = new Color(0x95, 0x95, 0x95);
  static final Color MIGRATION = new Color(0xE6, 0x7E, 0x22);
  static final Color NATURAL = new Color(0x1E, 0x6B, 0x30);
  static final Color TOTAL_CHANGE = new Color(0x22, 0x22, 0x22);

  static final Color MALE = new Color(0x4E, 0x79, 0xA7);
  static final Color FEMALE = new Color(0xE1, 0x7C, 0x8A);
  static final Color OUTLINE = new Color(0x22, 0x22, 0x22);

  /** Tornado: the lever lowered / raised. */
  static final Color LOWERED = IPSS_H30;

  static final Color RAISED = PROJECTION;
  static final Color FAN = PROJECTION;

  /** Heat map palette, low to high (ColorBrewer YlGnBu, 5 classes). */
  static final Color[] HEAT = {
    new Color(0xFF, 0xFF, 0xCC),
    new Color(0xA1, 0xDA, 0xB4),
    new Color(0x41, 0xB6, 0xC4),
    new Color(0x2C, 0x7F, 0xB8),
    new Color(0x25, 0x34, 0x94)
  };

  static Color scenario(int i) {
    return SCENARIOS[i % SCENARIOS.length];
  }

  /** The {@link #HEAT} colour of {@code v} in [min, max], linear between the stops. */
  static Color heat(double v, double min, double max) {
    double f = max > min ? (v - min) / (max - min) : 0.5;
    f = Math.max(0, Math.min(1, f)) * (HEAT.length - 1);
    int k = Math.min((int) f, HEAT.length - 2);
    double w = f - k;
    Color a = HEAT[k];
    Color b = HEAT[k + 1];
    return new Color(
        (int) Math.round(a.getRed() + w * (b.getRed() - a.getRed())),
        (int) Math.round(a.getGreen() + w * (b.getGreen() - a.getGreen())),
        (int) Math.round(a.getBlue() + w * (b.getBlue() - a.getBlue())));
  }
}
