package org.kjnews.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds the people and organizations an article names, resolves the forms of each name within the article
 * (a later "Kang" is the "Kang Min-seo" introduced before), and gives each a key that is equal across articles for
 * the same entity. Plain Java, no Spring or JPA; thread-safe once built. Rules, word lists and precompiled
 * patterns in one pass per sentence: thousands of articles a second.
 */
public final class Extractor {

	/** Words between a nationality and a company's name: "American firm Micron". */
	private static final Set<String> COMPANY_NOUNS = Set.of("firm", "company", "group", "carmaker", "automaker",
			"chipmaker", "conglomerate", "giant", "maker", "manufacturer", "bank", "lender", "retailer", "startup",
			"insurer", "steelmaker", "shipbuilder", "airline", "operator", "rival", "counterpart", "brokerage",
			"supplier");

	private static final java.util.regex.Pattern CREDIT_SEPARATORS = java.util.regex.Pattern.compile("[/,;]|\\bvia\\b");

	private static final java.util.regex.Pattern CREDIT_PREFIX = java.util.regex.Pattern
		.compile("(?i)^(courtesy of|photo by|photos by|provided by|by|photo|source)\\s*:?\\s*");

	/**
	 * Credits that name no organization: "SCREEN CAPTURE", "JOONGANG PHOTO", "Getty Images Bank", "file photo",
	 * "Pool" (a pool photographer, as in "Pool / via Kyodo").
	 */
	private static final java.util.regex.Pattern NOT_A_SOURCE = java.util.regex.Pattern
		.compile("(?i)\\b(photo|photos|capture|screenshot|graphic|graphics|image|images|file|archive|db|illustration|shutterstock|getty|pool)\\b");

	private final Knowledge knowledge;

	private final SentenceScanner scanner;

	private final Roles roles;

	private final PersonNames personNames;

	public Extractor(Knowledge knowledge) {
		this.knowledge = knowledge;
		this.scanner = new SentenceScanner(knowledge);
		this.roles = new Roles(knowledge);
		this.personNames = new PersonNames(knowledge);
	}

	public Extraction extract(ArticleText article) {
		ArticleEntities entities = new ArticleEntities(knowledge);
		if (article.title() != null && !article.title().isBlank()) {
			block(entities, -1, article.title());
		}
		for (int b = 0; b < article.blocks().size(); b++) {
			String text = article.blocks().get(b);
			if (text != null && !text.isBlank()) {
				block(entities, b, text);
			}
		}
		ArticleEntities.Named source = null;
		if (article.source() != null && !article.source().isBlank()) {
			source = media(entities, article.source());
		}
		for (String credit : article.credits()) {
			credit(entities, credit);
		}
		if (article.byline() != null && !article.byline().isBlank()) {
			byline(entities, article.byline(), source);
		}
		return entities.build();
	}

	private void block(ArticleEntities entities, int block, String text) {
		for (int[] s : Sentences.of(text)) {
			List<Token> tokens = Tokens.of(text, s[0], s[1]);
			if (tokens.isEmpty()) {
				continue;
			}
			String sentence = text.substring(s[0], s[1]);
			boolean headingCase = headingCase(tokens);
			List<Segment> segments = scanner.scan(tokens);
			ArticleEntities.Named[] named = new ArticleEntities.Named[segments.size()];
			for (int k = 0; k < segments.size(); k++) {
				Segment seg = segments.get(k);
				Token first = tokens.get(seg.from());
				Token last = tokens.get(seg.to() - 1);
				String surface = text.substring(first.start(), last.end());
				switch (seg.type()) {
					case PERSON, PERSON_SHORT, BARE -> {
						ArticleEntities.Named n = entities.add(EntityType.PERSON, surface, block, first.start(),
								last.end(), sentence);
						n.shortForm = !seg.is(Segment.Type.PERSON);
						n.country = seg.country();
						Segment before = k > 0 ? segments.get(k - 1) : null;
						if (before != null && before.is(Segment.Type.TITLE) && before.to() == seg.from()) {
							if (before.country() != null) {
								n.country = before.country();
							}
							n.title = before.title().capitalized() ? before.title().title() : null;
						}
						entities.person(n);
						named[k] = n;
					}
					case ORGANIZATION -> {
						ArticleEntities.Named n = entities.add(EntityType.ORGANIZATION, surface, block, first.start(),
								last.end(), sentence);
						n.org = seg.org();
						n.country = seg.country() != null ? seg.country() : contextCountry(tokens, segments, k);
						n.weak = headingCase;
						entities.organization(n);
						named[k] = n;
						acronymAfter(entities, tokens, segments.get(k), named[k]);
					}
					case ACRONYM -> {
						ArticleEntities.Named n = entities.add(EntityType.ORGANIZATION, surface, block, first.start(),
								last.end(), sentence);
						n.acronym = true;
						entities.organization(n);
						named[k] = n;
					}
					default -> {
					}
				}
			}
			bracketedNames(entities, tokens, segments, named);
			for (Roles.Found r : roles.find(tokens, segments)) {
				ArticleEntities.Named p = named[r.person()];
				ArticleEntities.Named o = r.org() >= 0 ? named[r.org()] : null;
				if (p != null) {
					entities.role(p, r.title(), o, sentence, block);
				}
			}
		}
	}

	/** "Korea Battery Industry Association (KBIA)": the acronym in brackets stands for the name before it. */
	private static void acronymAfter(ArticleEntities entities, List<Token> tokens, Segment seg,
			ArticleEntities.Named org) {
		int open = seg.to();
		if (open + 2 < tokens.size() && tokens.get(open).is("(") && tokens.get(open + 2).is(")")
				&& tokens.get(open + 1).isAllCaps()) {
			entities.defineAcronym(tokens.get(open + 1).text(), org);
		}
	}

