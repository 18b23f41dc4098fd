package jp.popvision.io;

import java.util.List;
import jp.popvision.model.MigrationTiming;
import jp.popvision.scenario.Dataset;
import jp.popvision.scenario.KnotPath;
import jp.popvision.scenario.Limits;
import jp.popvision.scenario.MigrationSpec;
import jp.popvision.scenario.ScenarioSpec;

/** Reads the {@code migration:} block of a scenario. */
final class MigrationBlock {
  private MigrationBlock() {}

  private static final List<String> BASES = List.of("census", "register");

  private static final String BASE_S = "census, register";

  private static MigrationSpec.RegisterStated registerStated(KnotPath counts) {
    return new MigrationSpec.RegisterStated(counts, null);
  }

  static MigrationSpec read(YamlFields f) {
    if (f == null) {
      return null;
    }
    String method =
        f.choice(
            "method",
            true,
            null,
            s -> List.of("net-counts", "net-rates", "cohort-change", "zero").contains(s) ? s : null,
            "net-counts, net-rates, cohort-change, zero");
    if (method == null) {
      return null;
    }
    MigrationSpec out;
    switch (method) {
      case "zero" -> {
        f.allow("method");
        out = new MigrationSpec.Zero();
      }
      case "net-counts" -> out = netCounts(f);
      case "net-rates" -> out = netRates(f);
      default -> out = cohortChange(f);
    }
    Integer zeroFrom = f.integer("zero_from", false, null);
    if (zeroFrom != null
        && (zeroFrom % 5 != 0
            || zeroFrom < Limits.BASE_YEAR_MIN
            || zeroFrom > ScenarioSpec.MAX_HORIZON)) {
      f.problem("zero_from", String.valueOf(zeroFrom), Msg.ZERO_FROM);
      zeroFrom = null;
    }
    f.finish();
    if (out != null && zeroFrom != null) {
      out = new MigrationSpec.Switch(out, zeroFrom, new MigrationSpec.Zero());
    }
    return out;
  }

  /** {@code method: net-counts}: a year-value path of net migrants, with its profile and timing. */
  private static MigrationSpec netCounts(YamlFields f) {
    f.allow("method", "net_counts", "profile_year", "timing", "zero_from", "basis");
    KnotPath counts =
        f.path(
            "net_counts",
            -ScenarioReader.NET_COUNT_MAX,
            ScenarioReader.NET_COUNT_MAX,
            Msg.UNIT_NET_COUNTS);
    Integer profile = f.censusYear("profile_year", 2010);
    MigrationTiming timing =
        f.choice(
            "timing",
            false,
            "end",
            s ->
                s.equals("end")
                    ? MigrationTiming.END
                    : s.equals("even") ? MigrationTiming.EVEN : null,
            "end, even");
    MigrationSpec out =
        counts == null || profile == null || timing == null
            ? null
            : new MigrationSpec.NetCounts(counts, profile, timing);
    // basis: `basis: register` (counts as register social change; scenario.AreaInputs)
    String basis = f.choice("basis", false, "census", s -> BASES.contains(s) ? s : null, BASE_S);
    if (out != null && "register".equals(basis)) {
      out = new MigrationSpec.NetCounts(counts, profile, timing, registerStated(counts));
    }
    return out;
  }

  /**
   * {@code method: net-rates}: the residual rates of one census period, optionally scaled to a
   * level.
   */
  private static MigrationSpec netRates(YamlFields f) {
    f.allow("method", "from_year", "zero_from", "level", "basis");
    Integer from = f.censusYear("from_year", 2010);
    Double level =
        f.scalar("level") == null
            ? null
            : f.number(
                "level",
                false,
                -ScenarioReader.NET_COUNT_MAX,
                ScenarioReader.NET_COUNT_MAX,
                "persons per 5 years");
    // basis: `basis: register` (the level as register social change; scenario.AreaInputs)
    String basis = f.choice("basis", false, "census", s -> BASES.contains(s) ? s : null, BASE_S);
    if (level == null && "register".equals(basis)) {
      f.problem("basis", basis, Msg.BASIS_NEEDS_LEVEL);
    }
    MigrationSpec.RegisterLevel register =
        level != null && "register".equals(basis)
            ? new MigrationSpec.RegisterLevel(level, null)
            : null;
    return from == null ? null : new MigrationSpec.NetRates(from, level, register);
  }

  /** {@code method: cohort-change}: cohort change ratios of a source and period. */
  private static MigrationSpec cohortChange(YamlFields f) {
    f.allow("method", "source", "from_year", "zero_from");
    Dataset d = f.choice("source", true, null, Dataset::parse, "census, ipss-h30");
    Integer from = f.censusYear("from_year", null);
    if (d == Dataset.CENSUS && from == null && f.scalar("from_year") == null) {
      f.problem("from_year", null, Msg.COHORT_FROM_YEAR_REQUIRED);
    }
    return d == null ? null : new MigrationSpec.CohortChange(d, from);
  }
}
