package jp.popvision.app;

import jp.popvision.io.Lang;
import jp.popvision.io.Msg;

/** A command-line setting that does not fit the scenario (e.g. a year after its horizon). */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Msg.Text text;

  public UsageException(Msg msg, Object... args) {
    super(msg.render(Lang.EN, args));
    this.text = msg.with(args);
  }

  /** The message, to be rendered in the chosen language. */
  public Msg.Text text() {
    return text;
  }
}
