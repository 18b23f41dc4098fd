package jp.popvision.io;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.popvision.model.AgeGroups;
import jp.popvision.model.AgeVector;
import jp.popvision.model.Population;
import jp.popvision.scenario.AreaInfo;
import jp.popvision.scenario.InputData;
import jp.popvision.scenario.LifeTable;
import jp.popvision.scenario.ObservedTotals;
import jp.popvision.scenario.RegisterYear;

/**
 * The binary form of an {@link InputCache} entry: an area of the catalog and its {@link InputData}
 * (without base files), written field by field. Doubles are kept bit for bit, nulls explicitly,
 * maps as the readers build them ({@link TreeMap}, so that iteration order is the same). Reading
 * checks every length against the bytes left, so that a damaged entry fails with an exception,
 * never with a huge allocation.
 */
final class InputCodec {
  private InputCodec() {}

  // kinds of map values; a switch rather than lambdas, which are linked at their first call (a
  // start-up cost, issue 15)
  private static final int POPULATION = 0;
  private static final int LIFE_TABLE = 1;
  private static final int VECTOR = 2;
  private static final int DOUBLE = 3;
  private static final int TOTALS = 4;

  static void write(DataOutputStream out, AreaCatalog.Area a, InputData d) throws IOException {
    out.writeBoolean(a != null);
    if (a != null) {
      string(out, a.code());
      string(out, a.prefecture());
      string(out, a.name());
      string(out, a.kind());
      out.writeBoolean(a.inIpssH30());
      out.writeBoolean(a.inIpssR5());
      string(out, a.dir() == null ? null : a.dir().toString());
    }
    map(out, d.census(), POPULATION);
    map(out, d.ipssH30(), POPULATION);
    map(out, d.lifeTables(), LIFE_TABLE);
    map(out, d.wppFertilityPattern(), VECTOR);
    map(out, d.wppSrb(), DOUBLE);
    map(out, d.mhlwFertilityPattern(), VECTOR);
    map(out, d.observed(), TOTALS);
    map(out, d.ipssR5(), TOTALS);
    out.writeInt(d.register().size());
    for (RegisterYear r : d.register()) {
      date(out, r.from());
      date(out, r.to());
      string(out, r.label());
      string(out, r.coverage());
      out.writeDouble(r.socialChange());
      out.writeDouble(r.naturalChange());
    }
    out.writeBoolean(d.area() != null);
    if (d.area() != null) {
      string(out, d.area().code());
      string(out, d.area().prefecture());
      string(out, d.area().name());
    }
    nullableDouble(out, d.tfrBayes());
    out.writeInt(d.dataFiles().size());
    for (String f : d.dataFiles()) {
      string(out, f);
    }
  }

