package jp.popvision.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that is well-formed but cannot be resolved against the data, at a key. It carries a
 * {@link Reason} and its arguments; the text is written where it is shown (io.Msg has the texts
 * under {@code RESOLVE_} + the reason's name).
 */
public final class ResolveException extends RuntimeException {
  /** Why a scenario cannot be resolved. */
  public enum Reason {
    /** A free English sentence (the only argument). */
    TEXT,
    HORIZON,
    NO_OBSERVED,
    NO_POPULATION,
    TABLE_STARTS_LATER,
    NO_MHLW_PATTERN,
    SOURCE_STARTS_LATER,
    NO_TWO_YEARS,
    PROFILE_NEAR_ZERO,
    CALIBRATION_OUTSIDE,
    CALIBRATION_METHOD,
    CALIBRATION_UNREACHABLE,
    CALIBRATION_AGES_UNREACHABLE,
    BACKTEST_CENSUS,
    BACKTEST_REGISTER,
    // ---- issue 14: the levers' own reasons (formerly free text)
    SRB_POSITIVE,
    E0_SHIFT_FINITE,
    E0_SHIFT_TABLE,
    TFR_LEVER_METHOD,
    SRB_LEVER_METHOD,
    TFR_LEVEL_FINITE,
    TFR_PATH_FLAT,
    TFR_BELOW_ZERO,
    MIGRATION_LEVER_METHOD,
    MIGRATION_LEVEL_FINITE,
    // issue 13: knot semantics and solve
    KNOT_AFTER_BASE,
    KNOT_NOT_PERIOD_START,
    RATES_LEVEL,
    // issue 10: areas
    /** A derived input is needed but the scenario names no area (a base.file alone). */
    NO_AREA,
    /** The area has no rows in a dataset the scenario needs (its label, the dataset, a hint). */
    AREA_NO_DATASET,
    /** The area has no resident register (its label). */
    AREA_NO_REGISTER,
    /** area label: a TFR knot {@code area} for an area without a Bayesian TFR estimate. */
    AREA_NO_TFR,
    /** An age group without persons makes a derived rate undefined (area, years). */
    EMPTY_GROUP
  }

  private final String key;
  private final Reason reason;
  private final List<Object> args;

  /** A problem at {@code key} described by an English sentence. */
  public ResolveException(String key, String message) {
    super(message);
    this.key = key;
    this.reason = Reason.TEXT;
    this.args = List.of(message);
  }

  public ResolveException(String key, Reason reason, Object... args) {
    super(
        reason + " " + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(", ")));
    this.key = key;
    this.reason = reason;
    this.args = Arrays.stream(args).map(a -> a == null ? (Object) "" : a).toList();
  }

  /** The scenario key the problem is about, e.g. {@code base.year}. */
  public String key() {
    return key;
  }

  public Reason reason() {
    return reason;
  }

  /** The arguments of the reason (numbers formatted, names as text). */
  public List<Object> args() {
    return args;
  }
}
