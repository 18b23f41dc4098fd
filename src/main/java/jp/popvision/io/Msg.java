package jp.popvision.io;

import java.util.List;

/**
 * Every message popvision shows about its inputs and outputs, in English and Japanese. A {@link
 * Problem} carries one of these with its arguments; the text is chosen only when it is shown
 * ({@link Problem#format(Lang)}), so the readers never decide the language.
 *
 * <p>Templates hold {@code {0}}, {@code {1}}, … for the arguments, with no other special
 * characters. An argument that is itself a {@code Msg} (or a {@link Text}) is rendered in the same
 * language, so that units and descriptions are translated too. Both texts of a constant use the
 * same placeholders (tested).
 *
 * <p>This file is over the usual size on purpose: it is the one catalogue of texts, one entry per
 * key with its English and Japanese side by side; split by area, the texts (and the check that
 * every key has both languages with the same placeholders) would be scattered over many files.
 */
public enum Msg {
  // ---- free text (compatibility: problems built from an English sentence)
  TEXT("{0}", "{0}"),

  // ---- files
  FILE_NOT_FOUND("file not found", "ファイルが見つかりません"),
  SCENARIO_NOT_FOUND("scenario file not found", "シナリオファイルが見つかりません"),
  CANNOT_READ("cannot read: {0}", "読み込めません: {0}"),
  CANNOT_LIST("cannot list the directory: {0}", "フォルダの中身を一覧できません: {0}"),
  FILE_EMPTY("the file is empty", "ファイルが空です"),
  FILE_TOO_LARGE("the file is larger than {0}; {1}", "ファイルが {0} を超えています。{1}"),
  TOO_LARGE_SCENARIO("a scenario is a short YAML file", "シナリオは短い YAML ファイルです"),
  TOO_LARGE_CSV(
      "a population table by sex and 5-year age group is much smaller", "男女・5歳階級別の人口表はずっと小さいはずです"),
  BINARY(
      "binary data (a NUL byte on this line), not a text file",
      "バイナリデータです(この行に NUL バイト)。テキストファイルではありません"),
  CONTROL_CHARACTER(
      "control character U+{0} on this line; not a text file or damaged",
      "この行に制御文字 U+{0} があります。テキストファイルでないか、壊れています"),
  SCENARIO_NOT_UTF8(
      "not valid UTF-8 text (first bad byte on this line); save the scenario as UTF-8",
      "UTF-8 のテキストとして読めません(この行に不正なバイト)。シナリオは UTF-8 で保存してください"),

  // ---- encodings of CSV files
  ENCODING_UNDECODABLE(
      "cannot be read as UTF-8 or as Shift_JIS (first undecodable byte on this line); save the"
          + " file as \"CSV UTF-8\" in Excel",
      "UTF-8 としても Shift_JIS としても読めません(この行に読めないバイト)。Excel で「CSV UTF-8」形式で保存してください"),
  ENCODING_BROKEN_UTF8(
      "UTF-8 text with invalid bytes (first on this line); the file is damaged or mixes"
          + " encodings: save it again as \"CSV UTF-8\"",
      "UTF-8 のテキストに不正なバイトがあります(最初はこの行)。ファイルが壊れているか文字コードが混在しています。「CSV UTF-8」で保存し直してください"),
  DATA_NOT_UTF8(
      "not valid UTF-8 text (first bad byte on this line); the data files are UTF-8",
      "UTF-8 のテキストとして読めません(この行に不正なバイト)。データファイルは UTF-8 です"),
  ENCODING_NOT_AS_DECLARED(
      "not valid {0} text as declared by base.encoding (first bad byte on this line)",
      "base.encoding で指定された {0} として読めません(この行に不正なバイト)"),
  ENCODING_DECLARED_SJIS_IS_UTF8(
      "declared shift_jis by base.encoding, but the file is UTF-8 text (reading it as Shift_JIS"
          + " would garble it); set base.encoding: utf-8 or leave it out",
      "base.encoding は shift_jis ですが、ファイルは UTF-8 です(Shift_JIS として読むと文字化けします)。base.encoding: utf-8 にするか、指定を外してください"),

  // ---- YAML
  YAML_EMPTY(
      "the file is empty; a scenario is a YAML mapping of keys (key: value)",
      "ファイルが空です。シナリオは「キー: 値」を並べた YAML のマッピングです"),
  YAML_SYNTAX("not valid YAML: {0}", "YAML として正しくありません: {0}"),
  YAML_TOO_DEEP(
      "nested more than {0} levels deep; a scenario has at most three",
      "入れ子が {0} 段を超えています。シナリオの入れ子は 3 段までです"),
  YAML_DUPLICATE_KEY(
      "duplicate key (first at line {0}); each key may appear once",
      "キーが重複しています(最初は {0} 行目)。同じキーは一度しか書けません"),
  YAML_ALIAS(
      "YAML anchors and aliases (&name, *name) are not supported; write the value out ({0} found"
          + " in the file)",
      "YAML のアンカーとエイリアス(&名前, *名前)は使えません。値をそのまま書いてください(ファイル中に {0} 個)"),
  NOT_A_MAPPING("must be a mapping of keys (key: value)", "「キー: 値」のマッピングで書いてください"),

  // ---- scenario keys
  EXTENDS_CYCLE("scenarios extend each other in a cycle: {0}", "シナリオの extends が循環しています: {0}"),
  EXTENDS_DEPTH("more than {0} scenarios extend each other", "extends の連鎖が {0} 段を超えています"),
  EXTENDS_NOT_FOUND(
      "scenario file not found (resolved to {0}); the path is relative to this file",
      "シナリオファイルが見つかりません({0})。パスはこのファイルからの相対パスです"),
  EXTENDS_NOT_PATH("must be the path of another scenario file", "別のシナリオファイルのパスを書いてください"),
  EXTENDS_NEEDS_NAME(
      "a scenario that extends another needs its own name",
      "extends で他のシナリオを引き継ぐシナリオには、独自の name が必要です"),
  NAME_PATTERN(
      "must be 1–64 letters, digits, '-' or '_', starting with a letter or digit (it names the"
          + " output directory)",
      "英字・数字・'-'・'_' の 1〜64 文字で、英字か数字で始めてください(出力フォルダ名になります)"),
  NAME_RESERVED(
      "is a reserved device name on Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9) and cannot name"
          + " the output directory; choose another name",
      "Windows の予約名(CON, PRN, AUX, NUL, COM1〜9, LPT1〜9)なので出力フォルダ名に使えません。別の名前にしてください"),
  NAME_SHARED(
      "two scenarios share this name (ignoring case); names must differ in a comparison",
      "同じ名前(大文字・小文字の違いを除く)のシナリオが 2 つあります。比較するシナリオの名前は別々にしてください"),
  HORIZON_RANGE("must be a multiple of 5 from {0} to {1}", "{0}〜{1} の 5 の倍数にしてください"),
  DATA_DIR_NOT_FOUND("directory not found (resolved to {0})", "フォルダが見つかりません({0})"),
  DATA_DIR_NONE(
      "no data directory found above the scenario file; set data_dir to the popvision data"
          + " directory",
      "シナリオファイルの上の階層に data フォルダが見つかりません。data_dir に popvision の data フォルダを指定してください"),
  CALIBRATION_YEAR(
      "must be a census year after the base year {0} (a multiple of 5)",
      "基準年 {0} より後の国勢調査年(5 の倍数)にしてください"),
  BASE_YEAR(
      "must be a census year: a multiple of 5 from 1980 to 2045",
      "国勢調査年(1980〜2045 の 5 の倍数)にしてください"),
  BASE_FILE_AND_DATASET(
      "base.file and base.dataset exclude each other; give one of them",
      "base.file と base.dataset は同時に指定できません。どちらか一方にしてください"),
  BASE_FILE_NOT_FOUND(
      "file not found (resolved to {0}); the path is relative to the scenario file",
      "ファイルが見つかりません({0})。パスはシナリオファイルからの相対パスです"),
  PATH_INVALID(
      "is not a valid file path (it contains a character such as NUL that no path may hold)",
      "ファイルのパスとして使えません(NUL などパスに使えない文字を含んでいます)"),
  BASE_ENCODING_WITHOUT_FILE("applies only to base.file", "base.file を指定したときだけ使えます"),
  CHOICE("must be one of: {0}", "次のいずれかにしてください: {0}"),
  AGE_PATTERN(
      "must be wpp2024 or mhlw-YYYY (e.g. mhlw-2018)", "wpp2024 か mhlw-YYYY(例: mhlw-2018)にしてください"),
  SRB_RANGE(
      "must be wpp2024 or males per female births from {0} to {1}",
      "wpp2024 か、女児 1 に対する男児の数 {0}〜{1} にしてください"),
  SRB_TYPE("must be wpp2024 or a number such as 1.05", "wpp2024 か 1.05 のような数値にしてください"),
  COHORT_FROM_YEAR_REQUIRED(
      "required with source census: the first year of the period, e.g. 2010",
      "source が census のときは必須です: 期間の始めの年(例: 2010)"),
  BASIS_NEEDS_LEVEL(
      "with method net-rates, basis register applies to a level: give level (register social"
          + " change per 5 years) or remove basis",
      "method が net-rates のとき、basis: register は level に対して使います。level(住民基本台帳の5年あたり社会増減数)を書くか、basis を削除してください"),
  ZERO_FROM(
      "must be the start year of a period (a multiple of 5 from 1980 to 2120) from which net"
          + " migration is zero",
      "純移動をゼロにする期間の始めの年(1980〜2120 の 5 の倍数)にしてください"),
  MISSING_TEXT("missing required key: a text value", "必須のキーがありません(文字列)"),
  MISSING_NUMBER("missing required key: a whole number", "必須のキーがありません(整数)"),
  MISSING_MAPPING(
      "missing required key: a mapping (see README, Scenario file)",
      "必須のキーがありません(マッピング。README の「Scenario file」を参照)"),
  MISSING_PATH(
      "missing required key: a mapping of year: value ({0}), e.g. 2015: 1.44",
      "必須のキーがありません(「年: 値」のマッピング、単位は{0}。例: 2015: 1.44)"),
  COUNT_TYPE("must be a number of persons without quotes", "人数を引用符なしの数値で書いてください"),
  COUNT_RANGE("must be a finite number of persons, 0 or more", "0 以上の有限の人数にしてください"),
  SINGLE_VALUE("must be a single value, not {0}", "値を 1 つだけ書いてください({0}ではなく)"),
  TEXT_REQUIRED("must be a non-empty text", "空でない文字列にしてください"),
  INT_RANGE("whole number out of range", "整数が大きすぎます"),
  INT_TYPE("must be a whole number (without quotes), not {0}", "引用符なしの整数にしてください({0}ではなく)"),
  CENSUS_YEAR(
      "must be a census year with a census 5 years later: 1980, 1985, …, 2010",
      "5 年後にも国勢調査がある年(1980, 1985, …, 2010)にしてください"),
  PATH_NOT_MAPPING(
      "must be a non-empty mapping of year: value ({0}), e.g. 2015: 1.44",
      "「年: 値」のマッピングで書いてください(単位は{0}。例: 2015: 1.44)"),
  PATH_KEY_NOT_YEAR("keys must be years such as 2020", "キーは 2020 のような年にしてください"),
  PATH_YEAR_RANGE("year must be from {0} to {1}", "年は {0}〜{1} にしてください"),
  PATH_YEAR_ORDER("years must increase (after {0})", "年は昇順に並べてください({0} の後)"),
  PATH_VALUE_TYPE("must be a number ({0}) without quotes", "引用符なしの数値にしてください(単位は{0})"),
  PATH_VALUE_RANGE("must be from {0} to {1} ({2})", "{0}〜{1} にしてください(単位は{2})"),
  UNKNOWN_KEY_SUGGEST(
      "unknown key; did you mean '{0}'? Allowed here: {1}", "不明なキーです。'{0}' のことですか? ここで使えるキー: {1}"),
  UNKNOWN_KEY("unknown key. Allowed here: {0}", "不明なキーです。ここで使えるキー: {0}"),
  UNIT_TFR("children per woman", "女性 1 人あたりの子ども数"),
  UNIT_NET_COUNTS("persons per 5 years", "5 年あたりの人数"),
  DESC_MAPPING("a mapping", "マッピング"),
  DESC_LIST("a list", "リスト"),
  DESC_TEXT("the text '{0}'", "文字列 '{0}'"),
  DESC_EMPTY("an empty value", "空の値"),
  DESC_BOOLEAN("a true/false value", "真偽値"),
  DESC_NUMBER("the number {0}", "数値 {0}"),

