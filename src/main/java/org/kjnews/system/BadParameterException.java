package org.kjnews.system;

import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A URL parameter with a value it cannot take: a 400 (a page, or problem details from the API), never ignored. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadParameterException extends RuntimeException {

	/** The parameter at fault. */
	private final String parameter;

	/** What the page tells the reader: a message key under {@code error.400.}, and its arguments. */
	private final String hint;

	private final Object[] hintArgs;

	private BadParameterException(String message, String parameter, String hint, Object... hintArgs) {
		super(message);
		this.parameter = parameter;
		this.hint = hint;
		this.hintArgs = hintArgs;
	}

	public String parameter() {
		return parameter;
	}

	public String hint() {
		return hint;
	}

	public Object[] hintArgs() {
		return hintArgs.clone();
	}

	/** A parameter that takes one value, given several: which one was meant is not for us to guess. */
	static BadParameterException repeated(String parameter) {
		return new BadParameterException("Parameter '" + parameter + "' is given more than once.", parameter,
				"error.400.repeated");
	}

	/** A parameter holding control characters, which no slug, source or country holds. */
	static BadParameterException control(String parameter) {
		return new BadParameterException("Parameter '" + parameter + "' holds control characters.", parameter,
				"error.400.control");
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
					"Parameter '" + parameter + "' takes one of " + String.join(", ", allowed) + ".", parameter,
					"error.400.oneOf", String.join(", ", allowed));
		}
		return value;
	}

}
