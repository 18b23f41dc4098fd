package jp.popvision.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;

/**
 * The data a scenario is resolved against, already read and checked (see {@code io.AreaData}).
 *
 * @param census census populations by year, age unknown distributed pro rata
 * @param ipssH30 IPSS 2018 projection populations by year
 * @param lifeTables WPP 2024 life tables by period start
 * @param wppFertilityPattern WPP 2024 share of TFR by mother's age 15–19 … 45–49 (sums to 1)
 * @param wppSrb WPP 2024 sex ratio at birth by period start
 * @param mhlwFertilityPattern MHLW share of TFR by mother's age by year (sums to 1)
 * @param observed census totals (and broad age groups where known) by year, including years without
 *     an age breakdown (2020)
 * @param ipssR5 IPSS 2023 projection: total and broad age groups by year
 * @param register resident-register movements by year, summed over the city's area (the three
 *     former towns before 2006)
 * @param baseFiles populations read from user-supplied base files ({@code base.file}), by the
 *     file's resolved path
 * @param area the area all derived inputs come from; null when the scenario names none (a {@code
 *     base.file} alone: then only national tables are here)
 * @param tfrBayes the area's Bayesian-estimated TFR 2008–2012; null when unknown
 * @param dataFiles the data files read (relative to the data directory, or absolute), for the
 *     manifest
 */
public record InputData(
    NavigableMap<Integer, Population> census,
    NavigableMap<Integer, Population> ipssH30,
    NavigableMap<Integer, LifeTable> lifeTables,
    NavigableMap<Integer, AgeVector> wppFertilityPattern,
    NavigableMap<Integer, Double> wppSrb,
    Map<Integer, AgeVector> mhlwFertilityPattern,
    NavigableMap<Integer, ObservedTotals> observed,
    NavigableMap<Integer, ObservedTotals> ipssR5,
    List<RegisterYear> register,
    Map<Path, NavigableMap<Integer, Population>> baseFiles,
    AreaInfo area,
    Double tfrBayes,
    List<String> dataFiles) {

  public InputData {
    baseFiles = Map.copyOf(baseFiles);
    dataFiles = List.copyOf(dataFiles);
  }

  /** Data of no area (tests), with user-supplied base files. */
  public InputData(
      NavigableMap<Integer, Population> census,
      NavigableMap<Integer, Population> ipssH30,
      NavigableMap<Integer, LifeTable> lifeTables,
      NavigableMap<Integer, AgeVector> wppFertilityPattern,
      NavigableMap<Integer, Double> wppSrb,
      Map<Integer, AgeVector> mhlwFertilityPattern,
      NavigableMap<Integer, ObservedTotals> observed,
      NavigableMap<Integer, ObservedTotals> ipssR5,
      List<RegisterYear> register,
      Map<Path, NavigableMap<Integer, Population>> baseFiles) {
    this(
        census,
        ipssH30,
        lifeTables,
        wppFertilityPattern,
        wppSrb,
        mhlwFertilityPattern,
        observed,
        ipssR5,
        register,
        baseFiles,
        null,
        null,
        List.of());
  }

  /** The shipped data without user-supplied base files. */
  public InputData(
      NavigableMap<Integer, Population> census,
      NavigableMap<Integer, Population> ipssH30,
      NavigableMap<Integer, LifeTable> lifeTables,
      NavigableMap<Integer, AgeVector> wppFertilityPattern,
      NavigableMap<Integer, Double> wppSrb,
      Map<Integer, AgeVector> mhlwFertilityPattern,
      NavigableMap<Integer, ObservedTotals> observed,
      NavigableMap<Integer, ObservedTotals> ipssR5,
      List<RegisterYear> register) {
    this(
        census,
        ipssH30,
        lifeTables,
        wppFertilityPattern,
        wppSrb,
        mhlwFertilityPattern,
        observed,
        ipssR5,
        register,
        Map.of());
  }

  /** This data with more base files (e.g. another scenario's, for a decomposition). */
  public InputData withBaseFiles(Map<Path, NavigableMap<Integer, Population>> more) {
    Map<Path, NavigableMap<Integer, Population>> all = new java.util.HashMap<>(baseFiles);
    all.putAll(more);
    return new InputData(
        census,
        ipssH30,
        lifeTables,
        wppFertilityPattern,
        wppSrb,
        mhlwFertilityPattern,
        observed,
        ipssR5,
        register,
        all,
        area,
        tfrBayes,
        dataFiles);
  }

  /**
   * What was known at the census of {@code year} (1 October): censuses up to that year, register
   * years that ended before it, and no projection published after it (IPSS 2018 and 2023 are
   * dropped for any year before their publication: 2018 and 2023). National life tables, fertility
   * patterns and sex ratios at birth are kept: backtests use the tables of the period.
   */
  public InputData knownAt(int year) {
    LocalDate census = LocalDate.of(year, 10, 1);
    return new InputData(
        new TreeMap<>(census().headMap(year, true)),
        year >= 2018 ? ipssH30 : new TreeMap<>(),
        lifeTables,
        wppFertilityPattern,
        wppSrb,
        mhlwFertilityPattern,
        new TreeMap<>(observed().headMap(year, true)),
        year >= 2023 ? ipssR5 : new TreeMap<>(),
        register.stream().filter(r -> r.to().isBefore(census)).toList(),
        baseFiles,
        area,
        tfrBayes,
        dataFiles);
  }

  public NavigableMap<Integer, Population> populations(Dataset d) {
    return d == Dataset.CENSUS ? census : ipssH30;
  }
}