  // ---- CSV tables
  CSV_TOO_MANY_CELLS(
      "the row has {0} cells but the header {1}; a number with a thousands separator must be"
          + " quoted (\"1,234\") or written without it",
      "この行はセルが {0} 個ありますが、見出し行は {1} 個です。桁区切りのある数値は引用符で囲む(\"1,234\")か、区切りなしで書いてください"),
  CSV_UNCLOSED_QUOTE(
      "a quoted cell (\"…) starts on this line and is not closed before the end of the file",
      "この行で始まる引用符付きのセル(\"…)が、ファイルの最後まで閉じられていません"),
  CSV_TEXT_AFTER_QUOTE(
      "text after the closing quote of a quoted cell; only a comma or the end of the line may follow"
          + " it (write a quote inside a quoted cell as \"\")",
      "引用符付きのセルの閉じ引用符の後に文字があります。閉じ引用符の後はカンマか行末にしてください(セル内の引用符は \"\" と書きます)"),
  CSV_DUPLICATE_COLUMN("duplicate column in the header", "見出し行に同じ列名が 2 回あります"),
  CSV_MISSING_COLUMN(
      "missing column; the header (first line) must include {0}", "列がありません。見出し行(1 行目)に {0} が必要です"),
  CSV_INT("must be a whole number", "整数にしてください"),
  CSV_NUMBER("must be a number", "数値にしてください"),
  CSV_NUMBER_RANGE("must be a finite number from {0} to {1}", "{0}〜{1} の有限の数値にしてください"),
  SEX_VALUES(
      "must be male, female or total (男, 女, 総数 / 合計 are accepted too)",
      "male, female, total のいずれかにしてください(男, 女, 総数 / 合計 も可)"),
  AGE_EMPTY(
      "empty; only total and age-unknown rows may omit the age", "空です。年齢を省略できるのは合計行と年齢不詳の行だけです"),
  AGE_FROM_GROUP("must be one of 0, 5, …, {0}", "0, 5, …, {0} のいずれかにしてください"),
  AGE_TO_OPEN("must be empty for the open group {0}", "最後の階級 {0} では空欄にしてください"),
  AGE_TO("must be {0}", "{0} にしてください"),
  AGE_WIDTH(
      "the age group {0}–{1} is {2} years wide; popvision projects in {3}-year steps and needs"
          + " the groups 0–4, 5–9, …, {4}+ (aggregate the table first; {5} row(s) like this)",
      "年齢階級 {0}〜{1} は {2} 歳幅です。popvision は {3} 年ごとに推計するため、0〜4, 5〜9, …, {4}歳以上の階級が必要です(先に集計してください。このような行が {5} 行)"),
  DUPLICATE_AGE(
      "duplicate age group {0} for {1} {2} (first on line {3})",
      "{1} {2} 年の年齢階級 {0} が重複しています(最初は {3} 行目)"),
  NO_SEX_ROWS("no {0} rows for {1}", "{1} 年の {0} の行がありません"),
  MISSING_AGES("missing age groups {0} for {1} {2}", "{1} {2} 年の年齢階級 {0} がありません"),
  TOTAL_ROW_MISMATCH(
      "total row does not equal the sum of the age groups and age unknown ({0}); a group is"
          + " missing, wrong or counted twice",
      "合計行が各年齢階級と年齢不詳の和({0})と一致しません。欠けている・誤っている・二重に数えている階級があります"),
  TOTAL_SEX_MISMATCH(
      "total of both sexes does not equal male + female ({0})", "男女計が男と女の和({0})と一致しません"),
  NO_POPULATION_ROWS("no population rows", "人口の行がありません"),
  REGISTER_PERIOD(
      "must contain (YYYY-MM-DD..YYYY-MM-DD)", "(YYYY-MM-DD..YYYY-MM-DD) の形の期間を含めてください"),
  TOTAL_NOT_SUM3("does not equal the sum of the three age groups ({0})", "3 区分の年齢の和({0})と一致しません"),
  LIFE_SEX("must be male, female or both", "male, female, both のいずれかにしてください"),
  LIFE_NO_SEX("no {0} life table for {1}", "{1} 年の {0} の生命表がありません"),
  LIFE_POSITIVE(
      "must be a positive number (person-years lived; a survival ratio divides by it)",
      "正の数にしてください(生存延べ年数。生残率の分母になります)"),
  LIFE_AGE_ORDER("expected age {0} (rows in age order)", "年齢 {0} の行のはずです(年齢順に並べてください)"),
  LIFE_NLX_INCREASES(
      "nLx grows from {0} at age {1}: the survival ratio would be {2} > 1 (nLx must not"
          + " increase with age)",
      "nLx が {1} 歳の {0} より大きくなっています。生残率が {2} > 1 になります(nLx は年齢とともに増えてはいけません)"),
  AGE_FERTILE("must be one of 15, 20, …, 45", "15, 20, …, 45 のいずれかにしてください"),
  PATTERN_ZERO("fertility pattern for {0} sums to zero", "{0} 年の出生率の年齢パターンの和がゼロです"),
  PATTERN_SUM(
      "fertility pattern for {0} sums to {1}, not {2} (allowed difference {3})",
      "{0} 年の出生率の年齢パターンの和が {1} で、{2} になりません(許容差 {3})"),

  // ---- sensitivity: and uncertainty: blocks
  SENS_SRB_PAIR(
      "give two sex ratios at birth, low and high, e.g. [1.03, 1.07]",
      "出生性比を低い値と高い値の 2 つ書いてください(例: [1.03, 1.07])"),
  SENS_STEP_POSITIVE(
      "steps must be positive (each is tried as - and +)", "刻みは正の値にしてください(それぞれ − と + の両方を試します)"),
  RANGE_FROM_TO("must be from {0} to {1}", "{0}〜{1} にしてください"),
  RANGE_FROM_TO_UNIT("must be from {0} to {1} ({2})", "{0}〜{1} にしてください({2})"),
  UNC_TFR_METHOD(
      "needs fertility.method: tfr (deviations are added to the period TFR)",
      "fertility.method: tfr が必要です(各期間の合計特殊出生率に偏差を加えます)"),
  UNC_MIGRATION_METHOD(
      "needs migration.method: net-counts (deviations are added to the net migrants per 5 years)",
      "migration.method: net-counts が必要です(5 年ごとの純移動数に偏差を加えます)"),
  UNC_NONE(
      "give at least one of tfr, net_migration, e0 (each with sd and autocorrelation)",
      "tfr, net_migration, e0 の少なくとも 1 つを書いてください(それぞれ sd と autocorrelation)"),
  INT_NONNEGATIVE("must be a whole number >= 0", "0 以上の整数にしてください"),
  MISSING_NUMBER_UNIT("missing required key: a number ({0})", "必須のキーがありません(数値、{0})"),
  NUMBER_TYPE_UNIT(
      "must be a number ({0}) without quotes, not {1}", "引用符なしの数値({0})にしてください({1}ではなく)"),
  YEARS_LIST(
      "each year must be a multiple of 5 after the base year and at most the horizon{0}",
      "各年は基準年より後の 5 の倍数で、推計の最終年以下にしてください{0}"),
  LIST_EMPTY(
      "must list at least one number ({0}), e.g. [1, 2]", "数値({0})を 1 つ以上並べてください(例: [1, 2])"),
  LIST_ITEM_TYPE("must be a number ({0}) without quotes", "引用符なしの数値({0})にしてください"),
  LIST_ITEM_WHOLE("must be a whole number ({0}) without quotes", "引用符なしの整数({0})にしてください"),

  // ---- outputs and the command line
  OUT_NOT_DIR("exists and is not a directory", "既にあり、フォルダではありません"),
  OUT_NOT_OURS(
      "exists, is not empty and was not written by popvision (no valid {0}); popvision never"
          + " replaces or deletes files it did not write, with --force neither: choose a new or"
          + " empty {1}",
      "既にあり、空でなく、popvision が書いたものではありません(有効な {0} がない)。popvision は自分が書いていないファイルを置き換えたり消したりしません(--force でも同じです)。新しいか空のフォルダを {1} に指定してください"),
  OUT_CANNOT_WRITE(
      "cannot write the outputs here: {0}; nothing was changed", "ここに出力を書けません: {0}。何も変更していません"),
  NO_UNCERTAINTY_BLOCK(
      "the scenario has no uncertainty: block; add one with sd and autocorrelation for tfr,"
          + " net_migration and/or e0 (README, popvision uncertainty)",
      "シナリオに uncertainty: ブロックがありません。tfr, net_migration, e0 のいずれかに sd と autocorrelation を書いて追加してください(README の popvision uncertainty)"),
  OUT_INSIDE_CHARTS("must not be inside the chart directory {0}", "チャートのフォルダ {0} の中には置けません"),
  NO_SCENARIOS("no scenario files given", "シナリオファイルが指定されていません"),
  REFERENCE_UNKNOWN("not among the scenarios compared: {0}", "比較するシナリオの中にありません: {0}"),

  // ---- analysis settings
  CONFIG_MISSING_MAPPING("missing mapping '{0}'", "マッピング '{0}' がありません"),
  CONFIG_MISSING_VALUE("missing value", "値がありません"),
  CONFIG_RANGE("must be a number from {0} to {1}", "{0}〜{1} の数値にしてください"),
  CONFIG_THRESHOLDS(
      "must be a list of four increasing thresholds in %", "増加する 4 つのしきい値(%)のリストにしてください"),
  CONFIG_THRESHOLDS_INCREASE("thresholds must increase", "しきい値は増加する順にしてください"),

  // ---- resolving a scenario against its data (scenario.ResolveException.Reason, same names)
  RESOLVE_HORIZON(
      "horizon {0} must be after the base year {1} by a multiple of {2} years",
      "horizon {0} は基準年 {1} より {2} 年の倍数だけ後にしてください"),
  RESOLVE_NO_OBSERVED(
      "no observed total for {0} in the data; give calibration.total",
      "データに {0} 年の実績人口がありません。calibration.total を指定してください"),
  RESOLVE_NO_POPULATION(
      "{0} has no population for {1}; it has {2}", "{0} には {1} 年の人口がありません。ある年: {2}"),
  RESOLVE_TABLE_STARTS_LATER("{0} start in {1}, not {2}", "{0} は {1} 年からで、{2} 年の値がありません"),
  RESOLVE_NO_MHLW_PATTERN(
      "no MHLW fertility pattern for {0}; available: {1}", "{0} 年の厚生労働省の出生パターンはありません。使えるもの: {1}"),
  RESOLVE_SOURCE_STARTS_LATER("{0} starts in {1}, not {2}", "{0} は {1} 年からで、{2} 年の値がありません"),
  RESOLVE_NO_TWO_YEARS(
      "{0} has no two years to form ratios for {1}", "{0} には {1} 年の変化率を求める 2 時点がありません"),
  RESOLVE_PROFILE_NEAR_ZERO(
      "the residual net migration {0}-{1} nets to {2} of a gross {3} persons; too close to zero"
          + " to serve as a profile for net totals (use method net-rates)",
      "{0}〜{1} 年の残差法による純移動は総量 {3} 人に対して差し引き {2} 人で、ゼロに近すぎて純移動数の配分に使えません(net-rates を使ってください)"),
  RESOLVE_CALIBRATION_OUTSIDE(
      "calibration year {0} is outside the projection {1}-{2}", "補正年 {0} が推計期間 {1}〜{2} の外です"),
  RESOLVE_CALIBRATION_METHOD(
      "calibration solves the net migration level of {0}-{1}; it needs migration method"
          + " net-counts or net-rates in that period",
      "補正(時点修正)は {0}〜{1} 年の純移動の水準を求めます。その期間の migration.method は net-counts か net-rates にしてください"),
  RESOLVE_CALIBRATION_UNREACHABLE(
      "the observed total {0} for {1} cannot be reached by changing the {2} of {3}-{4} within"
          + " [{5}, {6}] (projected {7} to {8}); the closest is {2} {9}, projecting {10}",
      "{1} 年の実績 {0} 人には、{3}〜{4} 年の {2} を [{5}, {6}] の範囲で変えても届きません(推計 {7}〜{8} 人)。"
          + "最も近いのは {2} {9} で、推計 {10} 人です"),
  RESOLVE_CALIBRATION_AGES_UNREACHABLE(
      "the shared history cannot reach the observed age {0} ({1} persons in {2}) by shifting that"
          + " group's net migration rates within [{3}, {4}]; the closest projects {5}",
      "共通の過去(calibration.history: shared)では、{2} 年の {0} 歳の実績 {1} 人に、その年齢層の純移動率を"
          + " [{3}, {4}] の範囲でずらしても届きません。最も近い推計は {5} 人です"),
  RESOLVE_BACKTEST_CENSUS(
      "needs a census 5 years before {0} and a later census; censuses: {1}",
      "{0} 年の 5 年前と、より後の国勢調査が必要です。国勢調査: {1}"),
  RESOLVE_BACKTEST_REGISTER(
      "fewer than five register years before {0}", "{0} 年より前の住民基本台帳の年が 5 年分ありません"),

  // ---- warnings: implausible but possible (scenario.Plausibility.Kind, same names after WARN_)
  WARN_TFR(
      "{0}-{1}: TFR {2} is outside the usual range {3}–{4}; check the scenario",
      "{0}〜{1} 年: 合計特殊出生率 {2} は通常の範囲 {3}〜{4} の外です。シナリオを確認してください"),
  WARN_SRB(
      "{0}-{1}: sex ratio at birth {2} is outside the usual range {3}–{4}",
      "{0}〜{1} 年: 出生性比 {2} は通常の範囲 {3}〜{4} の外です"),
  WARN_E0(
      "{0}-{1}: life expectancy at birth ({2}) {3} years is outside the usual range {4}–{5}",
      "{0}〜{1} 年: 平均寿命({2}){3} 年は通常の範囲 {4}〜{5} の外です"),
  WARN_COHORT_HALVED(
      "{0}-{1}: net migration took more than half of {2} cohort(s): {3}",
      "{0}〜{1} 年: 純移動で {2} 個のコーホートが半分以上減りました: {3}"),
  WARN_MIGRATION_LIMITED(
      "{0}-{1}: net out-migration exceeded {2} cohort(s); limited so none goes below zero ({3}"
          + " persons not applied; net migration applied {4}). Details: manifest.json",
      "{0}〜{1} 年: 純転出が {2} 個のコーホートの人数を超えたため、ゼロを下回らないよう制限しました(適用しなかった人数 {3}、適用した純移動 {4})。詳細は manifest.json"),
  SEX_MALE("male", "男"),
  SEX_FEMALE("female", "女"),

