package org.kjnews.system;

import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A URL parameter with a value it cannot take: a 400 (a page, or problem details from the API), never ignored. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadParameterException extends RuntimeException {

	private BadParameterException(String message) {
		super(message);
	}

	/** A parameter that takes one value, given several: which one was meant is not for us to guess. */
	static BadParameterException repeated(String parameter) {
		return new BadParameterException("Parameter '" + parameter + "' is given more than once.");
	}

	/**
	 * The value of a parameter that takes one of a few words, or null when it is not given; anything else is refused
	 * rather than silently read as the default, so a mistyped {@code sort=dat} does not look as if it worked.
	 */
	public static String oneOf(String parameter, String value, String... allowed) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!Arrays.asList(allowed).contains(value)) {
			throw new BadParameterException(
					"Parameter '" + parameter + "' takes one of " + String.join(", ", allowed) + ".");
		}
		return value;
	}

}
