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
    BACKTEST_CENSUS,
    BACKTEST_REGISTER,
    // issue 13: knot semantics and solve
    KNOT_AFTER_BASE,
    KNOT_NOT_PERIOD_START,
    RATES_LEVEL
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