  // ---- what the command line prints around problems
  LINE_ERROR("error: {0}", "エラー: {0}"),
  LINE_WARNING("warning: {0}", "警告: {0}"),
  LINE_NOTE("note: {0}", "注: {0}"),
  NOTHING_WRITTEN("{0} problem(s); nothing was written.", "問題が {0} 件あります。何も書き出していません。"),
  MORE_PROBLEMS("… and {0} more problem(s) not shown", "…ほかに {0} 件の問題があります(表示を省略)"),
  INTERNAL_ERROR("popvision: internal error (a bug): {0}", "popvision: 内部エラー(不具合): {0}"),
  RUN_VERBOSE(
      "(run again with --verbose for the stack trace)", "(--verbose を付けて実行するとスタックトレースを表示します)"),
  VALUE_PREFIX("value '{0}': ", "値「{0}」: "),

  // ---- issue 12: output safety
  OUT_PROTECTED(
      "is or contains {0} ({1}); popvision writes only into a directory of its own, e.g."
          + " out/<name>",
      "{0}({1})そのもの、またはそれを含むフォルダです。popvision は専用のフォルダ(例: out/<名前>)にだけ書きます"),
  DIR_ROOT("the root directory", "ルートフォルダ"),
  DIR_HOME("the home directory", "ホームフォルダ"),
  DIR_CWD("the current directory", "現在のフォルダ"),
  DIR_PROJECT("the popvision project directory", "popvision のプロジェクトフォルダ"),
  DIR_SCENARIO("the scenario's directory", "シナリオのフォルダ"),
  DIR_DATA("the data directory", "データのフォルダ"),
  OUT_FOREIGN_FILE(
      "is in the way and was not written by popvision; it is kept and nothing was changed: move"
          + " it away or choose another {0}",
      "出力の邪魔になっていますが popvision が書いたものではありません。そのまま残し、何も変更していません。移動するか別の {0} を指定してください"),
  OUT_CHANGED(
      "was changed after popvision wrote it; nothing was changed: move it away, or add --force to"
          + " replace it",
      "popvision が書いた後に変更されています。何も変更していません。移動するか、置き換えるなら --force を付けてください"),
  OUT_KEPT("kept, not written by popvision: {0}", "popvision が書いたものではないので残しました: {0}"),
  NOT_A_REGULAR_FILE(
      "not a regular file (a device, FIFO or directory); give a text file",
      "通常のファイルではありません(デバイス、FIFO、フォルダなど)。テキストファイルを指定してください"),
  TOO_LARGE_CONFIG("analysis settings are a short YAML file", "分析の設定は短い YAML ファイルです"),
  EXTENDS_NOT_A_MAPPING(
      "the file named by extends must be a scenario: its top level must be a mapping of keys",
      "extends で指定したファイルはシナリオでなければなりません(最上位がキーのマッピング)"),
  YAML_SECOND_DOCUMENT(
      "a second YAML document (after --- or ...); a scenario or settings file is one document:"
          + " remove it",
      "2 つ目の YAML 文書があります(--- または ... の後)。シナリオや設定ファイルは 1 つの文書です。削除してください"),
  YEAR_DUPLICATE("given twice; list each year once", "2 回指定されています。各年は 1 回だけ指定してください"),
  YEAR_NOT_PROJECTED(
      "not a projected year of scenario {0} (every 5 years from {1} to {2})",
      "シナリオ {0} の推計年ではありません({1}〜{2} の 5 年ごと)"),
  NAME_IS_CHART_FOLDER(
      "is the name of the comparison's chart folder {0}; rename the scenario or choose --charts",
      "比較のチャートフォルダ {0} と同じ名前です。シナリオの名前を変えるか --charts を指定してください"),

  // ---- basis: register basis of net counts, the area's own TFR
  NOTE_REGISTER_BASIS(
      "net counts stated as register social change (migration.basis: register) are multiplied by"
          + " {0}, the census residual net migration per register social change pooled over {1}"
          + " ({2} census intervals; the area's census totals and resident register)",
      "住民基本台帳の社会増減で書かれた純移動数(migration.basis: register)に {0} を掛けて国勢調査の純移動に換算しました({1} 年の国勢調査の残差純移動 ÷ 住民基本台帳の社会増減、{2} 期間を合算。この地域の国勢調査総数と住民基本台帳による)"),
  NOTE_TFR_AREA(
      "TFR knots written area are the Bayesian TFR estimate 2008-2012 of {0}: {1}",
      "area と書かれた合計特殊出生率の節点は {0} のベイズ推定値(2008〜2012年){1} です"),
  NOTE_SHARED_HISTORY(
      "{0}-{1} is shared history (calibration.history: shared): births from the base period's"
          + " estimate, the scenario's fertility path acts from {1}",
      "{0}〜{1} 年は共通の実績期間です(calibration.history: shared)。出生は基準期間の推定値により、シナリオの出生率の経路は {1} 年から適用します"),
  RESOLVE_AREA_NO_TFR(
      "{0}: the data have no Bayesian TFR estimate 2008-2012 for this area; write the TFR as a"
          + " number instead of area",
      "{0}: この地域の合計特殊出生率のベイズ推定値(2008〜2012年)はデータにありません。area の代わりに数値で指定してください"),

  // ---- issue 13: assumptions (knot semantics, calibration, solve, baseline, track)
  RESOLVE_KNOT_AFTER_BASE(
      "the path starts with a knot at {0}, after {2}: say what holds from the base year {1} with a"
          + " knot at {1} (or earlier)",
      "経路の最初の節点が {0} 年で、{2} 年より後です。基準年 {1} 年から何を仮定するかを {1} 年(以前)の節点で指定してください"),
  RESOLVE_KNOT_NOT_PERIOD_START(
      "knot {0} is not the start of a projection period ({3} + multiples of {4}): it would apply"
          + " from the period {1}-{2}; write {1}",
      "節点 {0} 年は推計期間の始まり({3} 年から {4} 年ごと)ではありません。{1}〜{2} 年の期間から適用されることになるため、{1} と書いてください"),
  RESOLVE_RATES_LEVEL(
      "a level of {0} cannot scale the net migration rates of {1}-{2}, whose residual net total is"
          + " {3}: the level must have the same sign",
      "{1}〜{2} 年の純移動率(残差の純移動数 {3} 人)は水準 {0} 人に合わせられません。同じ符号の水準にしてください"),
  WARN_GROWTH(
      "{0}: the total is {1} times the base year's, beyond {2}, the largest 30-year growth in"
          + " IPSS 2018's projection of any municipality; check the migration assumptions",
      "{0} 年: 総人口が基準年の {1} 倍で、社人研 2018 年推計のどの市区町村の 30 年間の伸び({2} 倍)も超えています。移動の仮定を確認してください"),
  WARN_NEAR_EMPTY(
      "{0}: {1} sex × age group(s) hold less than {2}% of their base-year size (near-empty): {3}",
      "{0} 年: {1} 個の男女・年齢階級が基準年の {2}% 未満に減っています(ほぼ空): {3}"),
  SUMMARY_LIMITS(
      "  caution: net out-migration was limited at zero in {0} period(s) from {1} ({2} persons not"
          + " applied): a fixed count asks more people to leave than there are",
      "  注意: {1} 年からの {0} 期間で純転出がコーホートの人数を超え、ゼロで止めました(適用しなかった人数 {2})。固定の人数が、いる人数より多くの転出を求めています"),
  SUMMARY_GROWTH(
      "  caution: by {0} the total is {1} times the base, beyond the {2} of any municipality's"
          + " official projection (IPSS 2018, 30 years)",
      "  注意: {0} 年には総人口が基準年の {1} 倍です。どの市区町村の公式推計(社人研 2018 年推計、30 年間)の {2} 倍も超えています"),
  SUMMARY_NEAR_EMPTY(
      "  caution: by {0}, {1} sex × age group(s) hold less than {2}% of their base-year size: {3}",
      "  注意: {0} 年には {1} 個の男女・年齢階級が基準年の {2}% 未満です: {3}"),

  // ---- track: popvision track (targets against the resident register, io.KpiBlock, app.Track)
  KPI_YEARS(
      "kpi years must run from a year of at least {1} up to a later or equal year (from {0})",
      "KPI の年は {1} 年以降の年から、それ以降の年までにしてください(from は {0})"),
  KPI_NONE(
      "kpi: names no target: give social_change or tfr (from, to, target)",
      "kpi: に目標がありません。social_change か tfr(from・to・target)を書いてください"),
  TRACK_NO_REGISTER(
      "area {0} has no resident register ({1}); popvision track needs one (README, Targets against actuals)",
      "地域 {0} には住民基本台帳のデータ({1})がありません。popvision track にはこれが必要です(形式は README の popvision track の節)"),
  TRACK_DATE("must be a date (YYYY-MM-DD)", "日付(YYYY-MM-DD)にしてください"),
  TRACK_AGE_GROUP(
      "must be a 5-year age group (age_from a multiple of 5, age_to = age_from + 4)",
      "5歳階級にしてください(age_from は 5 の倍数、age_to = age_from + 4)"),
  TRACK_HEAD(
      "Targets against actuals: {0}, resident register {1}–{2} ({3} periods)",
      "目標と実績: {0}、住民基本台帳 {1}〜{2}({3} 期間)"),
  TRACK_MISSING(
      "  the register lacks {0}: left empty, not interpolated",
      "  住民基本台帳に {0} 年のデータがありません(空欄のまま、補間しません)"),
  TRACK_FISCAL(
      "  fiscal years (April–March) up to {0}, calendar years from {1}; Japanese nationals only before July 2012",
      "  {0} までは年度(4月〜3月)、{1} 年からは暦年。2012年7月より前は日本人のみ"),
  TRACK_TABLE_HEAD(
      "  year      population  births  deaths  social  5-year  TFR*  | scenario: population  social/yr  TFR",
      "  年          人口    出生    死亡  社会増減  5年累計 出生率* | シナリオ: 人口  社会増減/年  出生率"),
  TRACK_TFR_HOW(
      "  * TFR implied by the register births: the scenario age pattern of fertility scaled to the births on the register women 15–49 (mean of 1 January of the year and of the next)",
      "  * 出生率は住民基本台帳の出生数から推計: シナリオの母の年齢別出生率のパターンを、台帳の15〜49歳女性(その年と翌年の1月1日の平均)で出生数に合うよう比例させたもの"),
  TRACK_TFR_ONE_DATE(
      "  * {0}: women of one date only ({1}), the other is missing",
      "  * {0}: 女性人口は片方の日付({1})だけ(もう一方はデータなし)"),
  TRACK_TFR_NONE(
      "  the scenario has no age pattern of fertility (child-woman ratio), so no TFR is implied from the births",
      "  このシナリオには母の年齢別出生率のパターンがない(婦人子ども比)ため、出生数から出生率を推計しません"),
  TRACK_KPI_HEAD("KPIs (kpi: of {0}):", "数値目標({0} の kpi:):"),
  TRACK_KPI_NONE(
      "  the scenario has no kpi: block, so there are no targets to check (README, Targets against actuals)",
      "  シナリオに kpi: がないため、照らし合わせる目標がありません(書き方は README の popvision track の節)"),
  TRACK_KPI_SOCIAL(
      "  social change {0}–{1} (sum), target {2}: {3}", "  社会増減数({0}〜{1}年の累計) 目標 {2}人: {3}"),
  TRACK_KPI_TFR(
      "  TFR {0}–{1} (mean of the years), target {2}: {3}", "  合計特殊出生率({0}〜{1}年の平均) 目標 {2}: {3}"),
  TRACK_STATUS_MET("met", "達成"),
  TRACK_STATUS_NOT_MET("not met", "未達成"),
  TRACK_STATUS_OPEN("not decided: years missing", "判定できません(欠けた年あり)"),
  TRACK_STATUS_NO_DATA("no data", "データなし"),
  TRACK_ACTUAL_SUM(
      "    actual {0} persons over {1} ({2} of {3} years), margin {4} persons",
      "    実績 {0}人({1}年の {2}/{3} 年分)、目標との差 {4}人"),
  TRACK_ACTUAL_PART(
      "    actual {0} persons over {1} ({2} of {3} years); {4} missing: the target is reached if they total {5} persons or more",
      "    実績 {0}人({1}年の {2}/{3} 年分)。{4} 年はデータなし: その合計が {5}人以上なら目標に届きます"),
  TRACK_GAP(
      "    the register populations give a total change (natural + social) of {0} persons over {1}; the target is reached if their natural change was below {2} persons",
      "    台帳人口から {1} 年の増減(自然+社会)は {0}人: その間の自然増減が {2}人より少なければ目標に届きます"),
  TRACK_ACTUAL_TFR(
      "    actual {0} over {1} ({2} of {3} years), margin {4}",
      "    実績 {0}({1}年の {2}/{3} 年分)、目標との差 {4}"),
  TRACK_TFR_NEEDED(
      "    {0} missing: they would need a TFR of {1} on average for the target",
      "    {0} 年はデータなし: 目標に届くにはその年の出生率が平均 {1} 必要"),
  TRACK_SCENARIO_SOCIAL(
      "    the scenario assumes {0} persons over these years (net migration, census basis)",
      "    シナリオの想定はこの期間 {0}人(純移動、国勢調査ベース)"),
  TRACK_SCENARIO_TFR(
      "    the scenario assumes a TFR of {0} on average over these years",
      "    シナリオの想定はこの期間の出生率 平均 {0}"),
  TRACK_WROTE("Wrote {0}/ (track.csv, kpi.csv)", "書き出し: {0}/(track.csv・kpi.csv)"),
  HELP_CMD_TRACK(
      "Compare the resident register since the scenario base (population, births, deaths, social change, its 5-year sum, births-implied TFR) with the scenario path and the kpi: targets; write track.csv, kpi.csv and target_actual.png.",
      "基準年以降の住民基本台帳(人口・出生・死亡・社会増減・その5年累計・出生数からの出生率)を、シナリオの推計と kpi: の数値目標に照らし、track.csv・kpi.csv・target_actual.png を書き出します。"),
  HELP_TRACK_OUT(
      "Output directory (default: out/<scenario name>-track).", "出力フォルダ(既定: out/<シナリオ名>-track)。"),
  COL_PERIOD("period", "期間"),
  COL_COVERAGE("coverage", "対象"),
  COL_NATURAL_CHANGE("natural change", "自然増減"),
  COL_SOCIAL_CHANGE("social change", "社会増減"),
  COL_SOCIAL_CHANGE_5Y("social change, 5-year sum", "社会増減(5年累計)"),
  COL_TFR_IMPLIED("TFR implied by births", "合計特殊出生率(出生数から)"),
  COL_WOMEN_DATES("dates of the women counts", "女性人口の日付"),
  COL_SCENARIO_POPULATION("scenario population (1 Oct)", "推計人口(10月1日)"),
  COL_SCENARIO_BIRTHS("scenario births per year", "推計の出生数/年"),
  COL_SCENARIO_DEATHS("scenario deaths per year", "推計の死亡数/年"),
  COL_SCENARIO_SOCIAL_CHANGE("scenario net migration per year", "推計の純移動数/年"),
  COL_SCENARIO_TFR("scenario TFR", "推計の合計特殊出生率"),
  COL_KPI("KPI", "数値目標"),
  COL_FROM_YEAR("from", "開始年"),
  COL_TO_YEAR("to", "終了年"),
  COL_MARGIN("margin", "目標との差"),
  COL_STATUS("status", "判定"),
  COL_YEARS_USED("years used", "使った年"),
  COL_YEARS_MISSING("years missing", "欠けた年"),
  COL_NEEDED("needed from the missing years", "欠けた年に必要な値"),
  COL_GAP_CHANGE("total change over the missing years", "欠けた年の人口増減"),
  COL_SCENARIO_VALUE("scenario", "シナリオの想定"),
  SHEET_TRACK("Targets vs actuals", "目標と実績"),
  SHEET_KPI("KPIs", "数値目標"),

