package jp.popvision.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The areas popvision can project: every municipality of Japan on 2015 boundaries ({@code
 * data/municipalities/areas.csv}) and a user's own areas ({@code area_data:} directories laid out
 * the same way). An area is found by its code, its name or its prefecture and name.
 */
public final class AreaCatalog {
  private static final Pattern CODE_FORM = Pattern.compile("[0-9A-Za-z_-]{1,16}");
  private static final Pattern PREFECTURE_CODE = Pattern.compile("\\d{1,2}");
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  /** The shipped catalog's directory under the data directory. */
  public static final String DIR = "municipalities";

  public static final String AREAS = "areas.csv";
  public static final String CENSUS = "census_age5_sex_1980_2015.csv";
  public static final String IPSS_H30 = "ipss_h30_2018_age5_sex_2015_2045.csv";
  public static final String IPSS_R5 = "ipss_r5_2023_totals_2020_2050.csv";
  public static final String TFR = "tfr_bayes_2008_2012.csv";

  /**
   * One area: code, prefecture and name; IPSS 2023's kind (1 政令市, 2 市, 3 町村, 0 ward; empty if not
   * in IPSS 2023); whether IPSS 2018 and 2023 have it; the directory holding its rows.
   */
  public record Area(
      String code,
      String prefecture,
      String name,
      String kind,
      boolean inIpssH30,
      boolean inIpssR5,
      Path dir) {

    /** How the area is named in messages, e.g. "福岡県朝倉市 (40228)". */
    public String label() {
      return prefecture + name + " (" + code + ")";
    }

    /** The 2-digit prefecture code. */
    public String prefectureCode() {
      return code.length() >= 2 ? code.substring(0, 2) : code;
    }
  }

  /** Why a query names no single area: the message and its arguments. */
  public static final class NotFound extends Exception {
    private final transient Msg msg;
    private final transient Object[] args;

    NotFound(Msg msg, Object... args) {
      super(msg.name());
      this.msg = msg;
      this.args = args;
    }

    public Msg msg() {
      return msg;
    }

    public Object[] args() {
      return args.clone();
    }
  }

  private final Map<String, Area> byCode;

  private AreaCatalog(Map<String, Area> byCode) {
    this.byCode = byCode;
  }