  static InputCache.Entry read(DataInputStream in) throws IOException {
    AreaCatalog.Area a = null;
    if (in.readBoolean()) {
      String code = string(in);
      String prefecture = string(in);
      String name = string(in);
      String kind = string(in);
      boolean h30 = in.readBoolean();
      boolean r5 = in.readBoolean();
      String dir = string(in);
      a =
          new AreaCatalog.Area(
              code, prefecture, name, kind, h30, r5, dir == null ? null : Path.of(dir));
    }
    NavigableMap<Integer, Population> census = map(in, POPULATION);
    NavigableMap<Integer, Population> h30 = map(in, POPULATION);
    NavigableMap<Integer, LifeTable> life = map(in, LIFE_TABLE);
    NavigableMap<Integer, AgeVector> wpp = map(in, VECTOR);
    NavigableMap<Integer, Double> srb = map(in, DOUBLE);
    NavigableMap<Integer, AgeVector> mhlw = map(in, VECTOR);
    NavigableMap<Integer, ObservedTotals> observed = map(in, TOTALS);
    NavigableMap<Integer, ObservedTotals> r5 = map(in, TOTALS);
    int n = count(in, 8);
    List<RegisterYear> register = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate from = date(in);
      LocalDate to = date(in);
      String label = string(in);
      String coverage = string(in);
      register.add(new RegisterYear(from, to, label, coverage, in.readDouble(), in.readDouble()));
    }
    AreaInfo area = in.readBoolean() ? new AreaInfo(string(in), string(in), string(in)) : null;
    Double tfr = nullableDouble(in);
    n = count(in, 4);
    List<String> files = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      files.add(string(in));
    }
    InputData d =
        new InputData(
            census,
            h30,
            life,
            wpp,
            srb,
            mhlw,
            observed,
            r5,
            List.copyOf(register),
            Map.of(),
            area,
            tfr,
            files);
    return new InputCache.Entry(a, d);
  }

  private static void map(DataOutputStream out, Map<Integer, ?> m, int kind) throws IOException {
    out.writeInt(m.size());
    for (Map.Entry<Integer, ?> e : m.entrySet()) {
      out.writeInt(e.getKey());
      Object v = e.getValue();
      switch (kind) {
        case POPULATION -> population(out, (Population) v);
        case LIFE_TABLE -> lifeTable(out, (LifeTable) v);
        case VECTOR -> vector(out, (AgeVector) v);
        case DOUBLE -> nullableDouble(out, (Double) v);
        default -> totals(out, (ObservedTotals) v);
      }
    }
  }

  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  private static <V> NavigableMap<Integer, V> map(DataInputStream in, int kind) throws IOException {
    int n = count(in, 5);
    NavigableMap<Integer, Object> m = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      int key = in.readInt();
      Object v =
          switch (kind) {
            case POPULATION -> population(in);
            case LIFE_TABLE -> lifeTable(in);
            case VECTOR -> vector(in);
            case DOUBLE -> nullableDouble(in);
            default -> totals(in);
          };
      m.put(key, v);
    }
    return (NavigableMap<Integer, V>) m;
  }

  private static void population(DataOutputStream out, Population p) throws IOException {
    out.writeInt(p.groups().width());
    out.writeInt(p.groups().count());
    out.writeInt(p.year());
    vector(out, p.male());
    vector(out, p.female());
  }

  private static Population population(DataInputStream in) throws IOException {
    AgeGroups g = new AgeGroups(in.readInt(), in.readInt());
    int year = in.readInt();
    return new Population(g, year, vector(in), vector(in));
  }

  private static void lifeTable(DataOutputStream out, LifeTable t) throws IOException {
    out.writeInt(t.periodStart());
    out.writeDouble(t.l0());
    vector(out, t.nLxMale());
    vector(out, t.nLxFemale());
  }

  private static LifeTable lifeTable(DataInputStream in) throws IOException {
    int start = in.readInt();
    double l0 = in.readDouble();
    return new LifeTable(start, l0, vector(in), vector(in));
  }

  private static void totals(DataOutputStream out, ObservedTotals t) throws IOException {
    out.writeInt(t.year());
    out.writeDouble(t.total());
    nullableDouble(out, t.age0to14());
    nullableDouble(out, t.age15to64());
    nullableDouble(out, t.age65plus());
    string(out, t.source());
  }

  private static ObservedTotals totals(DataInputStream in) throws IOException {
    int year = in.readInt();
    double total = in.readDouble();
    Double a = nullableDouble(in);
    Double b = nullableDouble(in);
    Double c = nullableDouble(in);
    return new ObservedTotals(year, total, a, b, c, string(in));
  }

  private static void vector(DataOutputStream out, AgeVector v) throws IOException {
    out.writeInt(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.writeDouble(v.get(i));
    }
  }

  private static AgeVector vector(DataInputStream in) throws IOException {
    double[] v = new double[count(in, 8)];
    for (int i = 0; i < v.length; i++) {
      v[i] = in.readDouble();
    }
    return AgeVector.of(v);
  }

  private static void nullableDouble(DataOutputStream out, Double v) throws IOException {
    out.writeBoolean(v != null);
    if (v != null) {
      out.writeDouble(v);
    }
  }

  private static Double nullableDouble(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readDouble() : null;
  }

  private static void date(DataOutputStream out, LocalDate d) throws IOException {
    out.writeBoolean(d != null);
    if (d != null) {
      out.writeLong(d.toEpochDay());
    }
  }

  private static LocalDate date(DataInputStream in) throws IOException {
    return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
  }

  /** A string as its UTF-8 length (-1: null) and bytes. */
  static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n == -1) {
      return null;
    }
    byte[] b = new byte[check(in, n, 1)];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** A count of items of at least {@code minBytes} each, checked against the bytes left. */
  private static int count(DataInputStream in, int minBytes) throws IOException {
    return check(in, in.readInt(), minBytes);
  }

  private static int check(DataInputStream in, int n, int minBytes) throws IOException {
    // the entry is read from a byte array: available() is exactly the bytes left
    if (n < 0 || (long) n * minBytes > in.available()) {
      throw new IOException("damaged cache entry: count " + n);
    }
    return n;
  }
}