  // ---- issue 14: wide tables (io.WideTables: workbook sheets and the report's tables)
  WT_SCENARIO("scenario", "シナリオ"),
  WT_TITLE("title", "名称"),
  WT_INDICATOR("indicator", "指標"),
  WT_YEAR("{0}", "{0}年"),
  WT_YEAR_HEADER("year", "年次"),
  WT_PERIOD("period", "期間"),
  WT_PERIOD_RANGE("{0}-{1}", "{0}〜{1}年"),
  WT_TOTAL("total population (persons)", "総人口(人)"),
  WT_MALE("male (persons)", "男(人)"),
  WT_FEMALE("female (persons)", "女(人)"),
  WT_AGE_0_14("aged 0-14 (persons)", "年少人口 0〜14歳(人)"),
  WT_AGE_15_64("aged 15-64 (persons)", "生産年齢人口 15〜64歳(人)"),
  WT_AGE_65_PLUS("aged 65+ (persons)", "老年人口 65歳以上(人)"),
  WT_AGE_75_PLUS("aged 75+ (persons)", "75歳以上(人)"),
  WT_SHARE_65_PLUS("share aged 65+ (%)", "高齢化率(%)"),
  WT_BIRTHS("births (persons)", "出生数(人)"),
  WT_DEATHS("deaths (persons)", "死亡数(人)"),
  WT_NATURAL("natural change (persons)", "自然増減(人)"),
  WT_NET_MIGRATION("net migration (persons)", "純移動数(社会増減)(人)"),
  WT_SHEET_HEADLINE("projected population", "将来人口"),
  WT_SHEET_SUMMARY("population by age group", "人口と年齢3区分"),
  WT_SHEET_COMPONENTS("components of change", "人口動態"),
  WT_CAPTION_HEADLINE(
      "Projected total population (persons) and share aged 65+ (%) by scenario",
      "シナリオ別の将来人口(人)と高齢化率(%)"),
  WT_CAPTION_BY_YEAR("{0} by year and scenario", "{0}の推移(年次 × シナリオ)"),
  WT_CAPTION_SUMMARY("{0}: total population and the three age groups by year", "{0}: 総人口と年齢3区分の推移"),
  WT_CAPTION_COMPONENTS(
      "{0}: births, deaths and net migration per 5-year period", "{0}: 5 年ごとの出生・死亡・純移動"),
  // ---- issue 14: CSV columns and tables in the workbook (io.CsvSheets: COL_<column>,
  // SHEET_<file>)
  COL_SCENARIO("scenario", "シナリオ"),
  COL_YEAR("year", "年"),
  COL_SEX("sex", "男女"),
  COL_AGE_FROM("age from", "年齢(から)"),
  COL_AGE_TO("age to", "年齢(まで)"),
  COL_POPULATION("population", "人口"),
  COL_TOTAL("total population", "総人口"),
  COL_MALE("male", "男"),
  COL_FEMALE("female", "女"),
  COL_AGE_0_14("aged 0-14", "年少人口(0〜14歳)"),
  COL_AGE_0_4("aged 0-4", "0〜4歳"),
  COL_AGE_15_64("aged 15-64", "生産年齢人口(15〜64歳)"),
  COL_AGE_65_PLUS("aged 65+", "老年人口(65歳以上)"),
  COL_AGE_75_PLUS("aged 75+", "75歳以上"),
  COL_WOMEN_20_39("women aged 20-39", "20〜39歳女性"),
  COL_SHARE_65_PLUS("share aged 65+", "高齢化率"),
  COL_PERIOD_START("period start", "期首年"),
  COL_PERIOD_END("period end", "期末年"),
  COL_POPULATION_START("population at start", "期首人口"),
  COL_POPULATION_END("population at end", "期末人口"),
  COL_BIRTHS("births", "出生数"),
  COL_DEATHS("deaths", "死亡数"),
  COL_NET_MIGRATION("net migration", "純移動数"),
  COL_TFR("TFR", "合計特殊出生率"),
  COL_CHILD_WOMAN_RATIO("child-woman ratio", "子ども女性比"),
  COL_SEX_RATIO_AT_BIRTH("sex ratio at birth", "出生性比"),
  COL_E0_MALE("life expectancy, male", "平均寿命(男)"),
  COL_E0_FEMALE("life expectancy, female", "平均寿命(女)"),
  COL_NET_MIGRATION_ASSUMED("net migration assumed", "仮定した純移動数"),
  COL_LEVER("lever", "レバー"),
  COL_ASSUMED("assumed", "仮定値"),
  COL_SOLVED("solved", "補正後の値"),
  COL_GROUP("group", "区分"),
  COL_OBSERVED("observed", "実績"),
  COL_PROJECTED("projected", "推計"),
  COL_ERROR("error", "誤差"),
  COL_ERROR_PCT("error (%)", "誤差率(%)"),
  COL_OBSERVED_SOURCE("source of the observed figure", "実績の出典"),
  COL_REFERENCE("reference scenario", "比較の基準"),
  COL_DIFF_TOTAL("difference in total", "総人口の差"),
  COL_DIFF_TOTAL_PCT("difference in total (%)", "総人口の差(%)"),
  COL_DIFF_AGE_0_14("difference aged 0-14", "年少人口の差"),
  COL_DIFF_AGE_15_64("difference aged 15-64", "生産年齢人口の差"),
  COL_DIFF_AGE_65_PLUS("difference aged 65+", "老年人口の差"),
  COL_BASE_YEAR("base year", "基準年"),
  COL_TARGET_YEAR("target year", "目標年"),
  COL_BASE("base", "基準"),
  COL_VALUE("value", "値"),
  COL_CHANGE_PCT("change (%)", "増減率(%)"),
  COL_KIND("kind", "種類"),
  COL_NUMERATOR("numerator", "分子"),
  COL_DENOMINATOR("denominator", "分母"),
  COL_NUMERATOR_TOTAL("numerator total", "分子の総人口"),
  COL_DENOMINATOR_TOTAL("denominator total", "分母の総人口"),
  COL_RATIO_PCT("ratio (%)", "比率(%)"),
  COL_LEVEL("level", "影響度"),
  COL_THRESHOLDS_PCT("thresholds (%)", "しきい値(%)"),
  COL_SHARED_UNTIL("shared history until", "共通の実績期間の終わり"),
  COL_ZERO_MIGRATION_FROM("zero migration from", "移動ゼロの開始年"),
  COL_NET_MIGRATION_BASIS("basis of net migration", "純移動数の基準"),
  COL_REGISTER_TO_CENSUS_RATIO("register-to-census ratio", "住基から国勢調査基準への比率"),
  COL_RATE_SHIFT("rate shift", "移動率への加算"),
  COL_AGE_GROUP("age group", "年齢階級"),
  COL_AREA_CODE("area code", "地域コード"),
  COL_PREFECTURE("prefecture", "都道府県"),
  COL_NAME("name", "名称"),
  COL_REASON("reason", "理由"),
  COL_SOURCE("source", "出典"),
  COL_HORIZON("horizon (years)", "推計期間(年)"),
  COL_AREAS("areas", "地域数"),
  COL_SIZE_CLASS("size class", "人口規模"),
  COL_MAPE("MAPE (%)", "平均絶対誤差率(%)"),
  COL_MEDIAN_APE("median absolute error (%)", "絶対誤差率の中央値(%)"),
  COL_P90_APE("90th percentile of absolute error (%)", "絶対誤差率の90%点(%)"),
  COL_MEAN_PE("mean error (%)", "平均誤差率(%)"),
  COL_MEDIAN_ID("median index of dissimilarity (points)", "非類似度指数の中央値(ポイント)"),
  COL_MEAN_ID("mean index of dissimilarity (points)", "非類似度指数の平均(ポイント)"),
  COL_P90_ID("90th percentile of the index of dissimilarity", "非類似度指数の90%点(ポイント)"),
  COL_MEDIAN_CELL_MAPE("median MAPE of sex-age cells (%)", "男女・年齢別の平均絶対誤差率の中央値(%)"),
  VAL_SEX_MALE("male", "男"),
  VAL_SEX_FEMALE("female", "女"),
  VAL_SEX_TOTAL("total", "総数"),
  VAL_LEVER_NET_MIGRANTS("net migration", "純移動数"),
  VAL_LEVER_RATE_MULTIPLIER("multiplier of the net migration rates", "純移動率の倍率"),
  VAL_LEVER_RATE_SHIFT("shift added to the net migration rates", "純移動率への加算値"),
  VAL_OBSERVED_SOURCE_CENSUS("census (age unknown distributed pro rata)", "国勢調査(年齢不詳は按分)"),
  VAL_OBSERVED_SOURCE_CENSUS_TOTAL("census total", "国勢調査の総数"),
  VAL_OBSERVED_SOURCE_CENSUS_TOTAL_IPSS_R5_AGES(
      "census total; age groups from the IPSS 2023 base (census with unknown ages completed)",
      "国勢調査の総数。年齢3区分は社人研 令和5年推計の基準人口(年齢不詳を補完した国勢調査)"),
  VAL_OBSERVED_SOURCE_IPSS_R5("IPSS 2023 projection", "社人研 令和5年推計"),
  VAL_OBSERVED_SOURCE_SCENARIO_FILE("the scenario file", "シナリオファイル"),
  VAL_KIND_NATURAL("natural change", "自然増減"),
  VAL_KIND_SOCIAL("social change", "社会増減"),
  VAL_NET_MIGRATION_BASIS_CENSUS("census", "国勢調査"),
  VAL_NET_MIGRATION_BASIS_REGISTER("resident register", "住民基本台帳"),
  COL_DIFFERENCE("difference", "差"),
  COL_FERTILITY("fertility", "出生"),
  COL_MORTALITY("mortality", "死亡"),
  COL_MIGRATION("migration", "移動"),
  COL_INDEX_65_PLUS("index of aged 65+ (base = 100)", "老年人口の指数(基準年 = 100)"),
  COL_STAGE("stage of decline", "人口減少段階"),
  COL_INDICATOR("indicator", "指標"),
  COL_RANK("rank", "順位"),
  COL_CHANGE("change", "変化幅"),
  COL_LOW_VALUE("low value", "低い値"),
  COL_HIGH_VALUE("high value", "高い値"),
  COL_POPULATION_LOW("population, low", "人口(低)"),
  COL_POPULATION_HIGH("population, high", "人口(高)"),
  COL_POPULATION_BASE("population, scenario", "人口(シナリオ)"),
  COL_SWING("swing", "振れ幅"),
  COL_LIMITED_COHORTS("limited cohorts", "制限したコーホート数"),
  COL_TARGET_POPULATION("target population", "目標人口"),
  COL_ACHIEVED_POPULATION("achieved population", "達成人口"),
  COL_TARGET("target", "目標"),
  COL_APPLIES_FROM("applies from", "適用開始年"),
  COL_METHOD("method", "方法"),
  COL_ACTUAL("actual", "実績"),
  COL_HORIZON_YEARS("horizon (years)", "推計期間(年)"),
  COL_BASE_YEARS("base years", "基準年の数"),
  COL_MAPE_TOTAL_PCT("MAPE of total (%)", "総人口の平均絶対誤差率(%)"),
  COL_MAPE_AGE_GROUPS_PCT("MAPE of age groups (%)", "年齢3区分の平均絶対誤差率(%)"),
  COL_MEAN("mean", "平均"),
  COL_DETERMINISTIC("deterministic projection", "確定的推計"),
  COL_INTERPOLATED("interpolated", "補間"),
  COL_QUANTILE("{0} % quantile", "{0}%点"),
  SHEET_POPULATION("population by sex and age", "男女・年齢別人口"),
  SHEET_SUMMARY("summary", "総人口と年齢3区分"),
  SHEET_COMPONENTS("components", "人口動態の内訳"),
  SHEET_ASSUMPTIONS("assumptions", "仮定"),
  SHEET_CALIBRATION("calibration", "時点修正"),
  SHEET_ANNUAL("annual", "各年の推移(補間)"),
  SHEET_COMPARISON("comparison", "シナリオ比較"),
  SHEET_STRUCTURE("structure", "人口構造の変化"),
  SHEET_IMPACT("impact", "影響度"),
  SHEET_DECOMPOSITION("decomposition", "差の要因分解"),
  SHEET_STAGES("stages", "人口減少段階"),
  SHEET_TORNADO("tornado", "感度(トルネード)"),
  SHEET_GRID("grid", "出生率×移動の格子"),
  SHEET_SOLUTION("solution", "目標達成に必要な値"),
  SHEET_QUANTILES("quantiles", "分位点"),
  SHEET_BACKTEST("backtest", "過去推計の検証"),
  SHEET_MAPE("MAPE", "平均絶対誤差率"),
  // ---- issue 14: notes (scenario.Note.Kind → NOTE_<kind>; the commands' own notes)
  NOTE_RATES_SCALED(
      "net migration rates {0}-{1} (giving {2} in {3}-{4}) scaled by {5} to {6} per 5 years in"
          + " {3}-{4}; held as rates after, so the count follows the population",
      "{0}〜{1} 年の純移動率({3}〜{4} 年に {2} 人)を {5} 倍して {3}〜{4} 年の 5 年あたり {6} 人に合わせ、以後は率として保ちます(人数は人口に応じて変わります)"),
  NOTE_CALIBRATED_COUNTS(
      "net migration {0}-{1} calibrated to the {1} census total {2}: {3} persons (assumed {4})",
      "{0}〜{1} 年の純移動数を {1} 年国勢調査の総人口 {2} 人に合わせて補正しました: {3} 人(仮定は {4} 人)"),
  NOTE_CALIBRATED_RATES(
      "net migration {0}-{1} calibrated to the {1} census total {2}: {3} persons (at the unchanged rates; solved rate multiplier {4})",
      "{0}〜{1} 年の純移動を {1} 年国勢調査の総人口 {2} 人に合わせて補正しました: {3} 人(純移動率に掛ける倍率 {4})"),
  NOTE_AGES_FITTED(
      "the shared history also meets the {0} census 0-14, 15-64 and 65+: net migration rates"
          + " shifted by {1}, {2} and {3} per survivor in those groups",
      "共通の過去は {0} 年国勢調査の 0〜14 歳・15〜64 歳・65 歳以上にも合わせています: 各年齢層の純移動率を" + " {1}、{2}、{3} ずらしました"),
  NOTE_AGES_FITTED_COUNTS(
      "the shared history also meets the {0} census 0-14, 15-64 and 65+: net migrants {1}, {2}"
          + " and {3} persons added in those groups, in proportion to their population",
      "共通の過去は {0} 年国勢調査の 0〜14 歳・15〜64 歳・65 歳以上にも合わせています: 各年齢層の純移動数に"
          + " {1} 人、{2} 人、{3} 人を人口に比例して加えました"),
  NOTE_AGES_NOT_FITTED(
      "the shared history meets the {0} census total only: the data have no {0} 0-14, 15-64, 65+"
          + " for this area",
      "共通の過去は {0} 年国勢調査の総人口にだけ合わせています。この地域の {0} 年の 0〜14 歳・15〜64 歳・65 歳以上の実績がデータにありません"),
  NOTE_CALIBRATED_SHIFT(
      "net migration {0}-{1} calibrated to the {1} census total {2}: {3} persons; no multiplier"
          + " of the rates within [-20, 20] reaches it, so {4} was added to every net migration rate",
      "{0}〜{1} 年の純移動を {1} 年国勢調査の総人口 {2} 人に合わせて補正しました: {3} 人。純移動率に掛ける倍率"
          + "([-20, 20])では届かないため、すべての純移動率に {4} を加えました"),
  NOTE_TABLE_HELD(
      "{0}: the data end with the period starting {1}; held constant from {2} on",
      "{0}: データは {1} 年に始まる期間までです。{2} 年以降は一定としました"),
  NOTE_CWR_HELD(
      "child-woman ratio of {0} ends with {1}; held constant after",
      "{0} の子ども女性比は {1} 年までです。それ以降は一定としました"),
  NOTE_CWR_MIGRATION_0_4(
      "with the child-woman ratio the 0-4 group's migration is part of the ratio: the profile's 0-4 share of net migrants is not applied",
      "子ども女性比を使うと 0〜4 歳の移動は比に含まれるため、純移動の配分のうち 0〜4 歳の分は適用しません"),
  NOTE_COHORT_HELD(
      "cohort change ratios of {0} end with {1}-{2}; held constant after",
      "{0} のコーホート変化率は {1}〜{2} 年までです。それ以降は一定としました"),
  NOTE_BACKTEST_NET_COUNTS(
      "net-counts from {0}: census residual net migration {1}-{0} = {2} per 5 years",
      "net-counts({0} 年から): 国勢調査の残差法による {1}〜{0} 年の純移動 = 5 年あたり {2} 人"),
  NOTE_BACKTEST_REGISTER(
      "register-counts from {0}: register social change {1} over {2}",
      "register-counts({0} 年から): 住民基本台帳の社会増減 {1} 人({2})"),
  NOTE_DECOMPOSITION(
      "decomposition of {0} against {1} not possible: {2}", "{0} の {1} に対する要因分解はできません: {2}"),
  NOTE_UNC_LIMITED(
      "{0} of {1} trajectories asked for more net out-migration than a cohort had in some period; those cohorts were limited at zero",
      "{1} 本の試行のうち {0} 本で、ある期間の純転出がコーホートの人数を超えたため、ゼロで止めました"),
  NOTE_GRID_LIMITED(
      "up to {0}, {1} of {2} grid cells asked for more net out-migration than a cohort had in some period (column limited_cohorts of grid.csv); those cohorts were limited at zero",
      "{0} 年までに、格子 {2} 点のうち {1} 点で、ある期間の純転出がコーホートの人数を超えました(grid.csv の limited_cohorts 列)。そのコーホートはゼロで止めました"),
  NOTE_IMPACT_NAMES(
      "impact.csv not written: it needs scenarios named {0}, {1} and {2} in the comparison",
      "impact.csv は書き出していません: 比較に {0}・{1}・{2} という名前のシナリオが必要です"),
  NOTE_IMPACT_YEAR(
      "impact.csv not written: the target year {0} is outside a projection",
      "impact.csv は書き出していません: 目標年 {0} が推計期間の外です"),
  NOTE_SCENARIO("scenario {0}: {1}", "シナリオ {0}: {1}"),
  NOTE_NO_JAPANESE_FONT(
      "no installed font can display Japanese; charts are drawn with English labels (install one, e.g. apt-get install fontconfig fonts-ipaexfont-gothic)",
      "日本語を表示できるフォントがないため、グラフは英語で描きました(例: apt-get install fontconfig fonts-ipaexfont-gothic でインストールしてください)"),

