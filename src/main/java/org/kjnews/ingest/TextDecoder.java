package org.kjnews.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.kjnews.extract.Note;

/**
 * Turns a file's bytes into text: UTF-8 (with or without a byte-order mark, or UTF-16 with one), and failing that
 * Windows-1252, the usual encoding of text saved on Western Windows machines. Binary content is refused.
 */
final class TextDecoder {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	record Decoded(String text, String warning) {
	}

	private TextDecoder() {
	}

	static Decoded decode(byte[] bytes) throws UnreadableFileException {
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
		}
		if (looksBinary(bytes)) {
			throw new UnreadableFileException("binary");
		}
		int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
			return new Decoded(text, null);
		}
		catch (CharacterCodingException ex) {
			return new Decoded(new String(bytes, WINDOWS_1252),
					Note.of("readAsWindows1252"));
		}
	}

	/** NUL bytes, or many control characters, do not occur in text files. */
	private static boolean looksBinary(byte[] bytes) {
		int sample = Math.min(bytes.length, 8192);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				control++;
			}
		}
		return sample > 0 && control * 20 > sample;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
