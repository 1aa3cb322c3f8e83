package org.kjnews.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked for with a parameter it cannot take: the error page names the parameter and says what it takes,
 * instead of a general "something in the address is not right". The JSON API answers with problem details
 * ({@link ApiExceptionHandler}).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	@ExceptionHandler(BadParameterException.class)
	ModelAndView badValue(BadParameterException ex) {
		return badRequest(ex.parameter(), ex.hint(), ex.hintArgs());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView wrongType(MethodArgumentTypeMismatchException ex) {
		return badRequest(ex.getName(), takesANumber(ex) ? "error.400.number" : "error.400.value");
	}

	static boolean takesANumber(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		return type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class);
	}

	private static ModelAndView badRequest(String parameter, String hint, Object... hintArgs) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.BAD_REQUEST);
		page.addObject("status", HttpStatus.BAD_REQUEST.value());
		page.addObject("parameter", parameter);
		page.addObject("hint", hint);
		page.addObject("hintArgs", hintArgs);
		return page;
	}

}
