package org.kjnews.system;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the JSON API as problem details (RFC 9457), never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before PageExceptionHandler, which would take a REST controller's errors too
class ApiExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		String detail;
		if (PageExceptionHandler.takesANumber(ex)) {
			detail = "Parameter '" + ex.getName() + "' takes a whole number.";
		}
		else if (type != null && type.isEnum()) { // say what it takes: a client can correct itself
			detail = "Parameter '" + ex.getName() + "' takes one of " + Arrays.stream(type.getEnumConstants())
				.map(String::valueOf)
				.collect(Collectors.joining(", ")) + ".";
		}
		else if (type == boolean.class || type == Boolean.class) {
			detail = "Parameter '" + ex.getName() + "' takes true or false.";
		}
		else {
			detail = "Parameter '" + ex.getName() + "' has a value of the wrong type.";
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
	}

	@ExceptionHandler(BadParameterException.class)
	ProblemDetail badValue(BadParameterException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + ex.getParameterName() + "' is required.");
	}

}
