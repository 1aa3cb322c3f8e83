package org.kjnews;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An XML answer (a feed, a sitemap) parsed as a client would, with namespaces: a malformed or badly escaped answer
 * fails here. Queried with XPath, prefixes {@code atom} and {@code sm} (sitemaps.org).
 */
public final class Xml {

	private static final Map<String, String> NAMESPACES = Map.of("atom", "http://www.w3.org/2005/Atom", "sm",
			"http://www.sitemaps.org/schemas/sitemap/0.9");

	private final Document document;

	private final XPath xpath = XPathFactory.newInstance().newXPath();

	private Xml(Document document) {
		this.document = document;
		xpath.setNamespaceContext(new NamespaceContext() {
			@Override
			public String getNamespaceURI(String prefix) {
				return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
			}

			@Override
			public String getPrefix(String uri) {
				return null;
			}

			@Override
			public Iterator<String> getPrefixes(String uri) {
				return null;
			}
		});
	}

	public static Xml parse(byte[] bytes) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return new Xml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	public Document document() {
		return document;
	}

	/** The text of the first match, or an empty string. */
	public String text(String expression) {
		return text(document, expression);
	}

	public String text(Object context, String expression) {
		try {
			return (String) xpath.evaluate(expression, context, XPathConstants.STRING);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(expression, ex);
		}
	}

	public List<Node> nodes(String expression) {
		return nodes(document, expression);
	}

	public List<Node> nodes(Object context, String expression) {
		try {
			NodeList list = (NodeList) xpath.evaluate(expression, context, XPathConstants.NODESET);
			List<Node> nodes = new ArrayList<>();
			for (int i = 0; i < list.getLength(); i++) {
				nodes.add(list.item(i));
			}
			return nodes;
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(expression, ex);
		}
	}

	/** The text of every match. */
	public List<String> texts(String expression) {
		return nodes(expression).stream().map(Node::getTextContent).toList();
	}

}
