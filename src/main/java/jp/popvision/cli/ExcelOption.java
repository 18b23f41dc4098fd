package jp.popvision.cli;

import jp.popvision.io.Lang;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --excel}: also write {@code tables.xlsx} (headers in the language of the messages). */
public final class ExcelOption {
  @Option(names = "--excel", descriptionKey = "HELP_OPT_EXCEL")
  boolean excel;

  /** The language of the workbook, or null for none. */
  Lang workbook(CommandSpec spec) {
    return excel ? Main.lang(spec) : null;
  }
}
