package jp.popvision.scenario;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The base population: a shipped dataset or a user-supplied file, and the base year. Exactly one of
 * {@code dataset} and {@code file} is set.
 */
public record BaseSpec(Dataset dataset, int year, BaseFile file) {

  public BaseSpec {
    if ((dataset == null) == (file == null)) {
      throw new IllegalArgumentException(
          "a base needs either a dataset or a file, not both or neither");
    }
  }

  /** A shipped dataset. */
  public BaseSpec(Dataset dataset, int year) {
    this(dataset, year, null);
  }

  /** Text encodings of a user-supplied file. */
  public enum Encoding {
    /** UTF-8 (with or without a byte-order mark), else Shift_JIS when the bytes say so. */
    AUTO,
    UTF_8,
    /** Shift_JIS as Windows and Excel write it (Windows-31J / MS932). */
    SHIFT_JIS;

    /** {@code utf-8}, {@code shift_jis} and common spellings of the two; null for others. */
    public static Encoding parse(String text) {
      String t = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
      return switch (t) {
        case "utf_8", "utf8" -> UTF_8;
        case "shift_jis", "sjis", "shiftjis", "cp932", "ms932", "windows_31j" -> SHIFT_JIS;
        default -> null;
      };
    }
  }

  /**
   * A population file given by the scenario: {@code path} resolved, {@code shown} as the user wrote
   * it (relative to the scenario file's directory as given on the command line), for messages.
   */
  public record BaseFile(Path path, String shown, Encoding encoding) {}

  /** What the base is, for messages: the dataset key or the file as shown. */
  public String describe() {
    return dataset != null ? dataset.key() : file.shown();
  }
}
