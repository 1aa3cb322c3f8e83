package org.kjnews.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak English, Korean and Japanese. The language is chosen with {@code ?lang=} (so a link can carry
 * it), remembered in a cookie, and otherwise taken from the browser's Accept-Language; anything else is English.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

	/** The languages of the pages, each named in itself in the switch. */
	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.KOREAN, Locale.JAPANESE);

	public static final String PARAMETER = "lang";

	public static final String COOKIE = "kjnews-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				// a cookie with a language the pages do not speak (sent by hand, or left by an old version) is
				// as good as none
				Locale locale = super.resolveLocale(request);
				Locale supported = supported(locale.getLanguage());
				return supported != null ? supported : fromBrowser(request);
			}
		};
		// a malformed cookie is ignored rather than failing every page
		resolver.setRejectInvalidCookies(false);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(Languages::fromBrowser);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws ServletException {
				// an unknown language in the address is ignored, not remembered
				return supported(request.getParameter(PARAMETER)) == null
						|| super.preHandle(request, response, handler);
			}
		};
		change.setParamName(PARAMETER);
		// first, so that a page answered "not modified" has still taken the language from its address
		registry.addInterceptor(change)
			.excludePathPatterns("/assets/**", "/webjars/**", "/api/**")
			.order(Ordered.HIGHEST_PRECEDENCE);
	}

	/** The supported language of that code, or null. */
	static Locale supported(String code) {
		if (code == null) {
			return null;
		}
		return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(code.strip())).findFirst().orElse(null);
	}

	/** The browser's most preferred language that the pages speak, else English. */
	private static Locale fromBrowser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null) {
			try {
				Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (best != null) {
					return best;
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header is no preference
			}
		}
		return Locale.ENGLISH;
	}

}
