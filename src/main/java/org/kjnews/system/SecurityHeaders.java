package org.kjnews.system;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers that tell a browser what this site never does: no script but its own files, no inline styles, no
 * plugins, no framing, no forms sent elsewhere. Set before anything else runs, on every dispatch (error pages
 * included) and before the page cache, so a page served from memory carries them too. Swagger UI, which sets style
 * attributes from its scripts and draws icons from data: URIs, gets those two allowances on its own path only.
 */
class SecurityHeaders implements Filter {

	/** Article images are links to the newspapers' own servers; everything else comes from this site. */
	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: https: http:; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Where springdoc serves Swagger UI's files (the UI's address, /api/docs, redirects there). */
	static final String SWAGGER_UI_PATH = "/api/swagger-ui/";

	static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		String path = request.getRequestURI().substring(request.getContextPath().length());
		response.setHeader("Content-Security-Policy", path.startsWith(SWAGGER_UI_PATH) ? SWAGGER_UI_POLICY : POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS);
		chain.doFilter(req, res);
	}

}