  // ---- issue 14: the levers' reasons (scenario.ResolveException.Reason, formerly free text)
  RESOLVE_SRB_POSITIVE("must be positive, was {0}", "正の値にしてください({0} でした)"),
  RESOLVE_E0_SHIFT_FINITE(
      "a life expectancy shift must be finite, was {0}", "平均寿命の変化幅は有限の値にしてください({0} でした)"),
  RESOLVE_E0_SHIFT_TABLE(
      "a life expectancy shift of {0} years cannot be applied to the life table",
      "平均寿命を {0} 年変える補正は生命表に適用できません"),
  RESOLVE_TFR_LEVER_METHOD(
      "the TFR lever needs fertility.method: tfr (this scenario uses the child-woman ratio)",
      "合計特殊出生率の要因には fertility.method: tfr が必要です(このシナリオは子ども女性比を使っています)"),
  RESOLVE_SRB_LEVER_METHOD(
      "the sex ratio at birth lever needs fertility.method: tfr (this scenario uses the child-woman ratio)",
      "出生性比の要因には fertility.method: tfr が必要です(このシナリオは子ども女性比を使っています)"),
  RESOLVE_TFR_LEVEL_FINITE(
      "a TFR level must be a finite number >= 0, was {0}", "合計特殊出生率の水準は 0 以上の有限の数にしてください({0} でした)"),
  RESOLVE_TFR_PATH_FLAT(
      "the TFR path ends ({0}) where it stands in {1} ({2}): it has no level to scale; give it a last knot that differs from that value",
      "合計特殊出生率の推移は最後({0} 年)が {1} 年の値({2})と同じで、動かす水準がありません。最後の節点をその値と違う値にしてください"),
  RESOLVE_TFR_BELOW_ZERO(
      "with a TFR level of {0} the TFR of {1}-{2} would fall below 0 ({3})",
      "水準 {0} では {1}〜{2} 年の合計特殊出生率が 0 を下回ります({3})"),
  RESOLVE_MIGRATION_LEVER_METHOD(
      "the migration lever needs migration.method: net-counts (net migrants per 5 years)",
      "移動の要因には migration.method: net-counts(5 年あたりの純移動数)が必要です"),
  RESOLVE_MIGRATION_LEVEL_FINITE(
      "a migration level must be finite, was {0}", "移動の水準は有限の値にしてください({0} でした)"),

  // ---- issue 14: printed summaries (numbers via io.NumberText: 37,096人, −29.3%, 2040年)
  UNIT_PERSONS(" persons", "人"),
  SOLVE_UNREACHABLE(
      "{0} {1} in {2} cannot be reached with {3} from {4} to {5}: the closest is {6}{7} ({3} {8}); the range of {0} reachable is {9} to {10}",
      "{2}年の{0} {1}{7}には、{3} を {4}〜{5} の範囲で変えても届きません。最も近いのは {6}{7}({3} {8})で、届く範囲は {9}〜{10}{7} です"),
  SUM_BASE("  {0}  {1}  (base)", "  {0}年  {1}人(基準)"),
  SUM_CHANGE("  {0}  {1}  ({2} on {3})", "  {0}年  {1}人({3}年比 {2})"),
  SUM_LAST("  {0}  {1}", "  {0}年  {1}人"),
  SUM_WROTE("Wrote {0}/ ({1})", "書き出し: {0}/({1})"),
  SUM_WROTE_DIR("Wrote {0}/", "書き出し: {0}/"),
  SUM_COMPARE_SCENARIO("scenario", "シナリオ"),
  SUM_COMPARE_BASE("base", "基準年"),
  SUM_COMPARE_YEAR("{0}", "{0}年"),
  SUM_COMPARE_UNIT("(persons)", "(人)"),
  SUM_REFERENCE("Reference: {0}", "比較の基準: {0}"),
  SOLVE_TFR("TFR level {0} (reached {1}, path shape kept)", "合計特殊出生率の水準 {0}({1}年に到達、推移の形は保持)"),
  SOLVE_MIGRATION("net social change {0} per 5 years from {1}", "{1}年以降の社会増減 5 年あたり {0}人"),
  LEVER_REGISTER_TERMS(
      " (census basis; {0} as resident-register social change, ratio {1})",
      "(国勢調査基準。住民基本台帳の社会増減では {0}人、換算比率 {1})"),
  SOLVE_GOAL_SHARE("{0} {1} in {2}", "{2}年の{0} {1}"),
  SOLVE_GOAL_PERSONS("{0} {1} in {2}", "{2}年の{0} {1}人"),
  SOLVE_NEEDS("  {0} needs {1}", "  {0}には {1} が必要です"),
  SOLVE_CHECK("  check run: {0} ({1})", "  検算: {0}({1})"),
  SENS_LEVERS(
      "  levers: TFR level {0} (reached {1}), net social change {2} per 5 years from {3}",
      "  要因: 合計特殊出生率の水準 {0}({1}年に到達)、{3}年以降の社会増減 5 年あたり {2}人"),
  SENS_TORNADO_HEAD(
      "  {0} total population, one lever at a time (largest effect first):",
      "  {0}年の総人口(要因を 1 つずつ変えた場合、影響の大きい順):"),
  SENS_BAR("    {0} {1} .. {2}  (swing {3})", "    {0} {1}〜{2}人(振れ幅 {3}人)"),
  SENS_LABEL_TFR("TFR {0}", "合計特殊出生率 {0}"),
  SENS_LABEL_MIGRATION("migration {0}", "社会増減 {0}人"),
  SENS_LABEL_E0("e0 {0} years", "平均寿命 {0}年"),
  SENS_LABEL_SRB("SRB {0} / {1}", "出生性比 {0} / {1}"),
  SENS_GRID("  grid: {0} TFR levels x {1} migration levels", "  格子: 出生率 {0} 水準 × 移動 {1} 水準"),
  UNC_HEAD("  {0} trajectories, seed {1}", "  試行 {0} 本、シード {1}"),
  UNC_COLUMNS(
      "  total population: median [80% interval] [95% interval]", "  総人口: 中央値 [80% 区間] [95% 区間]"),
  UNC_ROW("  {0}  {1}  [{2} - {3}]  [{4} - {5}]", "  {0}年  {1}人  [{2}〜{3}]  [{4}〜{5}]"),
  BT_HEAD("Total population: projected vs census (error %)", "総人口: 推計と国勢調査の比較(誤差率 %)"),
  BT_ROW(
      "  base {0}  {1} {2}  {3} vs {4}  {5} ({6})",
      "  基準 {0}年  {1} {2}年  推計 {3}人 / 実績 {4}人  誤差 {5}人({6})"),
  BT_MAPE_HEAD("MAPE of the total by horizon (%):", "総人口の平均絶対誤差率(推計期間別、%):"),
  BT_MAPE_ROW("  {0} {1} years  {2}  ({3} base years)", "  {0} {1}年先  {2}%(基準年 {3} 個)"),

