package jp.popvision.app;

import java.util.List;
import jp.popvision.io.CsvFormat;

/**
 * The CSV texts of a national backtest: {@code backtest_areas.csv} and {@code backtest_ages.csv}
 * (one line per area and projection), {@code backtest_summary.csv} and {@code
 * backtest_ages_summary.csv} (the {@link BacktestSummary} statistics).
 */
public final class BacktestCsv {
  private BacktestCsv() {}

  /** {@code backtest_areas.csv}: one line per area, method, base year and census year. */
  public static String areasCsv(List<AreaBacktest.Row> rows) {
    StringBuilder sb =
        new StringBuilder(rows.size() * 48)
            .append("area_code,method,base_year,year,projected,actual,error_pct\n");
    for (AreaBacktest.Row r : rows) {
      sb.append(r.areaCode())
          .append(',')
          .append(r.method())
          .append(',')
          .append(r.baseYear())
          .append(',')
          .append(r.year())
          .append(',')
          .append(CsvFormat.count(r.projected()))
          .append(',')
          .append(CsvFormat.count(r.actual()))
          .append(',')
          .append(CsvFormat.fixed(r.errorPct(), 4))
          .append('\n');
    }
    return sb.toString();
  }

  /** {@code backtest_summary.csv}. */
  public static String summaryCsv(List<BacktestSummary.Line> lines) {
    StringBuilder sb =
        new StringBuilder(
            "method,base_year,year,horizon,areas,median_ape,mape,mean_pe,p90_ape,size_class\n");
    for (BacktestSummary.Line l : lines) {
      sb.append(l.method())
          .append(',')
          .append(l.baseYear())
          .append(',')
          .append(l.year())
          .append(',')
          .append(l.horizon())
          .append(',')
          .append(l.areas())
          .append(',')
          .append(CsvFormat.fixed(l.medianApe(), 2))
          .append(',')
          .append(CsvFormat.fixed(l.mape(), 2))
          .append(',')
          .append(CsvFormat.fixed(l.meanPe(), 2))
          .append(',')
          .append(CsvFormat.fixed(l.p90Ape(), 2))
          .append(',')
          .append(l.sizeClass())
          .append('\n');
    }
    return sb.toString();
  }

  /** {@code backtest_ages.csv}: one line per area, method, base year, census year, sex and age. */
  public static String agesCsv(List<AreaBacktest.AgeRow> rows) {
    StringBuilder sb =
        new StringBuilder(rows.size() * 38 * 50)
            .append("area_code,method,base_year,year,sex,age_group,projected,actual,error\n");
    for (AreaBacktest.AgeRow r : rows) {
      String head = r.areaCode() + ',' + r.method() + ',' + r.baseYear() + ',' + r.year() + ',';
      for (int s = 0; s < 2; s++) {
        var proj = s == 0 ? r.projected().male() : r.projected().female();
        var act = s == 0 ? r.actual().male() : r.actual().female();
        for (int i = 0; i < r.actual().groups().count(); i++) {
          sb.append(head)
              .append(s == 0 ? "male" : "female")
              .append(',')
              .append(r.actual().groups().label(i))
              .append(',')
              .append(CsvFormat.count(proj.get(i)))
              .append(',')
              .append(CsvFormat.count(act.get(i)))
              .append(',')
              .append(CsvFormat.count(proj.get(i) - act.get(i)))
              .append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** {@code backtest_ages_summary.csv}. */
  public static String agesSummaryCsv(List<BacktestSummary.AgeLine> lines) {
    StringBuilder sb =
        new StringBuilder(
            "method,base_year,year,horizon,areas,median_id,mean_id,p90_id,median_cell_mape,"
                + "size_class\n");
    for (BacktestSummary.AgeLine l : lines) {
      sb.append(l.method())
          .append(',')
          .append(l.baseYear())
          .append(',')
          .append(l.year())
          .append(',')
          .append(l.horizon())
          .append(',')
          .append(l.areas())
          .append(',')
          .append(CsvFormat.fixed(l.medianId(), 3))
          .append(',')
          .append(CsvFormat.fixed(l.meanId(), 3))
          .append(',')
          .append(CsvFormat.fixed(l.p90Id(), 3))
          .append(',')
          .append(CsvFormat.fixed(l.medianCellMape(), 2))
          .append(',')
          .append(l.sizeClass())
          .append('\n');
    }
    return sb.toString();
  }
}
