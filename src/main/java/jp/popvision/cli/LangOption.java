package jp.popvision.cli;

import jp.popvision.io.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --lang ja|en}: the language of messages, on the top command and on every subcommand.
 * Without it: the {@code POPVISION_LANG} environment variable, else Japanese.
 */
public final class LangOption {
  @Option(
      names = "--lang",
      paramLabel = "ja|en",
      converter = LangConverter.class,
      description =
          "Language of messages: ja (Japanese, default) or en (English); "
              + "the environment variable POPVISION_LANG sets the default.")
  Lang lang;

  /** Converts ja / en; anything else is a usage error naming what is allowed. */
  static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      Lang l = Lang.parse(value);
      if (l == null) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a language; use ja or en");
      }
      return l;
    }
  }
}
