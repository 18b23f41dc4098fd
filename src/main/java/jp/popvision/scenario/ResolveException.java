package jp.popvision.scenario;

/** A scenario that is well-formed but cannot be resolved against the data, at a key. */
public final class ResolveException extends RuntimeException {
  private final String key;

  public ResolveException(String key, String message) {
    super(message);
    this.key = key;
  }

  /** The scenario key the problem is about, e.g. {@code base.year}. */
  public String key() {
    return key;
  }
}