  // ---- issue 14: usage errors (cli.Usage: picocli's own and the commands')
  USAGE_SUGGEST("did you mean: {0}?", "もしかして: {0}"),
  USAGE_SEE_HELP("'{0} --help' shows the usage", "「{0} --help」で使い方を表示します"),
  USAGE_UNKNOWN_OPTION("unknown option: {0}", "不明なオプションです: {0}"),
  USAGE_UNKNOWN_ARGUMENT("unknown command or argument: {0}", "不明なコマンドまたは引数です: {0}"),
  USAGE_MISSING("missing {0}", "{0} を指定してください"),
  USAGE_TWICE("{0} is given more than once", "{0} が 2 回以上指定されています"),
  USAGE_BAD_VALUE("{0}: value '{1}' is not allowed; {2}", "{0}: 値「{1}」は使えません。{2}"),
  USAGE_BAD_ARGUMENT("{0}: not allowed here", "{0}: ここでは使えません"),
  USAGE_OTHER("invalid command line: {0}", "コマンドラインが正しくありません: {0}"),
  USAGE_EXPECT_INT("give a whole number", "整数を指定してください"),
  USAGE_EXPECT_NUMBER("give a number", "数値を指定してください"),
  USAGE_EXPECT_VALUE("see --help for what is allowed", "使える値は --help を参照してください"),
  USAGE_EXPECT_LANG("use ja or en", "ja か en を指定してください"),
  USAGE_COMMAND_REQUIRED("a command is required (e.g. simulate)", "コマンドを指定してください(例: simulate)"),
  USAGE_NO_CHARTS_WITH(
      "--no-charts cannot be combined with --charts or --dpi",
      "--no-charts は --charts や --dpi と同時に指定できません"),
  USAGE_INT_RANGE(
      "{0}: value '{1}' must be a whole number from {2} to {3}", "{0}: 値「{1}」は {2}〜{3} の整数にしてください"),
  USAGE_MIN("{0}: value '{1}' must be at least {2}", "{0}: 値「{1}」は {2} 以上にしてください"),
  USAGE_YEAR_IN_HORIZON(
      "{0} {1}: must be a multiple of 5 from {2} to the scenario's horizon {3}",
      "{0} {1}: {2} からシナリオの最終年 {3} までの 5 の倍数にしてください"),
  USAGE_SRB_PAIR(
      "--srb: give two sex ratios at birth, low and high (e.g. 1.03,1.07)",
      "--srb: 出生性比を低い値と高い値の 2 つ指定してください(例: 1.03,1.07)"),
  NOTE_BACKTEST_NO_REGISTER(
      "register-counts not run: {0} has no resident-register movements in the data (shipped for"
          + " 朝倉市 40228 only)",
      "register-counts は実行していません: {0} の住民基本台帳の人口移動はデータにありません(同梱は朝倉市 40228 のみ)"),
  AREA_OF_SCENARIO("the scenario's area", "シナリオの地域"),
  USAGE_GRID_TOO_LARGE(
      "--grid-tfr × --grid-migration × --year: {0} TFR levels × {1} migration levels × {2} years is"
          + " {3} results, more than the limit of {4}; use larger steps or fewer years",
      "--grid-tfr × --grid-migration × --year: TFR {0} 水準 × 純移動 {1} 水準 × {2} 年で {3} 件になり、"
          + "上限 {4} 件を超えます。刻みを大きくするか年を減らしてください"),
  USAGE_OUTSIDE("{0}: {1} is outside {2}{3}, {4}]", "{0}: {1} は範囲 {2}{3}, {4}] の外です"),
  USAGE_ANY("any", "上限なし"),
  USAGE_GRID(
      "{0}: '{1}' is not a range FROM:TO:STEP (FROM <= TO, STEP > 0, at most {2} values)",
      "{0}: 「{1}」は FROM:TO:STEP の範囲ではありません(FROM ≦ TO、STEP > 0、値は {2} 個まで)"),
  USAGE_GRID_BOUNDS("{0}: values must be from {1} to {2}", "{0}: 値は {1}〜{2} にしてください"),
  USAGE_LEVER(
      "--lever: '{0}' is not one of tfr, migration", "--lever: 「{0}」は tfr・migration のどちらでもありません"),
  USAGE_TARGET(
      "--target: '{0}' is not one of total, age_0_14, share_65_plus",
      "--target: 「{0}」は total・age_0_14・share_65_plus のいずれでもありません"),
  USAGE_TARGET_SHARE(
      "--target-population: a share between 0 and 1 (e.g. 0.40)",
      "--target-population: 0 と 1 の間の割合にしてください(例: 0.40)"),
  USAGE_TARGET_YEAR_CALIBRATED(
      "--target-year {0}: is in or before the calibrated period (up to {1} the projection reproduces"
          + " the census; no lever changes it); choose {2} or later",
      "--target-year {0}: 補正(時点修正)の期間内かそれより前です({1} 年までは推計が国勢調査を再現し、どの要因でも変わりません)。{2} 年以降にしてください"),
  USAGE_TARGET_PERSONS(
      "--target-population: a positive number of persons", "--target-population: 正の人数にしてください"),

