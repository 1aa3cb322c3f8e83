package org.kjnews.system;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A parameter given twice ({@code source=A&source=B}) is a 400, except the filters that combine (people and
 * organizations). Spring would join two texts with a comma ({@code "A,B"}, matching nothing) and take the first of
 * two numbers, so a mistaken address would look like an answer.
 */
@Configuration(proxyBeanMethods = false)
class RepeatedParameters implements WebMvcConfigurer {

	/** The parameters that may be given several times: each one more narrows the list. */
	private static final Set<String> MANY = Set.of("person", "organization");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				request.getParameterMap().forEach((name, values) -> {
					if (values.length > 1 && !MANY.contains(name)) {
						throw BadParameterException.repeated(name);
					}
				});
				return true;
			}
		});
	}

}
