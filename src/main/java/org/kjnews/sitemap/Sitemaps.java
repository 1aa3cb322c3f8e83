package org.kjnews.sitemap;

import java.io.ByteArrayOutputStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Component;

/**
 * Sitemaps as the protocol (sitemaps.org) wants them. A small archive gets one {@code urlset} at
 * {@code /sitemap.xml}; past {@code perFile} addresses, {@code /sitemap.xml} is an index of parts
 * ({@code /sitemap-articles-1.xml}, …), each one page of one section. Parts sit beside {@code /sitemap.xml} at the
 * root, since a sitemap may only list addresses under its own folder.
 */
@Component
class Sitemaps {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private final SitemapEntries entries;

	Sitemaps(SitemapEntries entries) {
		this.entries = entries;
	}

	/** The whole sitemap or, when it holds more than {@code perFile} addresses, the index of its parts. */
	byte[] root(String base, int perFile) {
		long total = 0;
		List<String> parts = new ArrayList<>();
		for (Section section : Section.values()) {
			long count = entries.count(section);
			total += count;
			for (int page = 1; (long) (page - 1) * perFile < count; page++) {
				parts.add(base + "/sitemap-" + section.key() + "-" + page + ".xml");
			}
		}
		if (total <= perFile) {
			List<SitemapEntries.Url> all = new ArrayList<>();
			for (Section section : Section.values()) {
				all.addAll(entries.page(section, 0, perFile));
			}
			return urlset(base, all);
		}
		return index(parts);
	}

	/** One page (from 1) of one section, or empty when there is no such part. */
	Optional<byte[]> part(String base, String sectionKey, int page, int perFile) {
		Optional<Section> section = Section.of(sectionKey);
		if (section.isEmpty() || page < 1 || (long) (page - 1) * perFile >= entries.count(section.get())) {
			return Optional.empty();
		}
		return Optional.of(urlset(base, entries.page(section.get(), (page - 1) * perFile, perFile)));
	}

	private static byte[] urlset(String base, List<SitemapEntries.Url> urls) {
		return write("urlset", xml -> {
			for (SitemapEntries.Url url : urls) {
				xml.writeStartElement("url");
				element(xml, "loc", base + url.path());
				if (url.lastModified() != null) {
					// W3C datetime, whole seconds
					element(xml, "lastmod", url.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
				}
				xml.writeEndElement();
				xml.writeCharacters("\n"); // one address a line, for people reading it
			}
		});
	}

	private static byte[] index(List<String> parts) {
		return write("sitemapindex", xml -> {
			for (String part : parts) {
				xml.writeStartElement("sitemap");
				element(xml, "loc", part);
				xml.writeEndElement();
				xml.writeCharacters("\n");
			}
		});
	}

	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private static byte[] write(String root, Body body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement(root);
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeCharacters("\n");
			body.write(xml);
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
