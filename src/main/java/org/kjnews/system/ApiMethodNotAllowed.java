package org.kjnews.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A method the API does not take ({@code POST /api/articles}) is answered with problem details like every other error
 * of the API. No controller is chosen for such a request, so {@link ApiExceptionHandler}, which applies to the API's
 * controllers, never sees it; this applies everywhere and hands a page's request on to the error page.
 */
@ControllerAdvice
class ApiMethodNotAllowed {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex,
			HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		if (!request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/")) {
			throw ex; // not handled here: Spring's own handling, then the error page
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
				"The API takes " + String.join(", ", ex.getSupportedMethods() == null ? new String[] { "GET" }
						: ex.getSupportedMethods()) + " here, not " + ex.getMethod() + ".");
		var response = ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED);
		if (ex.getSupportedHttpMethods() != null) {
			response.allow(ex.getSupportedHttpMethods().toArray(HttpMethod[]::new));
		}
		return response.body(problem);
	}

}
