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
  CSV_UNREADABLE("not a readable CSV file: {0}", "CSV ファイルとして読めません: {0}"),
  CSV_TOO_MANY_CELLS(
      "the row has {0} cells but the header {1}; a number with a thousands separator must be"
          + " quoted (\"1,234\") or written without it",
      "この行はセルが {0} 個ありますが、見出し行は {1} 個です。桁区切りのある数値は引用符で囲む(\"1,234\")か、区切りなしで書いてください"),
  CSV_UNCLOSED_QUOTE(
      "a quoted cell (\"…) starts on this line and is not closed before the end of the file",
      "この行で始まる引用符付きのセル(\"…)が、ファイルの最後まで閉じられていません"),
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
      "exists and was not written by popvision (no {0}); choose another {1} or add --force to"
          + " replace it",
      "既にあり、popvision が書いたものではありません({0} がない)。別の {1} を指定するか、置き換えるなら --force を付けてください"),
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
  WARN_NEAR_EMPTY(
      "{0}: {1} sex × age group(s) hold less than {2}% of their base-year size (near-empty): {3}",
      "{0} 年: {1} 個の男女・年齢階級が基準年の {2}% 未満に減っています(ほぼ空): {3}"),
  SUMMARY_LIMITS(
      "  caution: net out-migration was limited at zero in {0} period(s) from {1} ({2} persons not"
          + " applied): a fixed count asks more people to leave than there are",
      "  注意: {1} 年からの {0} 期間で純転出がコーホートの人数を超え、ゼロで止めました(適用しなかった人数 {2})。固定の人数が、いる人数より多くの転出を求めています"),
  SUMMARY_NEAR_EMPTY(
      "  caution: by {0}, {1} sex × age group(s) hold less than {2}% of their base-year size: {3}",
      "  注意: {0} 年には {1} 個の男女・年齢階級が基準年の {2}% 未満です: {3}"),

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
  RP_AREA_ASAKURA("Asakura City (朝倉市, 40228)", "朝倉市"),
  RP_LABEL_TARGET("Target", "目標"),
  RP_LABEL_BASELINE("Current trend", "現状推移"),
  RP_LABEL_IPSS("IPSS", "社人研"),
  RP_LABEL_BASE_YEAR("{0} (base year)", "{0}年(基準年)"),
  RP_ABSENT_NEEDS("{0}: needs scenarios named {1}", "{0}: シナリオ {1} が必要です"),
  RP_ABSENT_REGISTER(
      "{0}: no resident register for the area in the data", "{0}: この地域の住民基本台帳データがありません");

  private final String en;
  private final String ja;

  /** The message of a reason a scenario cannot be resolved ({@code RESOLVE_} + its name). */
  public static Msg of(jp.popvision.scenario.ResolveException.Reason reason) {
    return reason == jp.popvision.scenario.ResolveException.Reason.TEXT
        ? TEXT
        : valueOf("RESOLVE_" + reason.name());
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
