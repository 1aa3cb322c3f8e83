package org.kjnews.system;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Links to another page of the list being shown that keep every filter of the current URL. Used from templates
 * as {@code @pageLinks.to(n)}.
 */
@Component("pageLinks")
public class PageLinks {

	public String to(int page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		StringJoiner query = new StringJoiner("&");
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page")) {
				for (String value : values) {
					query.add(encode(name) + "=" + encode(value));
				}
			}
		});
		query.add("page=" + page);
		return request.getRequestURI() + "?" + query;
	}

	private static String encode(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
	}

}