  /**
   * The shipped catalog of {@code dataDir} and then each user directory; a user's area replaces a
   * shipped one of the same code.
   */
  public static AreaCatalog read(Path dataDir, List<Path> userDirs) throws InputException {
    Map<String, Area> all = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    if (dataDir != null) {
      dirs.add(dataDir.resolve(DIR));
    }
    dirs.addAll(userDirs);
    for (Path dir : dirs) {
      try {
        readInto(dir, all);
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new AreaCatalog(all);
  }

  private static void readInto(Path dir, Map<String, Area> all) throws InputException {
    AreaRows t = AreaRows.read(dir.resolve(AREAS), null, "area_code", "prefecture", "name");
    Problems p = new Problems(t.shown());
    boolean shipped = dir.getFileName() != null && dir.getFileName().toString().equals(DIR);
    for (int r = 0; r < t.rows(); r++) {
      String code = t.get(r, "area_code");
      String name = t.get(r, "name");
      if (!CODE_FORM.matcher(code).matches()) {
        p.add(t.line(r), 0, "area_code", code, Msg.AREA_CODE_FORM);
        continue;
      }
      if (name.isEmpty()) {
        p.add(t.line(r), 0, "name", name, Msg.AREA_NAME_EMPTY);
        continue;
      }
      boolean h30 =
          t.has("in_ipss_h30")
              ? t.get(r, "in_ipss_h30").equals("yes")
              : Files.isRegularFile(dir.resolve(IPSS_H30));
      boolean r5 =
          t.has("in_ipss_r5")
              ? t.get(r, "in_ipss_r5").equals("yes")
              : Files.isRegularFile(dir.resolve(IPSS_R5));
      if (!shipped) {
        h30 &= Files.isRegularFile(dir.resolve(IPSS_H30));
        r5 &= Files.isRegularFile(dir.resolve(IPSS_R5));
      }
      String kind = t.has("kind_ipss_r5") ? t.get(r, "kind_ipss_r5") : "";
      all.put(code, new Area(code, t.get(r, "prefecture"), name, kind, h30, r5, dir));
    }
    p.throwIfAny();
  }

  /** Every area, shipped first, in file order. */
  public List<Area> all() {
    return List.copyOf(byCode.values());
  }

  /** The area with this code, or null. */
  public Area byCode(String code) {
    return byCode.get(normalCode(code));
  }

  /**
   * The one area {@code query} names: a code ({@code 40228}; 4 digits are read with a leading
   * zero), a name ({@code 朝倉市}) or prefecture and name ({@code 福岡県朝倉市}).
   */
  public Area find(String query) throws NotFound {
    String q = normal(query);
    Area a = byCode.get(normalCode(q));
    if (a != null) {
      return a;
    }
    List<Area> hits = new ArrayList<>();
    for (Area x : byCode.values()) {
      if (normal(x.name()).equals(q) || normal(x.prefecture() + x.name()).equals(q)) {
        hits.add(x);
      }
    }
    if (hits.size() == 1) {
      return hits.get(0);
    }
    if (hits.size() > 1) {
      throw new NotFound(Msg.AREA_AMBIGUOUS, query, candidates(hits));
    }
    List<Area> near = search(query);
    if (!near.isEmpty() && near.size() <= 10) {
      throw new NotFound(Msg.AREA_UNKNOWN_DID_YOU_MEAN, query, candidates(near));
    }
    throw new NotFound(Msg.AREA_UNKNOWN, query);
  }

  /**
   * The areas {@code query} names as a group: {@code all}, a prefecture by its 2-digit code or its
   * name ({@code 40}, {@code 福岡県}); null when it names none (then it may name one area).
   */
  public List<Area> group(String query) {
    String q = normal(query);
    if (q.equals("all")) {
      return all();
    }
    String prefectureCode = PREFECTURE_CODE.matcher(q).matches() ? pad(q, 2) : null;
    Map<String, String> normalPrefecture = new HashMap<>(); // 47 names, 1,741 areas
    List<Area> out = new ArrayList<>();
    for (Area a : byCode.values()) {
      boolean code = prefectureCode != null && a.prefectureCode().equals(prefectureCode);
      if (code || normalPrefecture.computeIfAbsent(a.prefecture(), AreaCatalog::normal).equals(q)) {
        out.add(a);
      }
    }
    return out.isEmpty() ? null : out;
  }

  /** Areas whose code, name or prefecture + name contains {@code query}; all for an empty one. */
  public List<Area> search(String query) {
    String q = normal(query == null ? "" : query);
    List<Area> out = new ArrayList<>();
    for (Area a : byCode.values()) {
      if (q.isEmpty() || a.code().startsWith(q) || normal(a.prefecture() + a.name()).contains(q)) {
        out.add(a);
      }
    }
    return out;
  }

  private static String candidates(List<Area> hits) {
    List<String> c = new ArrayList<>();
    for (Area h : hits) {
      c.add(h.code() + " " + h.prefecture() + h.name());
    }
    return String.join(", ", c);
  }

  private static String normal(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC)
        .strip()
        .toLowerCase(java.util.Locale.ROOT)
        .replace(" ", "");
  }

  /** A code as written: 4 digits get their leading zero back (YAML reads 01100 as 1100). */
  static String normalCode(String s) {
    String q = normal(s);
    return FOUR_DIGITS.matcher(q).matches() ? "0" + q : q;
  }

  private static String pad(String s, int n) {
    return "0".repeat(Math.max(0, n - s.length())) + s;
  }
}
