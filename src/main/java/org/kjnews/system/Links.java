package org.kjnews.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Links to a variant of the current view that keep everything else in its URL: another page of the list, one
 * filter more or one less. Every view is a URL, so a filtered list can be shared and reloaded. Used from
 * templates as {@code @links}.
 */
@Component("links")
public class Links {

	/** The same view at another page. */
	public String page(int page) {
		Map<String, List<String>> params = current();
		params.put("page", List.of(String.valueOf(page)));
		return build(params);
	}

	/** The same view with one more value of a filter, from its first page. */
	public String with(String name, String value) {
		Map<String, List<String>> params = current();
		params.remove("page");
		List<String> values = params.computeIfAbsent(name, k -> new ArrayList<>());
		if (!values.contains(value)) {
			values.add(value);
		}
		return build(params);
	}

	/** The same view without one value of a filter, from its first page. */
	public String without(String name, String value) {
		Map<String, List<String>> params = current();
		params.remove("page");
		List<String> values = params.getOrDefault(name, new ArrayList<>());
		values.remove(value);
		if (values.isEmpty()) {
			params.remove(name);
		}
		return build(params);
	}

	/** The same view with a filter set to one value (or removed, when null), from its first page. */
	public String set(String name, String value) {
		Map<String, List<String>> params = current();
		params.remove("page");
		if (value == null) {
			params.remove(name);
		}
		else {
			params.put(name, List.of(value));
		}
		return build(params);
	}

	/** The codes of the languages the pages speak, for the language switch. */
	public List<String> languages() {
		return Languages.SUPPORTED.stream().map(java.util.Locale::getLanguage).toList();
	}

	/** The same view, at the same page, in another language. */
	public String language(String code) {
		Map<String, List<String>> params = current();
		params.put(Languages.PARAMETER, List.of(code));
		return build(params);
	}

	private static HttpServletRequest request() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

	private static Map<String, List<String>> current() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		request().getParameterMap().forEach((name, values) -> params.put(name, new ArrayList<>(List.of(values))));
		return params;
	}

	private static String build(Map<String, List<String>> params) {
		StringJoiner query = new StringJoiner("&");
		params.forEach((name, values) -> values.forEach(v -> query.add(encode(name) + "=" + encode(v))));
		// on an error page the request is Tomcat's dispatch to /error: links are to the address that failed
		Object failed = request().getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = failed instanceof String uri ? uri : request().getRequestURI();
		return query.length() == 0 ? path : path + "?" + query;
	}

	private static String encode(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
	}

}
