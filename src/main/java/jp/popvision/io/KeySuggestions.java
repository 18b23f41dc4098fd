package jp.popvision.io;

import java.util.List;
import java.util.Locale;
import jp.popvision.io.YamlTree.Entry;

/**
 * Keys that a scenario mapping does not allow: the problem, with the nearest allowed key by edit
 * distance when it is close enough to be a typo, and the list of allowed keys.
 */
final class KeySuggestions {
  private KeySuggestions() {}

  /** Reports {@code e} (dotted key {@code where}) as not one of {@code allowed}. */
  static void unknownKey(Problems problems, Entry e, String where, List<String> allowed) {
    String near = nearest(e.key(), allowed);
    if (near != null) {
      problems.addIn(
          e.file(),
          e.line(),
          e.column(),
          where,
          null,
          Msg.UNKNOWN_KEY_SUGGEST,
          near,
          String.join(", ", allowed));
    } else {
      problems.addIn(
          e.file(), e.line(), e.column(), where, null, Msg.UNKNOWN_KEY, String.join(", ", allowed));
    }
  }

  /** The allowed key closest to {@code key} by edit distance, if close enough to be a typo. */
  static String nearest(String key, List<String> allowed) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String a : allowed) {
      int d = editDistance(key.toLowerCase(Locale.ROOT), a);
      if (d < bestD) {
        bestD = d;
        best = a;
      }
    }
    return best != null && bestD <= Math.max(2, best.length() / 3) ? best : null;
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
