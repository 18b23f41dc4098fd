package jp.popvision.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Decoding of text files: strict, so that bytes that do not belong to the encoding are an error
 * with the line they are on, never replacement characters or mojibake.
 *
 * <p>Detection ({@link Encoding#AUTO}): a UTF-8 byte-order mark means UTF-8; bytes that are valid
 * UTF-8 are UTF-8; otherwise the bytes are Shift_JIS as Windows and Excel write it (Windows-31J,
 * also called MS932 or CP932) when they decode strictly as such and look like it: more invalid than
 * valid UTF-8 multi-byte sequences (a UTF-8 file with a few damaged bytes is reported as damaged
 * instead). User-defined characters of Windows-31J (外字, mapped to the private use area) are
 * undecodable. After decoding, a NUL or other control character (but tab, CR, LF) means the file is
 * not text.
 */
public final class TextFiles {
  private TextFiles() {}

  /** Windows-31J: Shift_JIS with the Microsoft extensions that Excel writes (①, ～, 髙 …). */
  public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

  /** How to decode. */
  public enum Encoding {
    /** UTF-8, else Shift_JIS when the bytes say so (see the class comment). */
    AUTO,
    /** UTF-8 as declared by the user. */
    UTF_8,
    /** Shift_JIS (Windows-31J) as declared by the user. */
    SHIFT_JIS
  }

  /**
   * The decoded text (null when there is a problem), the charset used, and a problem with the file
   * line it is on (1-based; 0 = none) and its arguments.
   */
  public record Decoded(String text, String charset, Msg problem, int line, List<Object> args) {
    static Decoded ok(String text, String charset) {
      return new Decoded(text, charset, null, 0, List.of());
    }

    static Decoded error(Msg problem, int line, Object... args) {
      return new Decoded(null, null, problem, line, List.of(args));
    }
  }

  public static Decoded decode(byte[] bytes, Encoding encoding) {
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF;
    int start = bom ? 3 : 0;
    int badUtf8 = firstMalformed(bytes, start, StandardCharsets.UTF_8);
    Decoded d;
    if (badUtf8 < 0) {
      String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
      if (encoding == Encoding.SHIFT_JIS && (bom || !isAscii(bytes))) {
        return Decoded.error(
            Msg.ENCODING_DECLARED_SJIS_IS_UTF8, bom ? 1 : lineOf(bytes, firstNonAscii(bytes)));
      }
      d = Decoded.ok(text, "UTF-8");
    } else if (encoding == Encoding.UTF_8 || bom) {
      return Decoded.error(Msg.ENCODING_NOT_AS_DECLARED, lineOf(bytes, badUtf8), "UTF-8");
    } else {
      if (encoding == Encoding.AUTO && looksLikeUtf8(bytes)) {
        return Decoded.error(Msg.ENCODING_BROKEN_UTF8, lineOf(bytes, badUtf8));
      }
      int badSjis = firstMalformed(bytes, 0, SHIFT_JIS);
      if (badSjis >= 0) {
        return encoding == Encoding.SHIFT_JIS
            ? Decoded.error(Msg.ENCODING_NOT_AS_DECLARED, lineOf(bytes, badSjis), "Shift_JIS")
            : Decoded.error(Msg.ENCODING_UNDECODABLE, lineOf(bytes, Math.max(badUtf8, badSjis)));
      }
      String text = new String(bytes, SHIFT_JIS);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= '\uE000' && c <= '\uF8FF') {
          return encoding == Encoding.SHIFT_JIS
              ? Decoded.error(Msg.ENCODING_NOT_AS_DECLARED, lineOfChar(text, i), "Shift_JIS")
              : Decoded.error(Msg.ENCODING_UNDECODABLE, lineOfChar(text, i));
        }
      }
      d = Decoded.ok(text, "Shift_JIS");
    }
    String text = d.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        return Decoded.error(Msg.BINARY, lineOfChar(text, i));
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return Decoded.error(
            Msg.CONTROL_CHARACTER,
            lineOfChar(text, i),
            String.format(java.util.Locale.ROOT, "%04X", (int) c));
      }
    }
    return d;
  }

  /**
   * The bytes of {@code file}, a regular file of at most {@code maxBytes}: a device ({@code
   * /dev/zero}), a FIFO or a directory is refused before it is opened, a larger (or sparse) file by
   * its size, and at most {@code maxBytes + 1} bytes are ever read (files under {@code /proc}
   * report size 0). {@code what} says what the file should be, for the too-large message.
   */
  static byte[] readBounded(Path file, String shown, long maxBytes, Msg what)
      throws InputException {
    try {
      if (!Files.exists(file)) {
        throw new InputException(new Problem(shown, 0, 0, null, null, Msg.FILE_NOT_FOUND));
      }
      if (!Files.isRegularFile(file)) {
        throw new InputException(new Problem(shown, 0, 0, null, null, Msg.NOT_A_REGULAR_FILE));
      }
      boolean tooLarge = Files.size(file) > maxBytes;
      byte[] bytes = null;
      if (!tooLarge) {
        try (InputStream in = Files.newInputStream(file)) {
          bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        tooLarge = bytes.length > maxBytes;
      }
      if (tooLarge) {
        throw new InputException(
            new Problem(shown, 0, 0, null, null, Msg.FILE_TOO_LARGE, sizeText(maxBytes), what));
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException(new Problem(shown, 0, 0, null, null, Msg.CANNOT_READ, reason(e)));
    }
  }

  private static String sizeText(long bytes) {
    return bytes >= 8 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
  }

  /** A short reason for an I/O failure, without a stack trace or exception class. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file: " + e.getMessage();
    }
    if (e instanceof AccessDeniedException) {
      return "access denied: " + e.getMessage();
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Offset of the first byte that does not decode strictly in {@code cs}, or -1. */
  private static int firstMalformed(byte[] bytes, int start, Charset cs) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (!r.isOverflow()) {
        break;
      }
      out.clear();
    }
    while (true) {
      CoderResult f = dec.flush(out);
      if (f.isError()) {
        return in.position();
      }
      if (!f.isOverflow()) {
        return -1;
      }
      out.clear();
    }
  }

  /**
   * True when the bytes hold at least as many well-formed UTF-8 multi-byte sequences as ill-formed
   * ones: a UTF-8 file with a few damaged bytes, not Shift_JIS (whose two-byte characters are
   * mostly ill-formed UTF-8).
   */
  static boolean looksLikeUtf8(byte[] b) {
    int good = 0;
    int bad = 0;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 && c <= 0xDF ? 1 : -1;
      boolean ok = n > 0 && i + n < b.length;
      for (int k = 1; ok && k <= n; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        good++;
        i += n + 1;
      } else {
        bad++;
        i++;
      }
    }
    return good > 0 && good >= bad;
  }

  private static boolean isAscii(byte[] b) {
    return firstNonAscii(b) < 0;
  }

  private static int firstNonAscii(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] < 0) {
        return i;
      }
    }
    return -1;
  }

  /** The 1-based line of byte {@code offset}. */
  static int lineOf(byte[] b, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < b.length; i++) {
      if (b[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  static int lineOfChar(String s, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (s.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
