package org.kjnews.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Correct answers to conditional requests for every page and API response: a {@code Last-Modified} of the
 * archive's last change (an unchanged archive answers {@code If-Modified-Since} with 304 before any work), and an
 * {@code ETag} of the body (answered with 304 on {@code If-None-Match}). Static files have their own.
 */
@Configuration(proxyBeanMethods = false)
class ConditionalRequests implements WebMvcConfigurer {

	private final ArchiveVersion archive;

	ConditionalRequests(ArchiveVersion archive) {
		this.archive = archive;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
					return true;
				}
				// true means "not modified": the 304 is already set, nothing more to do
				return !new ServletWebRequest(request, response).checkNotModified(archive.lastChanged().toEpochMilli());
			}
		}).excludePathPatterns("/webjars/**", "/assets/**", "/actuator/**", "/error", "/ingest", "/api/ingest");
	}

	/** Outside the ETag filter, so the pages it keeps carry their ETag. */
	@Bean
	FilterRegistrationBean<PageCache> pageCache() {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(new PageCache(archive));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/", "/articles/*", "/articles", "/people/*", "/people", "/organizations/*",
				"/organizations", "/meetings/*", "/meetings", "/api/*", "/ingest", "/feed.atom", "*.xml", "/robots.txt");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 200);
		return registration;
	}

}
