package org.kjnews.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record that the URL names does not exist: a 404 page, or a 404 problem under {@code /api}. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, String key) {
		super("No " + what + " '" + key + "'");
	}

}