  // ---- issue 14: help texts (cli.HelpBundle; an option names its text with descriptionKey, a
  // command's description is HELP_CMD_<NAME>; % must be written %% as picocli formats them)
  HELP_CMD_POPVISION(
      "Population projection and scenario simulator for Japanese municipal planners (cohort-component method, 5-year ages and steps).",
      "市町村の人口ビジョン・総合戦略のための人口推計・シナリオシミュレーター(コーホート要因法、5 歳階級・5 年ごと)。"),
  HELP_CMD_SIMULATE(
      "Project a scenario with the cohort-component method and write population.csv, summary.csv, components.csv, assumptions.csv and manifest.json, and PNG charts (total_population.png, pyramid_<year>.png, age_structure.png, components.png).",
      "シナリオをコーホート要因法で推計し、population.csv・summary.csv・components.csv・assumptions.csv・manifest.json と PNG のグラフ(total_population.png・pyramid_<年>.png・age_structure.png・components.png)を書き出します。"),
  HELP_CMD_COMPARE(
      "Run several scenarios and write comparison.csv, structure.csv, impact.csv, decomposition.csv, stages.csv, each scenario's tables, and the charts scenarios_total.png and scenarios_<year>.png (2040, 2060, 2070).",
      "複数のシナリオを推計し、comparison.csv・structure.csv・impact.csv・decomposition.csv・stages.csv、シナリオごとの表、グラフ scenarios_total.png・scenarios_<年>.png(2040・2060・2070 年)を書き出します。"),
  HELP_CMD_BACKTEST(
      "Re-base on earlier censuses using only what was known then, project with each migration method and compare with the later censuses: backtest.csv, mape.csv, backtest.png.",
      "過去の国勢調査を基準に、その時点で分かっていたことだけを使って移動の各方法で推計し、その後の国勢調査と比べます: backtest.csv・mape.csv・backtest.png。"),
  HELP_CMD_SENSITIVITY(
      "Vary the scenario's levers one at a time (TFR level, net social change, life expectancy, sex ratio at birth) and two at a time (TFR level x net social change) and record the population (total, 0-14, 65+) in the chosen years: tornado.csv, grid.csv and charts tornado_<year>.png, heatmap_<year>.png. Settings come from the options, else the scenario's sensitivity: block, else the defaults shown.",
      "シナリオの要因を 1 つずつ(合計特殊出生率の水準・社会増減・平均寿命・出生性比)と 2 つ同時に(出生率 × 社会増減)変え、指定した年の人口(総数・0〜14 歳・65 歳以上)を記録します: tornado.csv・grid.csv とグラフ tornado_<年>.png・heatmap_<年>.png。設定はオプション、なければシナリオの sensitivity: ブロック、なければ表示の既定値です。"),
  HELP_CMD_SOLVE(
      "Find the TFR level or the net social change per 5 years that makes the projection reach a target in a year; write solution.csv with the check run's summary.csv and assumptions.csv. Exit 3 if the target cannot be reached within TFR 0.5-4.0 or migration -5,000..+5,000 per 5 years.",
      "目標年に目標人口へ届く合計特殊出生率の水準、または 5 年ごとの社会増減を求め、solution.csv と検算の summary.csv・assumptions.csv を書き出します。出生率 0.5〜4.0、移動 5 年あたり −5,000〜+5,000 の範囲で届かなければ終了コード 3 です。"),
  HELP_CMD_UNCERTAINTY(
      "Simulate many futures around the scenario with the random deviations of its uncertainty: block (TFR, net migration, life expectancy) and write quantiles.csv (2.5, 10, 25, 50, 75, 90, 97.5 %% of total, 0-14, 15-64, 65+ per year) and fan_chart.png. Same seed, same results, whatever the number of threads.",
      "シナリオの uncertainty: ブロックの乱数による偏差(合計特殊出生率・純移動・平均寿命)で多数の将来をシミュレーションし、quantiles.csv(各年の総数・0〜14・15〜64・65 歳以上の 2.5・10・25・50・75・90・97.5 %% 点)と fan_chart.png を書き出します。同じシードなら、スレッド数によらず同じ結果です。"),
  HELP_CMD_BENCH(
      "Measure the projection kernel, one projection, the sensitivity grid and Monte Carlo with quantiles on a scenario, against the performance targets. Takes about half a minute; run it on an otherwise idle machine.",
      "推計の中核処理、1 回の推計、感度分析の格子、分位点付きモンテカルロの速さをシナリオで測り、性能目標と比べます。30 秒ほどかかります。ほかに負荷のないマシンで実行してください。"),
  HELP_SYNOPSIS_HEADING("Usage: ", "使い方: "),
  HELP_COMMAND_LIST_HEADING("%nCommands:%n", "%nコマンド:%n"),
  HELP_FOOTER_EXIT(
      "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 invalid input.",
      "終了コード: 0 正常、1 内部エラー、2 使い方の誤り、3 入力の誤り。"),
  HELP_FOOTER_LANG(
      "Messages are in Japanese; --lang en (or POPVISION_LANG=en) shows them in English.",
      "メッセージは日本語です。--lang ja|en(または環境変数 POPVISION_LANG)で言語を選べます。"),
  HELP_FOOTER_EXAMPLE(
      "Example: popvision simulate --scenario scenarios/target.yaml",
      "例: popvision simulate --scenario scenarios/target.yaml"),
  HELP_HELP("Show this help message and exit.", "このヘルプを表示して終了します。"),
  HELP_VERSION("Print version information and exit.", "バージョン情報を表示して終了します。"),
  HELP_OPT_LANG(
      "Language of messages: ja (Japanese, default) or en (English); the environment variable POPVISION_LANG sets the default.",
      "メッセージの言語: ja(日本語、既定)または en(英語)。環境変数 POPVISION_LANG で既定を変えられます。"),
  HELP_OPT_FORCE(
      "Replace the output (and chart) directory even if it was not written by popvision.",
      "popvision が書いたものでなくても、出力(とグラフ)のフォルダを置き換えます。"),
  HELP_OPT_VERBOSE("Show stack traces of internal errors.", "内部エラーのスタックトレースを表示します。"),
  HELP_OPT_QUIET("Print nothing but errors and warnings.", "エラーと警告のほかは何も表示しません。"),
  HELP_OPT_CHARTS(
      "Chart directory (simulate: charts/<scenario name>, or <out>/charts with --out; compare: <out>/charts; sensitivity, uncertainty: charts/<scenario name>-<command>, or <out>/charts with --out).",
      "グラフのフォルダ(simulate: charts/<シナリオ名>、--out を指定したときは <out>/charts。compare: <out>/charts。sensitivity・uncertainty: charts/<シナリオ名>-<コマンド>、--out を指定したときは <out>/charts)。"),
  HELP_OPT_NO_CHARTS("Write the tables only, no PNG charts.", "表だけを書き出し、PNG のグラフは描きません。"),
  HELP_OPT_DPI(
      "Chart resolution, {0}-{1} (default: {2}; 1600x1000 pixels at 150, scaled with N).",
      "グラフの解像度 {0}〜{1}(既定: {2}。150 で 1600×1000 ピクセル、N に比例)。"),
  HELP_OPT_EXCEL(
      "Also write tables.xlsx (Japanese headers, wide tables, whole persons, %% for shares) and give the CSV files a UTF-8 byte-order mark for Excel.",
      "tables.xlsx(日本語の見出し、年次 × シナリオなどの表、人数は整数、割合は %%)も書き出し、CSV ファイルには Excel 用に UTF-8 の BOM を付けます。"),
  HELP_OPT_SCENARIO(
      "Scenario YAML file (default: scenarios/target.yaml of the popvision home).",
      "シナリオの YAML ファイル(既定: popvision のフォルダの scenarios/target.yaml)。"),
  HELP_SIMULATE_OUT("Output directory (default: out/<scenario name>).", "出力フォルダ(既定: out/<シナリオ名>)。"),
  HELP_SIMULATE_ANNUAL(
      "Also write annual.csv (linear between 5-year points, flagged).",
      "annual.csv(5 年ごとの値の間を直線で補間し、補間の印付き)も書き出します。"),
  HELP_COMPARE_SCENARIOS(
      "Scenario YAML files, or directories of them.", "シナリオの YAML ファイル、またはそれを入れたフォルダ。"),
  HELP_COMPARE_REFERENCE(
      "Scenario the others are compared with (default: the first).",
      "ほかのシナリオと比べる基準のシナリオ(既定: 最初のもの)。"),
  HELP_COMPARE_OUT("Output directory (default: out/compare).", "出力フォルダ(既定: out/compare)。"),
  HELP_COMPARE_YEAR(
      "Target years of structure.csv and decomposition.csv (default: 2040,2060).",
      "structure.csv と decomposition.csv の目標年(既定: 2040,2060)。"),
  HELP_COMPARE_CONFIG(
      "Analysis settings (default: config/analysis.yaml next to the data directory).",
      "分析の設定(既定: data フォルダの隣の config/analysis.yaml)。"),
  HELP_COMPARE_ANNUAL(
      "Also write annual.csv per scenario (linear between 5-year points).",
      "シナリオごとに annual.csv(5 年ごとの値の間を直線で補間)も書き出します。"),
  HELP_BACKTEST_SCENARIO(
      "Scenario whose data directory is used (default: scenarios/target.yaml).",
      "この data フォルダを使うシナリオ(既定: scenarios/target.yaml)。"),
  HELP_BACKTEST_BASE_YEAR(
      "Base census years (default: 2005,2010,2015; with --area all or a prefecture:"
          + " 1995,2000,2005,2010,2015).",
      "基準とする国勢調査年(既定: 2005,2010,2015。--area all または都道府県では 1995,2000,2005,2010,2015)。"),
  HELP_BACKTEST_OUT("Output directory (default: out/backtest).", "出力フォルダ(既定: out/backtest)。"),
  HELP_BENCH_TRAJECTORIES(
      "Monte Carlo trajectories (default: ${DEFAULT-VALUE}).", "モンテカルロの試行数(既定: ${DEFAULT-VALUE})。"),
  HELP_BENCH_THREADS(
      "Threads for Monte Carlo (default: the number of processors).", "モンテカルロのスレッド数(既定: プロセッサ数)。"),
  HELP_BENCH_MILLION(
      "Also time 1,000,000 Monte Carlo trajectories (default: on; --no-million skips it).",
      "モンテカルロ 1,000,000 本も測ります(既定: 測る。--no-million で省略)。"),
  BENCH_HEADER(
      "popvision {0} bench: {1}, Java {2}, {3} processors, {4}",
      "popvision {0} のベンチマーク: シナリオ {1}、Java {2}、プロセッサ {3} 個、JVM の設定 {4}"),
  BENCH_CONFIGURATION("configuration: {0}", "構成: {0}"),
  BENCH_CONFIG("{0}, {1}, {2}, {3} processors", "{0}、{1}、{2}、プロセッサ {3} 個"),
  BENCH_JIT_TIERED("JIT C1+C2 (tiered)", "JIT C1+C2(段階的コンパイル)"),
  BENCH_JIT_C1("JIT C1 only (-XX:TieredStopAtLevel=1)", "JIT C1 のみ(-XX:TieredStopAtLevel=1)"),
  BENCH_JIT_OTHER("JIT {0}", "JIT(設定 {0})"),
  BENCH_JIT_INTERPRETER("interpreter only (-Xint)", "インタプリタのみ(-Xint)"),
  BENCH_GC("{0} GC", "ガベージコレクタ {0}"),
  BENCH_GC_DEFAULT("default GC", "既定のガベージコレクタ"),
  BENCH_HEAP_DEFAULT("max heap {0} MB: JVM default, no -Xmx", "最大ヒープ {0} MB(JVM の既定、-Xmx なし)"),
  BENCH_HEAP_XMX("max heap {0} MB: {1}, {2} MB usable", "最大ヒープ {0} MB({1}、使用可能 {2} MB)"),
  BENCH_STEP("kernel step (2 sexes x {0} groups)", "カーネルの 1 ステップ(男女 × {0} 年齢階級)"),
  BENCH_REF_STEP("reference step (CohortComponentStep)", "参照実装の 1 ステップ(CohortComponentStep)"),
  BENCH_PROJECTION("kernel projection {0}->{1}", "カーネルの推計 {0}→{1} 年"),
  BENCH_REF_PROJECTION("reference projection {0}->{1} (Projector)", "参照実装の推計 {0}→{1} 年(Projector)"),
  BENCH_GRID("sensitivity grid {0} x {1}", "感度分析の格子 {0} × {1}"),
  BENCH_MC("Monte Carlo {0} trajectories + quantiles ({1} threads)", "モンテカルロ {0} 本と分位点({1} スレッド)"),
  BENCH_MC_PASSES(
      "Monte Carlo {0} trajectories + quantiles ({1} threads, {2} passes)",
      "モンテカルロ {0} 本と分位点({1} スレッド、{2} 回に分けて計算)"),
  BENCH_HEAP_PEAK("heap peak during the benchmark ({0})", "計測中のヒープ使用量の最大、{0}"),
  BENCH_LINE("{0} {1} {2}  (best {3};{4} {5})", "{0} {1} {2}(最良 {3}、{4}{5})"),
  BENCH_CPU(" CPU {0};", "CPU 時間 {0}、"),
  BENCH_FOR_COMPARISON("for comparison", "比較用"),
  BENCH_MET("target <= {0} {1}, met", "目標 {0} {1} 以下: 達成"),
  BENCH_NOT_MET("target <= {0} {1}, NOT MET", "目標 {0} {1} 以下: 未達"),
  BENCH_ALL_MET("All targets met.", "すべての目標を達成しました。"),
  BENCH_SOME_NOT_MET("{0} target(s) not met.", "{0} 個の目標が未達です。"),
  HELP_BENCH_ROUNDS(
      "Timed rounds per figure; the median is reported (default: ${DEFAULT-VALUE}).",
      "各項目を測る回数。中央値を表示します(既定: ${DEFAULT-VALUE})。"),
  HELP_SENSITIVITY_YEAR(
      "Year(s) to record, e.g. --year 2040,2060 (default: 2060, or the horizon if earlier).",
      "記録する年(例: --year 2040,2060。既定: 2060、推計の最終年がそれより前ならその年)。"),
  HELP_SENSITIVITY_TFR_STEPS(
      "One-way TFR level changes, each tried - and + (default: 0.1,0.2).",
      "1 つずつ変える合計特殊出生率の変化幅。それぞれ − と + を試します(既定: 0.1,0.2)。"),
  HELP_SENSITIVITY_MIGRATION_STEPS(
      "One-way changes of net social change per 5 years, each - and + (default: 100,300).",
      "1 つずつ変える 5 年あたりの社会増減の変化幅。それぞれ − と +(既定: 100,300)。"),
  HELP_SENSITIVITY_E0_STEPS(
      "One-way life expectancy changes in years, each - and + (default: 1).",
      "1 つずつ変える平均寿命の変化幅(年)。それぞれ − と +(既定: 1)。"),
  HELP_SENSITIVITY_SRB(
      "Sex ratios at birth tried one-way (default: 1.03,1.07).", "1 つずつ試す出生性比(既定: 1.03,1.07)。"),
  HELP_SENSITIVITY_GRID_TFR(
      "TFR levels of the grid (default: 1.2:2.2:0.05).", "格子の合計特殊出生率の水準(既定: 1.2:2.2:0.05)。"),
  HELP_SENSITIVITY_GRID_MIGRATION(
      "Net social change per 5 years of the grid (default: -2000:500:100).",
      "格子の 5 年あたりの社会増減(既定: -2000:500:100)。"),
  HELP_SENSITIVITY_CONTOURS(
      "Populations drawn as contour lines on the heat map (default: 30000,35000,40000).",
      "ヒートマップに等高線で描く人口(既定: 30000,35000,40000)。"),
  HELP_SENSITIVITY_OUT(
      "Output directory (default: out/<scenario name>-sensitivity).",
      "出力フォルダ(既定: out/<シナリオ名>-sensitivity)。"),
  HELP_SOLVE_LEVER(
      "tfr (TFR level, path shape kept) or migration (net social change per 5 years).",
      "tfr(合計特殊出生率の水準。推移の形は保ちます)または migration(5 年あたりの社会増減)。"),
  HELP_SOLVE_TARGET_YEAR("Year of the target, e.g. 2060.", "目標の年(例: 2060)。"),
  HELP_SOLVE_TARGET_POPULATION(
      "Target value: persons (total, age_0_14) or a share 0-1 (share_65_plus).",
      "目標値: 人数(total・age_0_14)または 0〜1 の割合(share_65_plus)。"),
  HELP_SOLVE_TARGET(
      "total, age_0_14 or share_65_plus (default: ${DEFAULT-VALUE}).",
      "total(総人口)・age_0_14(年少人口)・share_65_plus(高齢化率)のいずれか(既定: ${DEFAULT-VALUE})。"),
  HELP_SOLVE_OUT(
      "Output directory (default: out/<scenario name>-solve).", "出力フォルダ(既定: out/<シナリオ名>-solve)。"),
  HELP_UNCERTAINTY_SCENARIO(
      "Scenario YAML file with an uncertainty: block (default: scenarios/target.yaml).",
      "uncertainty: ブロックのあるシナリオの YAML ファイル(既定: scenarios/target.yaml)。"),
  HELP_UNCERTAINTY_TRAJECTORIES(
      "Number of trajectories (default: the scenario's uncertainty.trajectories).",
      "試行数(既定: シナリオの uncertainty.trajectories)。"),
  HELP_UNCERTAINTY_SEED(
      "Random seed (default: the scenario's uncertainty.seed).",
      "乱数のシード(既定: シナリオの uncertainty.seed)。"),
  HELP_UNCERTAINTY_THREADS(
      "Threads (default: the number of processors); results do not depend on it.",
      "スレッド数(既定: プロセッサ数)。結果はスレッド数によりません。"),
  HELP_OPT_AREA(
      "Area to project (overrides the scenario's area:): a municipality code (40228), or its name"
          + " or prefecture and name as popvision areas lists them (in Japanese).",
      "推計する地域(シナリオの area: より優先): 市区町村コード(40228)、名前(朝倉市)または都道府県名と名前(福岡県朝倉市)。popvision areas を参照。"),
  HELP_CMD_AREAS(
      "List the areas popvision can project (every municipality of Japan, and your own with"
          + " --area-data): code, prefecture, name, census 2015 and 2020 totals, and which IPSS"
          + " projections exist. QUERY is part of a code or of the Japanese name, e.g. 40.",
      "popvision が推計できる地域(全国の市区町村と --area-data の地域)の一覧: コード、都道府県、名前、2015年・2020年国勢調査の総人口、社人研推計の有無。QUERY はコードまたは名前の一部(例: 朝倉、40)。"),
  HELP_AREAS_QUERY("Part of a code or name.", "コードまたは名前の一部。"),
  HELP_AREAS_DATA(
      "Also list the areas of this directory (laid out like data/municipalities/).",
      "このフォルダ(data/municipalities/ と同じ構成)の地域も一覧にします。"),
  HELP_CMD_REPORT(
      "Run scenarios as compare does and write report.html: the headline table, the standard charts"
          + " (embedded), each scenario's assumptions, the impact and structure tables, method,"
          + " sources and warnings; with the comparison's tables and every chart.",
      "compare と同じようにシナリオを推計し、report.html を書き出します: 将来人口の表、標準の図(埋め込み)、各シナリオの仮定、影響度と人口構造の表、方法・出典・警告。比較の表とすべての図も書き出します。"),
  HELP_REPORT_SCENARIOS(
      "Scenario YAML files or directories, as for compare (default: the shipped strategy"
          + " comparison, reference ipss-h30).",
      "シナリオの YAML ファイルまたはフォルダ。compare と同じ(既定: 同梱の戦略比較、基準は ipss-h30)。"),
  HELP_REPORT_OUT("Output directory (default: out/report).", "出力フォルダ(既定: out/report)。"),
  HELP_REPORT_DPI("Chart resolution (default: 150).", "グラフの解像度(既定: 150)。"),
  HELP_UNCERTAINTY_OUT(
      "Output directory (default: out/<scenario name>-uncertainty).",
      "出力フォルダ(既定: out/<シナリオ名>-uncertainty)。"),

