package jp.popvision.engine;

import jp.popvision.model.AgeVector;

/** How the births of one projection step are obtained. */
public sealed interface Fertility {

  /**
   * Age-specific fertility rates (births per woman per year) by age group of the mother, applied to
   * the average of the female population at the start and end of the step (Preston et al. 2001, ch.
   * 6): births = width · Σ fertRateAgeF · ½(start + end). Births are split by the sex ratio at
   * birth {@code srb} (males per female).
   */
  record AgeSpecific(AgeVector fertRateAgeF, double srb) implements Fertility {
    public AgeSpecific {
      for (int i = 0; i < fertRateAgeF.size(); i++) {
        if (fertRateAgeF.get(i) < 0) {
          throw new IllegalArgumentException("fertility rate " + i + " is negative");
        }
      }
      if (!(srb > 0)) {
        throw new IllegalArgumentException("sex ratio at birth must be positive, was " + srb);
      }
    }
  }

  /**
   * The IPSS child-woman-ratio route: the first age group at the end of the step equals {@code
   * ratio} × women in groups {@code motherFrom..motherTo} at the end, split by {@code sexRatio}
   * (males per female in the first group). The first group's migration is part of the ratio;
   * implied births are the first group divided by birth survival.
   */
  record ChildWomanRatio(double ratio, double sexRatio, int motherFrom, int motherTo)
      implements Fertility {
    public ChildWomanRatio {
      if (!(ratio >= 0)) {
        throw new IllegalArgumentException("child-woman ratio must be >= 0, was " + ratio);
      }
      if (!(sexRatio > 0)) {
        throw new IllegalArgumentException("child sex ratio must be positive, was " + sexRatio);
      }
    }
  }
}
