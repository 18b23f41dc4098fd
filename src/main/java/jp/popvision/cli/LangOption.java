package jp.popvision.cli;

import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
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
      descriptionKey = "HELP_OPT_LANG")
  Lang lang;

  /** Converts ja / en; anything else is a usage error naming what is allowed. */
  static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      Lang l = Lang.parse(value);
      if (l == null) {
        throw new CommandLine.TypeConversionException(Msg.USAGE_EXPECT_LANG.template(Lang.EN));
      }
      return l;
    }
  }
}
