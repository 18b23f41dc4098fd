package jp.popvision.io;

import java.util.regex.Pattern;
import jp.popvision.io.YamlTree.Kind;
import jp.popvision.io.YamlTree.Scalar;
import jp.popvision.scenario.Dataset;
import jp.popvision.scenario.FertilitySpec;
import jp.popvision.scenario.KnotPath;
import jp.popvision.scenario.MortalitySpec;

/** Reads the {@code fertility:} and {@code mortality:} blocks of a scenario. */
final class FertilityBlock {
  private FertilityBlock() {}

  private static final Pattern MHLW = Pattern.compile("mhlw-(\\d{4})");

  static FertilitySpec fertility(YamlFields f) {
    if (f == null) {
      return null;
    }
    String method =
        f.choice(
            "method",
            true,
            null,
            s -> s.equals("tfr") || s.equals("child-woman-ratio") ? s : null,
            "tfr, child-woman-ratio");
    if ("child-woman-ratio".equals(method)) {
      f.allow("method", "source", "tfr");
      Dataset d = f.choice("source", false, "ipss-h30", Dataset::parse, "ipss-h30, census");
      KnotPath tfr =
          f.map.entries().containsKey("tfr")
              ? f.path("tfr", ScenarioReader.TFR_MIN, ScenarioReader.TFR_MAX, Msg.UNIT_TFR)
              : null;
      f.finish();
      return d == null ? null : new FertilitySpec.ChildWomanRatio(d, tfr);
    }
    if (method == null) {
      return null;
    }
    f.allow("method", "tfr", "age_pattern", "sex_ratio_at_birth");
    KnotPath tfr = f.path("tfr", ScenarioReader.TFR_MIN, ScenarioReader.TFR_MAX, Msg.UNIT_TFR);
    String pattern = f.string("age_pattern", false, "wpp2024");
    if (pattern != null && !pattern.equals("wpp2024") && !MHLW.matcher(pattern).matches()) {
      f.problem("age_pattern", pattern, Msg.AGE_PATTERN);
    }
    Double srb = null;
    Scalar s = f.scalar("sex_ratio_at_birth");
    if (s != null) {
      if (s.kind() == Kind.STRING && s.text().equals("wpp2024")) {
        srb = null;
      } else if (s.isNumber()) {
        srb = s.number();
        if (!(srb >= ScenarioReader.SRB_MIN && srb <= ScenarioReader.SRB_MAX)) {
          f.problem(
              "sex_ratio_at_birth",
              s.text(),
              Msg.SRB_RANGE,
              ScenarioReader.SRB_MIN,
              ScenarioReader.SRB_MAX);
          srb = null;
        }
      } else {
        f.problem("sex_ratio_at_birth", s.text(), Msg.SRB_TYPE);
      }
    }
    f.finish();
    return tfr == null ? null : new FertilitySpec.Tfr(tfr, pattern, srb);
  }

  static MortalitySpec mortality(YamlFields f) {
    if (f == null) {
      return new MortalitySpec("wpp2024");
    }
    f.allow("life_table");
    String t =
        f.choice("life_table", false, "wpp2024", s -> s.equals("wpp2024") ? s : null, "wpp2024");
    f.finish();
    return new MortalitySpec(t == null ? "wpp2024" : t);
  }
}
