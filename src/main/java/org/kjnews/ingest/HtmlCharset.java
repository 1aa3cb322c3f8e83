package org.kjnews.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kjnews.extract.Note;

/**
 * Decodes a saved web page. Bytes that are valid UTF-8 (or start with a byte-order mark) are read as such, whatever
 * the page declares: browsers often save pages as UTF-8 and leave the old declaration in place. Other bytes are read
 * in the encoding the page declares in its first 4 KB ({@code <meta charset="euc-kr">}, {@code <meta
 * http-equiv="Content-Type" content="text/html; charset=Shift_JIS">}, {@code <?xml encoding=...?>}), with the
 * labels mapped as browsers map them (EUC-KR is read as Windows-949, Shift_JIS as Windows-31J, ISO-8859-1 as
 * Windows-1252). A page that declares nothing (or UTF-8) and is not UTF-8 is read as Windows-1252, with the text
 * files' warning.
 */
final class HtmlCharset {

	private static final int PRESCAN = 4096;

	private static final Pattern DECLARED = Pattern.compile(
			"(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9._:\\-]+)|<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([a-z0-9._:\\-]+)");

	/** Labels browsers read as a wider encoding than the one named (WHATWG Encoding Standard). */
	private static final Map<String, String> WIDER = Map.ofEntries(Map.entry("euc-kr", "x-windows-949"),
			Map.entry("ks_c_5601-1987", "x-windows-949"), Map.entry("ks_c_5601-1989", "x-windows-949"),
			Map.entry("ksc5601", "x-windows-949"), Map.entry("ksc_5601", "x-windows-949"),
			Map.entry("cp949", "x-windows-949"), Map.entry("windows-949", "x-windows-949"),
			Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"),
			Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"), Map.entry("ms_kanji", "windows-31j"),
			Map.entry("csshiftjis", "windows-31j"), Map.entry("ms932", "windows-31j"), Map.entry("cp932", "windows-31j"),
			Map.entry("gb2312", "GBK"), Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
			Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"));

	private HtmlCharset() {
	}

	static TextDecoder.Decoded decode(byte[] bytes) throws UnreadableFileException {
		TextDecoder.Decoded plain = TextDecoder.decode(bytes); // byte-order marks, binary content, UTF-8
		if (plain.warning() == null) {
			return plain;
		}
		Charset declared = declared(bytes);
		if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
			return plain; // no declaration, or a wrong one: read as the text files are
		}
		if (declared.name().equalsIgnoreCase("windows-1252")) {
			return new TextDecoder.Decoded(plain.text(), null); // read as the page says
		}
		try {
			String text = declared.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return new TextDecoder.Decoded(text, null);
		}
		catch (CharacterCodingException ex) {
			return new TextDecoder.Decoded(new String(bytes, declared), Note.of("declaredCharsetWrong", declared.name()));
		}
	}

	/** The encoding the page declares near its start, or null when it declares none this JVM knows. */
	static Charset declared(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
		Matcher m = DECLARED.matcher(head);
		if (!m.find()) {
			return null;
		}
		String label = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
		String name = WIDER.getOrDefault(label, label);
		try {
			return Charset.isSupported(name) ? Charset.forName(name) : null;
		}
		catch (IllegalCharsetNameException ex) {
			return null;
		}
	}

}