	/** "Keizai Doyukai (Japan Association of Corporate Executives)": the name in brackets is the same organization. */
	private static void bracketedNames(ArticleEntities entities, List<Token> tokens, List<Segment> segments,
			ArticleEntities.Named[] named) {
		for (int k = 0; k + 1 < segments.size(); k++) {
			Segment seg = segments.get(k);
			Segment next = segments.get(k + 1);
			if (seg.is(Segment.Type.ORGANIZATION) && next.is(Segment.Type.ORGANIZATION) && next.from() == seg.to() + 1
					&& tokens.get(seg.to()).is("(") && next.to() < tokens.size() && tokens.get(next.to()).is(")")) {
				entities.same(named[k], named[k + 1]);
			}
		}
	}

	/** "Japan's Rapidus", "American firm Micron": the country the words before a name give it. */
	private String contextCountry(List<Token> tokens, List<Segment> segments, int k) {
		if (k == 0) {
			return null;
		}
		Segment seg = segments.get(k);
		Segment before = segments.get(k - 1);
		if (!before.is(Segment.Type.OTHER) || before.country() == null) {
			return null;
		}
		int gap = seg.from() - before.to();
		if (gap == 0) {
			return before.country(); // "Tokyo-based Rakuten Group"
		}
		if (gap == 1 && tokens.get(before.to()).isPossessive()) {
			return before.country();
		}
		if (gap == 1 && COMPANY_NOUNS.contains(tokens.get(before.to()).lower())) {
			return before.country();
		}
		return null;
	}

	/** A publication named as the source: a media organization, known or not. */
	private ArticleEntities.Named media(ArticleEntities entities, String name) {
		String clean = name.strip();
		if (knowledge.isNotOrganization(clean)) {
			return null;
		}
		ArticleEntities.Named n = entities.add(EntityType.ORGANIZATION, clean, -2, 0, clean.length(), clean);
		Knowledge.Organization known = knowledge.organization(clean);
		n.org = new OrganizationNames.Match(0, clean, known, known != null ? known.kind() : OrganizationKind.MEDIA,
				known != null ? known.country() : null);
		n.kind = OrganizationKind.MEDIA;
		entities.organization(n);
		return n;
	}

	/** "KYODO", "Kyodo News", "Kim Min-ji / Kyodo": media organizations, and sometimes a photographer. */
	private void credit(ArticleEntities entities, String credit) {
		List<String> parts = new java.util.ArrayList<>();
		for (String part : CREDIT_SEPARATORS.split(credit)) {
			String p = CREDIT_PREFIX.matcher(part.strip()).replaceFirst("").strip();
			// "Reuters-Kyodo": two agencies joined by a hyphen
			String[] halves = p.split("-");
			if (knowledge.organization(p) == null && halves.length == 2 && knowledge.organization(halves[0]) != null
					&& knowledge.organization(halves[1]) != null) {
				parts.add(halves[0]);
				parts.add(halves[1]);
			}
			else {
				parts.add(p);
			}
		}
		for (String p : parts) {
			if (p.isEmpty() || knowledge.isNotOrganization(p)
					|| (knowledge.organization(p) == null && NOT_A_SOURCE.matcher(p).find())) {
				continue;
			}
			List<Token> tokens = Tokens.of(p);
			PersonNames.Match shape = tokens.isEmpty() ? null : personNames.at(tokens, 0);
			if (knowledge.organization(p) == null && shape != null && shape.end() == tokens.size()) {
				ArticleEntities.Named n = entities.add(EntityType.PERSON, p, -2, 0, p.length(), credit);
				n.country = shape.country();
				entities.person(n);
				continue;
			}
			media(entities, p);
		}
	}

	/** The writer: a person, a Reporter at the source. */
	private void byline(ArticleEntities entities, String byline, ArticleEntities.Named source) {
		for (String part : byline.split(",|\\band\\b")) {
			String name = part.strip().replaceFirst("(?i)^by\\s+", "").replaceAll("\\s*[\\[(<].*$", "").strip();
			List<Token> tokens = Tokens.of(name);
			if (tokens.isEmpty() || tokens.size() > 5 || !tokens.get(0).isUpperCaseLetter()) {
				continue;
			}
			if (knowledge.organization(name) != null) {
				media(entities, name); // "Kyodo" as the byline is the agency, not a writer
				continue;
			}
			PersonNames.Match shape = personNames.at(tokens, 0);
			boolean words = tokens.stream().allMatch(t -> t.isWord() && t.isUpperCaseLetter() && personNames.free(t));
			if (shape == null && !(words && tokens.size() >= 2)) {
				continue; // "Staff Reporter", "Editorial Board"
			}
			ArticleEntities.Named n = entities.add(EntityType.PERSON, name, -2, 0, name.length(), byline);
			n.country = shape != null ? shape.country() : null;
			entities.person(n);
			entities.role(n, "Reporter", source, byline, -2);
		}
	}

	/** Headings capitalize every word, so capitals there do not mark names. */
	private static boolean headingCase(List<Token> tokens) {
		int words = 0;
		int capitalized = 0;
		for (Token t : tokens) {
			if (t.isWord() && t.text().length() > 3 && Character.isLetter(t.text().charAt(0))) {
				words++;
				if (t.isUpperCaseLetter()) {
					capitalized++;
				}
			}
		}
		// Title case: every longer word capitalized but at most one, in a short line ("Toward Future Cooperation
		// Partners"). Prose dense with names still has its verbs in lower case.
		return words >= 3 && words - capitalized <= 1 && tokens.size() <= 30
				&& !tokens.get(tokens.size() - 1).is("."); // headings end without a period
	}

}
