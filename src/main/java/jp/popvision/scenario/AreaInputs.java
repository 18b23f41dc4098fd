package jp.popvision.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Inputs a scenario leaves to its area's data, filled in before it is resolved: net counts stated
 * on the register basis ({@code migration.basis: register}) turned into census terms by the area's
 * {@link RegisterBasis} ratio, and TFR knots written {@code area} replaced by the area's Bayesian
 * TFR estimate 2008–2012. An area without the data needed is an error naming it. Applying it twice
 * changes nothing. Pure.
 *
 * @param spec the scenario with every such input filled in
 * @param notes what was filled in, for the summary and manifest
 */
public record AreaInputs(ScenarioSpec spec, List<Note> notes) {
  /** A TFR knot value meaning "the area's Bayesian TFR estimate" ({@code 2015: area}). */
  public static final double AREA_TFR = Double.NaN;

  public AreaInputs {
    notes = List.copyOf(notes);
  }

  public static AreaInputs apply(ScenarioSpec spec, InputData data) {
    List<Note> notes = new ArrayList<>();
    ScenarioSpec out = spec;
    FertilitySpec f = spec.fertility();
    if (f instanceof FertilitySpec.Tfr t && hasArea(t.tfr())) {
      out =
          out.withFertility(
              new FertilitySpec.Tfr(
                  areaTfr(t.tfr(), data, notes), t.agePattern(), t.sexRatioAtBirth()));
    } else if (f instanceof FertilitySpec.ChildWomanRatio c
        && c.tfr() != null
        && hasArea(c.tfr())) {
      out =
          out.withFertility(
              new FertilitySpec.ChildWomanRatio(c.source(), areaTfr(c.tfr(), data, notes)));
    }
    MigrationSpec m = converted(spec.migration(), data, notes);
    if (m != spec.migration()) {
      out = out.withMigration(m);
    }
    return new AreaInputs(out, notes);
  }

  private static boolean hasArea(KnotPath path) {
    return path.knots().stream().anyMatch(k -> Double.isNaN(k.value()));
  }

  private static KnotPath areaTfr(KnotPath path, InputData data, List<Note> notes) {
    if (data.tfrBayes() == null) {
      throw new ResolveException(
          "fertility.tfr", ResolveException.Reason.AREA_NO_TFR, areaLabel(data));
    }
    double v = data.tfrBayes();
    notes.add(
        Note.of(
            Note.Kind.TFR_AREA, areaLabel(data), String.format(java.util.Locale.ROOT, "%.2f", v)));
    return new KnotPath(
        path.knots().stream()
            .map(k -> Double.isNaN(k.value()) ? new Knot(k.year(), v) : k)
            .toList());
  }

  private static MigrationSpec converted(MigrationSpec m, InputData data, List<Note> notes) {
    if (m instanceof MigrationSpec.Switch s) {
      MigrationSpec a = converted(s.first(), data, notes);
      MigrationSpec b = converted(s.then(), data, notes);
      return a == s.first() && b == s.then() ? s : new MigrationSpec.Switch(a, s.fromYear(), b);
    }
    if (m instanceof MigrationSpec.NetRates r && r.register() != null) {
      RegisterBasis b = r.register().conversion();
      if (b == null) {
        b = RegisterBasis.of(data);
        if (b == null) {
          throw new ResolveException(
              "migration.basis", ResolveException.Reason.AREA_NO_REGISTER, areaLabel(data));
        }
      }
      notes.add(basisNote(b));
      return new MigrationSpec.NetRates(
          r.fromYear(),
          r.register().stated() * b.ratio(),
          new MigrationSpec.RegisterLevel(r.register().stated(), b));
    }
    if (!(m instanceof MigrationSpec.NetCounts c) || c.register() == null) {
      return m;
    }
    RegisterBasis basis = c.register().conversion();
    if (basis != null) { // already converted: say so again
      notes.add(basisNote(basis));
      return m;
    }
    basis = RegisterBasis.of(data);
    if (basis == null) {
      throw new ResolveException(
          "migration.basis", ResolveException.Reason.AREA_NO_REGISTER, areaLabel(data));
    }
    notes.add(basisNote(basis));
    RegisterBasis ratio = basis;
    KnotPath census =
        new KnotPath(
            c.register().stated().knots().stream()
                .map(k -> new Knot(k.year(), k.value() * ratio.ratio()))
                .toList());
    return new MigrationSpec.NetCounts(
        census,
        c.profileYear(),
        c.timing(),
        new MigrationSpec.RegisterStated(c.register().stated(), ratio));
  }

  private static Note basisNote(RegisterBasis basis) {
    return Note.of(
        Note.Kind.REGISTER_BASIS,
        String.format(java.util.Locale.ROOT, "%.4f", basis.ratio()),
        basis.span(),
        basis.periods().size());
  }

  private static String areaLabel(InputData data) {
    return data.area() == null ? "(base.file)" : data.area().label();
  }
}
