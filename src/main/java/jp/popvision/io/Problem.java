package jp.popvision.io;

/**
 * One problem in an input file: where (file, line, column; 0 = unknown), which field, the value
 * found, and what is wrong or allowed.
 */
public record Problem(String file, int line, int column, String field, String value, String message) {

  /** {@code file:line:column: field: value "x": message}, compiler style. */
  public String format() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (field != null && !field.isEmpty()) {
      sb.append(field).append(": ");
    }
    if (value != null) {
      sb.append("value '").append(abbreviate(value)).append("': ");
    }
    sb.append(message);
    return sb.toString();
  }

  private static String abbreviate(String v) {
    String oneLine = v.replace("\n", "\\n").replace("\r", "\\r");
    return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
  }
}
