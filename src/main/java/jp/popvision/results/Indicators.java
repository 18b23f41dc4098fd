package jp.popvision.results;

import jp.popvision.model.Population;

/**
 * The planning indicators of one population: totals by sex, the three broad age groups (年少人口 0–14,
 * 生産年齢人口 15–64, 老年人口 65+), 75+ (後期高齢者), 0–4, women 20–39, and the 65+ share (高齢化率).
 */
public record Indicators(
    int year,
    double total,
    double male,
    double female,
    double age0to14,
    double age0to4,
    double age15to64,
    double age65plus,
    double age75plus,
    double women20to39) {

  public static Indicators of(Population p) {
    double women = 0;
    for (int i = 0; i < p.groups().count(); i++) {
      int a = p.groups().ageFrom(i);
      if (a >= 20 && a <= 35) {
        women += p.female().get(i);
      }
    }
    return new Indicators(
        p.year(),
        p.total(),
        p.male().sum(),
        p.female().sum(),
        p.sumAges(0, 14),
        p.sumAges(0, 4),
        p.sumAges(15, 64),
        p.sumAges(65, -1),
        p.sumAges(75, -1),
        women);
  }

  /** 高齢化率: share of the population aged 65 and over (0–1). */
  public double share65plus() {
    return total > 0 ? age65plus / total : 0;
  }
}
