package jp.popvision.scenario;

/**
 * The area a scenario is projected for: its 5-digit 全国地方公共団体コード (or a user's own code), its
 * prefecture and name.
 */
public record AreaInfo(String code, String prefecture, String name) {

  /** How the area is named in messages and titles, e.g. "福岡県朝倉市 (40228)". */
  public String label() {
    return prefecture + name + " (" + code + ")";
  }
}
