package jp.popvision.app;

/** A command-line setting that does not fit the scenario (e.g. a year after its horizon). */
public final class UsageException extends Exception {
  public UsageException(String message) {
    super(message);
  }
}
