package jp.popvision.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.popvision.app.AreaList;
import jp.popvision.io.InputException;
import jp.popvision.io.Lang;
import jp.popvision.io.Msg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code popvision areas [QUERY]}: list and search the area catalog. */
@Command(name = "areas", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class AreasCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LangOption langOption = new LangOption();

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      descriptionKey = "HELP_AREAS_QUERY")
  String query;

  @Option(names = "--area-data", paramLabel = "DIR", descriptionKey = "HELP_AREAS_DATA")
  Path areaData;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Lang lang = Main.lang(spec);
    String home = System.getProperty("popvision.home");
    Path data = (home != null ? Path.of(home) : Path.of("")).resolve("data");
    List<AreaList.Row> rows;
    try {
      rows = AreaList.search(data, areaData == null ? List.of() : List.of(areaData), query);
    } catch (InputException e) {
      return Report.problems(err, lang, e);
    }
    out.println(Msg.AREAS_HEADER.render(lang));
    for (AreaList.Row r : rows) {
      out.printf(
          Locale.ROOT,
          "%s\t%s\t%s\t%s\t%s\t%s\t%s%n",
          r.area().code(),
          r.area().prefecture(),
          r.area().name(),
          count(r.census2015()),
          count(r.census2020()),
          r.area().inIpssH30() ? "yes" : "no",
          r.area().inIpssR5() ? "yes" : "no");
    }
    out.println(Msg.AREAS_COUNT.render(lang, rows.size()));
    return rows.isEmpty() ? Main.EXIT_INPUT : 0;
  }

  private static String count(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%,.0f", v);
  }
}
