package org.kjnews.sitemap;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.kjnews.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /sitemap.xml} (and its parts) for search engines, and {@code /robots.txt} pointing to it. Addresses are
 * absolute, made from the request, so the sitemap is right behind whatever host name the site is reached by.
 */
@Controller
class SitemapController {

	/** Well under the protocol's 50,000, so that each part stays small enough for the page cache. */
	static final int URLS_PER_FILE = 5_000;

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private final Sitemaps sitemaps;

	SitemapController(Sitemaps sitemaps) {
		this.sitemaps = sitemaps;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap(HttpServletRequest request) {
		return ResponseEntity.ok().contentType(XML).body(sitemaps.root(base(request), URLS_PER_FILE));
	}

	@GetMapping("/sitemap-{section:[a-z]+}-{page:[0-9]{1,6}}.xml")
	ResponseEntity<byte[]> part(@PathVariable String section, @PathVariable int page, HttpServletRequest request) {
		byte[] body = sitemaps.part(base(request), section, page, URLS_PER_FILE)
			.orElseThrow(() -> new NotFoundException("sitemap", section + "-" + page));
		return ResponseEntity.ok().contentType(XML).body(body);
	}

	/** Crawlers are sent to the sitemap and kept out of the JSON API and the loader's report. */
	@GetMapping("/robots.txt")
	ResponseEntity<String> robots(HttpServletRequest request) {
		String body = """
				User-agent: *
				Disallow: /api/
				Disallow: /ingest

				Sitemap: %s/sitemap.xml
				""".formatted(base(request));
		return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(body);
	}

	private static String base(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

}
