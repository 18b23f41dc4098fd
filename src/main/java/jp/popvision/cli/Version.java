package jp.popvision.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool version from the build (popvision-version.properties). */
public final class Version implements IVersionProvider {
  public static String get() {
    try (InputStream in = Version.class.getResourceAsStream("/popvision-version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"popvision " + get()};
  }
}
