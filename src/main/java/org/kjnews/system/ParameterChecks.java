package org.kjnews.system;

import java.util.Collection;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Parameters a page or the API reads are refused with a 400 when they cannot mean what they say:
 * <ul>
 * <li>one that takes a single value, given twice ({@code source=A&source=B}): Spring would join two texts with a
 * comma ({@code "A,B"}, matching nothing) and take the first of two numbers, so a mistaken address would look like an
 * answer. Parameters read as lists ({@code person} and {@code organization} of the article list, which combine) may
 * repeat, and so may those no handler reads ({@code utm_source}).</li>
 * <li>one with control characters (a NUL from a crafted address), which no slug, source or country holds; the words
 * of a search ({@code q}) are free text and have them turned into spaces instead.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ParameterChecks implements WebMvcConfigurer {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	/** Free text, cleaned where it is read (see {@code ArticleFilter}). */
	private static final String FREE_TEXT = "q";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				// the error page a 400 forwards to sees the same parameters: let it show
				if (request.getDispatcherType() != DispatcherType.REQUEST
						|| !(handler instanceof HandlerMethod method)) {
					return true;
				}
				for (MethodParameter parameter : method.getMethodParameters()) {
					RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
					String name = param == null ? null : param.name().isEmpty() ? parameter.getParameterName()
							: param.name();
					String[] values = name == null ? null : request.getParameterValues(name);
					if (values == null) {
						continue;
					}
					if (values.length > 1 && !readsMany(parameter)) {
						throw BadParameterException.repeated(name);
					}
					for (String value : values) {
						if (!FREE_TEXT.equals(name) && CONTROL.matcher(value).find()) {
							throw BadParameterException.control(name);
						}
					}
				}
				return true;
			}
		});
	}

	private static boolean readsMany(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return Collection.class.isAssignableFrom(type) || type.isArray();
	}

}
