package jp.popvision.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import jp.popvision.chart.ChartWriter;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * picocli's help texts from the one message catalogue, {@link Msg}, in one language: a command's
 * description is {@code HELP_CMD_<NAME>}, an option's or parameter's text is the constant its
 * {@code descriptionKey} names, and the headings, footer and standard options ({@code --help},
 * {@code --version}) have their own {@code HELP_} constants. A command or option without one shows
 * an empty text, which {@code HelpTextsTest} catches.
 */
final class HelpBundle extends ResourceBundle {
  private final Map<String, String> texts = new LinkedHashMap<>();

  private HelpBundle() {}

  /** The texts of {@code root} and all its subcommands in {@code lang}. */
  static HelpBundle of(CommandLine root, Lang lang) {
    HelpBundle b = new HelpBundle();
    for (Msg m : Msg.values()) {
      if (m.name().startsWith("HELP_")) {
        b.texts.put(m.name(), render(m, lang));
      }
    }
    b.texts.put("usage.synopsisHeading", Msg.HELP_SYNOPSIS_HEADING.template(lang));
    b.texts.put("usage.commandListHeading", Msg.HELP_COMMAND_LIST_HEADING.template(lang));
    b.texts.put("usage.footer.0", "");
    b.texts.put("usage.footer.1", Msg.HELP_FOOTER_EXIT.template(lang));
    b.texts.put("usage.footer.2", Msg.HELP_FOOTER_LANG.template(lang));
    b.texts.put("usage.footer.3", Msg.HELP_FOOTER_EXAMPLE.template(lang));
    for (String k : new String[] {"help", "mixinStandardHelpOptions.help"}) {
      b.texts.put(k, Msg.HELP_HELP.template(lang));
    }
    for (String k : new String[] {"version", "mixinStandardHelpOptions.version"}) {
      b.texts.put(k, Msg.HELP_VERSION.template(lang));
    }
    b.addCommand(root.getCommandSpec(), lang);
    return b;
  }

  private void addCommand(CommandSpec spec, Lang lang) {
    Msg m = description(spec);
    if (m != null) {
      for (String prefix : new String[] {spec.qualifiedName("."), spec.name()}) {
        texts.put(prefix + ".usage.description.0", m.template(lang));
        texts.put(prefix + ".usage.description.1", "");
      }
    }
    for (CommandLine sub : spec.subcommands().values()) {
      addCommand(sub.getCommandSpec(), lang);
    }
  }

  /** The description of a command: {@code HELP_CMD_<NAME>}, or null if there is none. */
  static Msg description(CommandSpec spec) {
    String name = "HELP_CMD_" + spec.name().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (Msg m : Msg.values()) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    return null;
  }

  private static String render(Msg m, Lang lang) {
    return m == Msg.HELP_OPT_DPI
        ? m.render(lang, ChartWriter.MIN_DPI, ChartWriter.MAX_DPI, ChartWriter.BASE_DPI)
        : m.template(lang);
  }

  @Override
  protected Object handleGetObject(String key) {
    return texts.get(key);
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(texts.keySet());
  }
}