  // ---- issue 14: report (popvision report, io.ReportHtml)
  RP_TITLE("Population vision: {0}", "人口ビジョン: {0}"),
  RP_INTRO(
      "Projections of {0} scenarios by the cohort-component method (popvision {1}).",
      "コーホート要因法による {0} シナリオの将来推計(popvision {1})。"),
  RP_HEADLINE("Headline: total population and share aged 65+", "総人口と高齢化率の見通し"),
  RP_CHARTS("Charts", "図表"),
  RP_ASSUMPTIONS("Assumptions of each scenario", "各シナリオの仮定"),
  RP_PERIODS("Assumptions by period", "期間ごとの仮定"),
  RP_CALIBRATION("Calibration (時点修正)", "時点修正"),
  RP_NO_CALIBRATION("not calibrated", "時点修正なし"),
  RP_CALIBRATED(
      "{0} of {1}–{2} solved so that {3} equals the census: assumed {4}, solved {5}",
      "{1}〜{2}年の{0}を{3}年の国勢調査人口に合わせて推定: 仮定 {4} → 推定 {5}"),
  RP_IMPACT("Impact of natural and social change (影響度)", "自然増減・社会増減の影響度"),
  RP_STRUCTURE("Population structure (人口構造の分析)", "人口構造の分析"),
  RP_STRUCTURE_CAPTION("Persons in the target year (change on {0} in %)", "目標年の人口(人)と {0} 年からの増減率"),
  RP_METHOD("Method and sources", "推計方法と出典"),
  RP_METHOD_TEXT(
      "Two-sex cohort-component projection by 5-year age groups (0–4 … 85–89, 90+) in 5-year steps"
          + " from the census date. Survival from UN WPP 2024 life tables for Japan; births from the"
          + " TFR and an age pattern of fertility (or from child-woman ratios); net migration as"
          + " counts with a census residual age profile, rates or cohort change ratios."
          + " Data: Population Census of Japan 1980–2020, IPSS regional projections 2018 and 2023,"
          + " the resident register, MHLW vital statistics, UN WPP 2024 (see data/SOURCES.md).",
      "男女別・5歳階級(0〜4歳 … 85〜89歳、90歳以上)、5年刻みのコーホート要因法。生残率は国連 WPP 2024"
          + " の日本の生命表、出生は合計特殊出生率と年齢別出生パターン(または子ども女性比)、純移動は国勢調査の"
          + "残差による年齢別構成を用いた人数・率・変化率。データ: 国勢調査(1980〜2020年)、社人研「日本の地域別将来推計人口」"
          + "(平成30年・令和5年推計)、住民基本台帳、人口動態統計、UN WPP 2024(data/SOURCES.md 参照)。"),
  RP_WARNINGS("Warnings and notes of the runs", "推計時の警告と注記"),
  RP_NONE("none", "なし"),
  RP_ABSENT("Charts not drawn", "作成できなかった図"),
  RP_WROTE("Wrote {0}", "{0} を書き出しました"),
  RP_FIGURE("Figure {0}: {1}", "図{0}: {1}"),
  RP_AREA("{1}, {0} ({2})", "{0}{1}(地域コード {2})"),
  RP_SKIPPED(
      "scenario {0} skipped: it cannot apply to this area: {1}",
      "シナリオ {0} は省略しました(この地域には適用できません): {1}"),
  RP_AREA_ASAKURA("Asakura City (朝倉市, 40228)", "朝倉市"),
  RP_LABEL_TARGET("Target", "目標"),
  RP_LABEL_BASELINE("Current trend", "現状推移"),
  RP_LABEL_IPSS("IPSS", "社人研"),
  RP_LABEL_BASE_YEAR("{0} (base year)", "{0}年(基準年)"),
  RP_ABSENT_NEEDS("{0}: needs scenarios named {1}", "{0}: シナリオ {1} が必要です"),
  RP_ABSENT_REGISTER(
      "{0}: no resident register for the area in the data", "{0}: この地域の住民基本台帳データがありません"),

  // ---- issue 10: areas (catalog, area: and area_data: keys, --area, batch runs)
  AREA_KEY_FORM(
      "must be an area code or name, e.g. 40228, 朝倉市 or 福岡県朝倉市",
      "地域コードか地域名にしてください(例: 40228、朝倉市、福岡県朝倉市)"),
  AREA_DATA_NOT_FOUND("area data directory not found: {0}", "地域データのフォルダが見つかりません: {0}"),
  AREA_DATA_NO_AREAS(
      "the area data directory has no areas.csv ({0}); it is laid out like data/municipalities/"
          + " (README, \"Your own area\")",
      "地域データのフォルダに areas.csv がありません({0})。data/municipalities/ と同じ構成にしてください(README「自分の地域」)"),
  AREA_CODE_FORM(
      "an area code is 1 to 16 letters, digits, '-' or '_'", "地域コードは英数字・'-'・'_' の 1〜16 文字です"),
  AREA_NAME_EMPTY("the area has no name", "地域名がありません"),
  AREA_DUPLICATE_ROW(
      "a second row for area {0}, year {1} and this sex (the first is on line {2})",
      "地域 {0}・{1} 年・この性別の行が 2 つあります(最初は {2} 行目)"),
  AREA_STATUS("must be census or projection", "census か projection にしてください"),
  AREA_AMBIGUOUS(
      "'{0}' names several areas: {1}; give the code or the prefecture and the name",
      "「{0}」に当たる地域が複数あります: {1}。地域コードか、都道府県名を付けた名前で指定してください"),
  AREA_UNKNOWN_DID_YOU_MEAN(
      "no area is named '{0}'; areas whose name contains it: {1}",
      "「{0}」という名前の地域はありません。名前にこれを含む地域: {1}"),
  AREA_UNKNOWN(
      "no area '{0}' in the catalog; search it with: popvision areas NAME",
      "地域「{0}」は一覧にありません。popvision areas 名前 で検索できます"),
  AREA_GROUP_NOT_HERE(
      "'{0}' names several areas (a prefecture or all); this command projects one area: give its"
          + " code or name",
      "「{0}」は複数の地域(都道府県または全国)を指します。このコマンドは 1 地域を推計します。地域コードか地域名を指定してください"),
  AREA_LINE("area: {0}", "対象地域: {0}"),
  AREAS_HEADER(
      "code\tprefecture\tname\tcensus_2015\tcensus_2020\tipss_2018\tipss_2023",
      "コード\t都道府県\t名称\t国勢調査2015\t国勢調査2020\t社人研2018\t社人研2023"),
  AREAS_COUNT("{0} area(s)", "{0} 地域"),
  BATCH_AREA_FAILED("{0} {1} not projected: {2}", "{0} {1} は推計できませんでした: {2}"),
  BATCH_SUMMARY(
      "{0} of {1} areas projected, {2} not (see area_status.csv)",
      "{1} 地域のうち {0} 地域を推計しました。推計できなかった地域: {2}(area_status.csv を参照)"),
  RESOLVE_NO_AREA(
      "{0} needs inputs derived from an area's data (census by age and sex, migration, fertility"
          + " ratios); the scenario has base.file but names no area: add area: (a code or name) or"
          + " --area",
      "{0} には地域のデータから導く入力(男女・年齢別の国勢調査、移動、出生の比)が必要です。シナリオは base.file だけで地域を指定していません。area:(地域コードか地域名)か --area を指定してください"),
  RESOLVE_AREA_NO_DATASET(
      "{0}: the data have no {1} for this area{2}", "{0}: この地域の {1} はデータにありません{2}"),
  RESOLVE_AREA_NO_REGISTER(
      "{0}: the data have no resident-register movements for this area (they are shipped for"
          + " 朝倉市 40228 only)",
      "{0}: この地域の住民基本台帳の人口移動はデータにありません(同梱は朝倉市 40228 のみ)"),
  RESOLVE_EMPTY_GROUP(
      "{0}: an age group has no persons in {1} or {2}, so the rates or ratios of {1}-{2} are"
          + " undefined; use migration method net-counts or zero for this area",
      "{0}: {1} 年か {2} 年に人口ゼロの年齢階級があるため、{1}〜{2} 年の率・比が定まりません。この地域には migration.method の net-counts か zero を使ってください"),
  DATASET_IPSS_H30("IPSS 2018 projection (ipss-h30)", "社人研 平成30年推計(ipss-h30)"),
  DATASET_CENSUS("census by sex and age (census)", "男女・年齢別の国勢調査(census)"),
  AREA_NO_H30_FUKUSHIMA(
      " (IPSS 2018 projected 福島県 only as a whole); use a census-based scenario such as"
          + " pattern1",
      "(社人研 平成30年推計は福島県を県全体でのみ推計しました)。pattern1 など国勢調査に基づくシナリオを使ってください"),
  AREA_NO_H30_OTHER(
      "; use a census-based scenario such as pattern1", "。pattern1 など国勢調査に基づくシナリオを使ってください"),

  // ---- issue 11: national backtest
  BACKTEST_NATIONAL_HEAD(
      "Backtest of {0} areas, base years {1}: {2} s ({3} method estimates failed, see the"
          + " manifest)",
      "{0} 地域・基準年 {1} のバックテスト: {2} 秒(推定できなかった手法 {3} 件、manifest 参照)"),
  BACKTEST_NATIONAL_COLUMNS(
      "All areas, total population error (%): method, base → year, median |error|, mean |error|,"
          + " mean signed, 90th percentile |error|, areas",
      "全地域・総人口の誤差率(%): 手法、基準年 → 年、絶対誤差の中央値、平均、符号付き平均、絶対誤差の90パーセンタイル、地域数"),
  BACKTEST_NATIONAL_CHOSEN(
      "Best method on targets up to 2015 (mean of the median |error| over every base and target"
          + " year): {0}",
      "2015年までの実績で最良の手法(各基準年・目標年の絶対誤差中央値の平均): {0}"),
  BACKTEST_NATIONAL_WROTE("Wrote {0}/", "{0}/ に書き出しました");

  private final String en;
  private final String ja;

  /** The message of a reason a scenario cannot be resolved ({@code RESOLVE_} + its name). */
  public static Msg of(jp.popvision.scenario.ResolveException.Reason reason) {
    return reason == jp.popvision.scenario.ResolveException.Reason.TEXT
        ? TEXT
        : valueOf("RESOLVE_" + reason.name());
  }

  /** A resolver's note as a message with its arguments ({@code NOTE_} + its kind). */
  public static Text of(jp.popvision.scenario.Note note) {
    return new Text(valueOf("NOTE_" + note.kind().name()), note.args());
  }

  /** Notes as messages. */
  public static List<Text> notes(List<jp.popvision.scenario.Note> notes) {
    return notes.stream().map(Msg::of).toList();
  }

  /** Messages rendered in {@code lang} (e.g. English for the manifest). */
  public static List<String> render(List<Text> texts, Lang lang) {
    return texts.stream().map(t -> t.render(lang)).toList();
  }

  Msg(String en, String ja) {
    this.en = en;
    this.ja = ja;
  }

  /** The template in {@code lang}. */
  public String template(Lang lang) {
    return lang == Lang.JA ? ja : en;
  }

  /** The text in {@code lang} with {@code args} in place of {0}, {1}, … */
  public String render(Lang lang, List<?> args) {
    return fill(template(lang), lang, args);
  }

  public String render(Lang lang, Object... args) {
    return render(lang, List.of(args));
  }

  /** A message together with its arguments, to be rendered later (an argument of another). */
  public record Text(Msg msg, List<Object> args) {
    public Text {
      args = List.copyOf(args);
    }

    public String render(Lang lang) {
      return msg.render(lang, args);
    }
  }

  public Text with(Object... args) {
    return new Text(this, List.of(args));
  }

  static String fill(String template, Lang lang, List<?> args) {
    StringBuilder sb = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i);
        if (close > i + 1) {
          String n = template.substring(i + 1, close);
          if (n.chars().allMatch(Character::isDigit) && n.length() < 3) {
            int k = Integer.parseInt(n);
            sb.append(k < args.size() ? arg(args.get(k), lang) : "{" + n + "}");
            i = close + 1;
            continue;
          }
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  private static String arg(Object a, Lang lang) {
    if (a instanceof Msg m) {
      return m.template(lang);
    }
    if (a instanceof Text t) {
      return t.render(lang);
    }
    return String.valueOf(a);
  }
}
