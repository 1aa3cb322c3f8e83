package org.kjnews.system;

import java.io.IOException;
import java.util.Objects;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Pages and API answers are read far more often than the folder changes: each is rendered once per version of
 * the archive and then served from memory, with its ETag and Last-Modified, until the archive changes again
 * ({@link ArchiveVersion}). Only successful GET answers are kept, up to a fixed number of bytes. A HEAD request is
 * answered as the GET it stands for, without the body, so it gets the same ETag (the servlet's own HEAD handling
 * discards the body before the ETag filter could hash it).
 */
class PageCache extends OncePerRequestFilter {

	private static final long MAX_BYTES = 64L * 1024 * 1024;

	private static final int MAX_PAGE = 1024 * 1024;

	private final ArchiveVersion archive;

	private final Cache<String, Page> pages = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((String key, Page page) -> key.length() + page.body().length)
		.build();

	PageCache(ArchiveVersion archive) {
		this.archive = archive;
	}

	record Page(long version, byte[] body, String contentType, String etag, String lastModified) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		return !read || path.startsWith("/assets/") || path.startsWith("/webjars/")
				|| path.startsWith("/actuator") || path.equals("/ingest") || path.equals("/api/ingest")
				|| path.startsWith("/error");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// the same address answers in the language of the cookie or of the browser: caches must tell them apart
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		// a browser asks again each time (a cheap 304 when nothing changed), so a language just chosen shows
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		boolean head = "HEAD".equals(request.getMethod());
		String key = key(request);
		long version = archive.version();
		Page page = pages.getIfPresent(key);
		if (page != null && page.version() == version) {
			serve(page, request, response, head);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(head ? asGet(request) : request, wrapper);
		byte[] body = wrapper.getContentAsByteArray();
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && body.length <= MAX_PAGE
				&& wrapper.getHeader(HttpHeaders.SET_COOKIE) == null && archive.version() == version) {
			pages.put(key, new Page(version, body, wrapper.getContentType(), wrapper.getHeader(HttpHeaders.ETAG),
					wrapper.getHeader(HttpHeaders.LAST_MODIFIED)));
		}
		if (head) {
			response.setContentLength(body.length);
		}
		else {
			wrapper.copyBodyToResponse();
		}
	}

	private static HttpServletRequest asGet(HttpServletRequest request) {
		return new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return "GET";
			}
		};
	}

	/**
	 * The address with every parameter (taken from the parameters, not the raw query string, so that no parameter
	 * can escape the key), and what the answer depends on besides: the kind of answer asked for and the language
	 * (browser's or chosen).
	 */
	private static String key(HttpServletRequest request) {
		// the full URL, host included: the feed and the sitemap hold absolute links made from it
		StringBuilder key = new StringBuilder(request.getRequestURL()).append('?');
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				key.append(name).append('=').append(value).append('\u0000');
			}
		});
		return key.append('|')
			.append(Objects.toString(request.getHeader(HttpHeaders.ACCEPT), ""))
			.append('|')
			.append(Objects.toString(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), ""))
			.append('|')
			.append(languageCookie(request))
			.toString();
	}

	private static String languageCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (Languages.COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return "";
	}

	private static void serve(Page page, HttpServletRequest request, HttpServletResponse response, boolean head)
			throws IOException {
		if (page.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, page.etag());
		}
		if (page.lastModified() != null) {
			response.setHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
		}
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		String ifModifiedSince = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
		if (ifNoneMatch != null
				? ifNoneMatch.strip().equals("*") || ifNoneMatch.contains(Objects.toString(page.etag(), "\u0000"))
				: ifModifiedSince != null && ifModifiedSince.equals(page.lastModified())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		if (!head) {
			response.getOutputStream().write(page.body());
		}
	}

}
