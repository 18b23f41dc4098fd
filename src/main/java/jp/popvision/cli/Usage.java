package jp.popvision.cli;

import java.util.ArrayList;
import java.util.List;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Usage errors (exit 2) in the chosen language: the commands' own ({@link #error}) and picocli's
 * (unknown option, missing option or parameter, bad value …), rendered from {@link Msg} instead of
 * picocli's English sentences.
 */
final class Usage {
  private Usage() {}

  /** A usage error with a message from the catalogue. */
  static final class Error extends ParameterException {
    private static final long serialVersionUID = 1L;
    private final transient Msg.Text text;

    Error(CommandLine cl, Msg.Text text) {
      super(cl, text.render(Lang.EN));
      this.text = text;
    }

    Msg.Text text() {
      return text;
    }
  }

  static Error error(CommandLine cl, Msg msg, Object... args) {
    return new Error(cl, msg.with(args));
  }

  /** Prints the error and where to find help; returns exit code 2. */
  static int handle(ParameterException ex, String[] args, Lang lang) {
    CommandLine cl = ex.getCommandLine();
    java.io.PrintWriter err = cl.getErr();
    err.println(Msg.LINE_ERROR.render(lang, text(ex, lang)));
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      err.println(Msg.USAGE_SUGGEST.render(lang, String.join(", ", u.getSuggestions())));
    }
    err.println(Msg.USAGE_SEE_HELP.render(lang, cl.getCommandSpec().qualifiedName()));
    return cl.getCommandSpec().exitCodeOnInvalidInput();
  }

  static String text(ParameterException ex, Lang lang) {
    if (ex instanceof Error e) {
      return e.text().render(lang);
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> options = new ArrayList<>();
      List<String> others = new ArrayList<>();
      for (String a : u.getUnmatched()) {
        (a.startsWith("-") ? options : others).add(a);
      }
      return options.isEmpty()
          ? Msg.USAGE_UNKNOWN_ARGUMENT.render(lang, String.join(" ", others))
          : Msg.USAGE_UNKNOWN_OPTION.render(lang, String.join(", ", options));
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      List<String> names = m.getMissing().stream().map(Usage::name).toList();
      return Msg.USAGE_MISSING.render(lang, String.join(", ", names));
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      return Msg.USAGE_TWICE.render(lang, name(o.getOverwritten()));
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null) {
      return Msg.USAGE_BAD_VALUE.render(lang, name(arg), ex.getValue(), expected(arg));
    }
    if (arg != null) {
      return Msg.USAGE_BAD_ARGUMENT.render(lang, name(arg));
    }
    return Msg.USAGE_OTHER.render(lang, ex.getMessage());
  }

  private static String name(ArgSpec a) {
    if (a instanceof OptionSpec o) {
      return a.arity().max() > 0 ? o.longestName() + "=" + a.paramLabel() : o.longestName();
    }
    return a.paramLabel();
  }

  /** What the option takes, as a catalogue text (a whole number, a number, a path …). */
  private static Msg expected(ArgSpec a) {
    Class<?> t = a.auxiliaryTypes().length > 0 ? a.auxiliaryTypes()[0] : a.type();
    if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
      return Msg.USAGE_EXPECT_INT;
    }
    if (t == Lang.class) {
      return Msg.USAGE_EXPECT_LANG;
    }
    if (t == Double.class || t == double.class) {
      return Msg.USAGE_EXPECT_NUMBER;
    }
    return Msg.USAGE_EXPECT_VALUE;
  }
}
