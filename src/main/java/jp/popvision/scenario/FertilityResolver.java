package jp.popvision.scenario;

import java.util.Map;
import java.util.NavigableMap;
import jp.popvision.engine.Estimates;
import jp.popvision.engine.Fertility;
import jp.popvision.engine.Migration;
import jp.popvision.engine.PeriodRates;
import jp.popvision.model.AgeVector;
import jp.popvision.model.MigrationTiming;
import jp.popvision.model.Population;

/**
 * The fertility step of {@link ScenarioResolver}: age-specific rates from a TFR path and an age
 * pattern (WPP 2024 or MHLW), or a child–woman ratio from a population series, for each period; and
 * the closed (no migration) rates that residual migration estimates need. Pure.
 */
final class FertilityResolver {
  private final ResolveContext ctx;

  FertilityResolver(ResolveContext ctx) {
    this.ctx = ctx;
  }

  Fertility fertility(int t) {
    if (ctx.spec.fertility() instanceof FertilitySpec.Tfr f) {
      double tfr =
          SharedHistory.applies(ctx.spec, t) // basis: shared history
              ? SharedHistory.tfr(ctx.data)
              : f.tfr().linearAt(t + ctx.groups.width() / 2.0);
      AgeVector pattern = fertilityPattern(f.agePattern(), t);
      double[] rate = new double[ctx.groups.count()];
      int first = ctx.groups.indexOf(ScenarioResolver.FERTILE_FROM);
      for (int k = 0; k < ScenarioResolver.FERTILE_GROUPS; k++) {
        rate[first + k] = tfr * pattern.get(k) / ctx.groups.width();
      }
      double srb =
          f.sexRatioAtBirth() != null
              ? f.sexRatioAtBirth()
              : ctx.held(
                  ctx.data.wppSrb(),
                  t,
                  "WPP 2024 sex ratios at birth",
                  "fertility.sex_ratio_at_birth");
      return new Fertility.AgeSpecific(AgeVector.of(rate), srb);
    }
    FertilitySpec.ChildWomanRatio c = (FertilitySpec.ChildWomanRatio) ctx.spec.fertility();
    NavigableMap<Integer, Population> source = ctx.series(c.source(), "fertility.source");
    int end = t + ctx.groups.width();
    Population atEnd = source.get(end);
    if (atEnd == null || !source.containsKey(t)) {
      Map.Entry<Integer, Population> last = source.lastEntry();
      if (t < source.firstKey()) {
        throw new ResolveException(
            "fertility.source",
            ResolveException.Reason.SOURCE_STARTS_LATER,
            c.source().key(),
            source.firstKey(),
            t);
      }
      ctx.notes.add(Note.of(Note.Kind.CWR_HELD, c.source().key(), last.getKey()));
      atEnd = last.getValue();
    }
    Fertility.ChildWomanRatio ratio = Estimates.childWomanRatio(atEnd);
    if (c.tfr() == null || SharedHistory.applies(ctx.spec, t)) { // basis: shared history
      return ratio;
    }
    double scale = c.tfr().linearAt(t + ctx.groups.width() / 2.0) / c.tfr().knots().get(0).value();
    return new Fertility.ChildWomanRatio(
        ratio.ratio() * scale, ratio.sexRatio(), ratio.motherFrom(), ratio.motherTo());
  }

  AgeVector fertilityPattern(String name, int t) {
    if (name.equals("wpp2024")) {
      return ctx.held(
          ctx.data.wppFertilityPattern(),
          t,
          "WPP 2024 fertility patterns",
          "fertility.age_pattern");
    }
    int year = Integer.parseInt(name.substring("mhlw-".length()));
    AgeVector p = ctx.data.mhlwFertilityPattern().get(year);
    if (p == null) {
      throw new ResolveException(
          "fertility.age_pattern",
          ResolveException.Reason.NO_MHLW_PATTERN,
          year,
          "mhlw-"
              + String.join(
                  ", mhlw-",
                  ctx.data.mhlwFertilityPattern().keySet().stream()
                      .sorted()
                      .map(String::valueOf)
                      .toList()));
    }
    return p;
  }

  /** Rates for the census period starting {@code t} without migration, for residual estimates. */
  PeriodRates closedRates(int t) {
    LifeTable table = ctx.lifeTable(t);
    Fertility fert;
    if (ctx.spec.fertility() instanceof FertilitySpec.Tfr) {
      fert = fertility(t);
    } else {
      fert =
          Estimates.childWomanRatio(
              ctx.population(Dataset.CENSUS, t + ctx.groups.width(), "migration"));
    }
    return new PeriodRates(
        t,
        ctx.survivalMale(table),
        ctx.survivalFemale(table),
        fert,
        new Migration.None(),
        MigrationTiming.END);
  }
}
