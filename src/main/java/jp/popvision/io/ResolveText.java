package jp.popvision.io;

import java.util.List;
import jp.popvision.scenario.ResolveException;

/**
 * The one way a {@link ResolveException} becomes a message: its reason's {@code RESOLVE_} text with
 * its arguments, dataset keys and hints translated, so that no enum name reaches the user.
 */
public final class ResolveText {
  private ResolveText() {}

  public static Msg msg(ResolveException e) {
    return Msg.of(e.reason());
  }

  public static Object[] args(ResolveException e) {
    List<Object> a = e.args();
    if (e.reason() == ResolveException.Reason.AREA_NO_DATASET && a.size() == 3) {
      Msg dataset = a.get(1).equals("ipss-h30") ? Msg.DATASET_IPSS_H30 : Msg.DATASET_CENSUS;
      Object hint =
          a.get(1).equals("ipss-h30")
              ? a.get(2).equals("fukushima") ? Msg.AREA_NO_H30_FUKUSHIMA : Msg.AREA_NO_H30_OTHER
              : "";
      return new Object[] {a.get(0), dataset, hint};
    }
    return a.toArray();
  }

  /** The problem at the scenario key concerned. */
  public static Problem at(ScenarioReader.ScenarioFile file, ResolveException e) {
    return file.problemAt(e.key(), msg(e), args(e));
  }
}
