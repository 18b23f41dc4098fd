package jp.popvision.io;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.popvision.model.Sex;
import jp.popvision.scenario.Plausibility;

/** Texts of {@link Plausibility} warnings, in either language. */
public final class Warnings {
  private Warnings() {}

  /** Most cohorts named in one warning; the rest are counted. */
  static final int MAX_COHORTS = 6;

  public static String text(Plausibility.Warning w, Lang lang) {
    int a = w.periodStart();
    int b = w.periodEnd();
    if (w instanceof Plausibility.Tfr t) {
      return Msg.WARN_TFR.render(
          lang, a, b, f2(t.tfr()), Plausibility.TFR_LOW, Plausibility.TFR_HIGH);
    }
    if (w instanceof Plausibility.SexRatioAtBirth s) {
      return Msg.WARN_SRB.render(
          lang, a, b, f3(s.srb()), Plausibility.SRB_LOW, Plausibility.SRB_HIGH);
    }
    if (w instanceof Plausibility.LifeExpectancy e) {
      return Msg.WARN_E0.render(
          lang,
          a,
          b,
          sex(e.sex()),
          String.format(Locale.ROOT, "%.1f", e.e0()),
          fmt(Plausibility.E0_LOW),
          fmt(Plausibility.E0_HIGH));
    }
    if (w instanceof Plausibility.CohortHalved c) {
      return cohortHalved(c, lang);
    }
    if (w instanceof Plausibility.NearEmpty ne) {
      return nearEmpty(ne, lang);
    }
    if (w instanceof Plausibility.Growth g) {
      return Msg.WARN_GROWTH.render(
          lang,
          b,
          String.format(Locale.ROOT, "%.2f", g.ratio()),
          String.format(Locale.ROOT, "%.2f", Plausibility.GROWTH_HIGH));
    }
    Plausibility.MigrationLimited m = (Plausibility.MigrationLimited) w;
    return Msg.WARN_MIGRATION_LIMITED.render(
        lang,
        a,
        b,
        m.cohorts(),
        String.format(Locale.ROOT, "%,.0f", m.notApplied()),
        String.format(Locale.ROOT, "%,.0f", m.netApplied()));
  }

  private static String cohortHalved(Plausibility.CohortHalved c, Lang lang) {
    List<Plausibility.Cohort> cs = c.cohorts();
    String list =
        cs.stream()
            .limit(MAX_COHORTS)
            .map(
                x ->
                    sex(x.sex()).template(lang)
                        + " "
                        + x.group()
                        + " "
                        + String.format(Locale.ROOT, "-%.0f%%", 100 * x.shareLost()))
            .collect(Collectors.joining(", "));
    if (cs.size() > MAX_COHORTS) {
      list += ", …";
    }
    return Msg.WARN_COHORT_HALVED.render(lang, c.periodStart(), c.periodEnd(), cs.size(), list);
  }

  private static String nearEmpty(Plausibility.NearEmpty ne, Lang lang) {
    String list =
        ne.cohorts().stream()
            .limit(MAX_COHORTS)
            .map(x -> sex(x.sex()).template(lang) + " " + x.group())
            .collect(Collectors.joining(", "));
    if (ne.cohorts().size() > MAX_COHORTS) {
      list += ", …";
    }
    return Msg.WARN_NEAR_EMPTY.render(
        lang, ne.periodEnd(), ne.cohorts().size(), fmt(100 * Plausibility.NEAR_EMPTY), list);
  }

  /** A short code for the manifest. */
  public static String code(Plausibility.Warning w) {
    return w.getClass()
        .getSimpleName()
        .replaceAll("([a-z])([A-Z])", "$1_$2")
        .toLowerCase(Locale.ROOT);
  }

  private static Msg sex(Sex s) {
    return s == Sex.MALE ? Msg.SEX_MALE : Msg.SEX_FEMALE;
  }

  private static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
