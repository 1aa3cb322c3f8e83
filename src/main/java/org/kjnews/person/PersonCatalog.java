package org.kjnews.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.kjnews.article.EntityRef;
import org.kjnews.search.ArticleFilter;
import org.kjnews.search.ArticleSearch;
import org.kjnews.search.NameSearch;
import org.kjnews.system.PageResult;
import org.kjnews.system.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of people: lists and single people, as records ready for pages and the API. */
@Service
@Transactional(readOnly = true)
public class PersonCatalog {

	static final int ALONGSIDE = 10;

	private final EntityManager em;

	private final PersonRepository people;

	private final NameSearch names;

	private final ArticleSearch articles;

	PersonCatalog(EntityManager em, PersonRepository people, NameSearch names, ArticleSearch articles) {
		this.em = em;
		this.people = people;
		this.names = names;
		this.articles = articles;
	}

	/**
	 * People, most mentioned first or by name, perhaps of one country, perhaps only those whose names match the
	 * words {@code q}. From the search index ({@link NameSearch}), searched or not: one order either way (by name,
	 * case and accents folded), and a deep page or a country's count costs no scan of the table.
	 */
	public PageResult<PersonSummary> list(String q, String country, boolean byName, Paging paging) {
		NameSearch.Found found = names.find(Person.class, q, countryFilter(country), byName, paging);
		return PageResult.of(summaries(found.ids()), paging, found.total());
	}

	/** The countries people come from (those whose names match {@code q}, if given), with how many each. */
	public Map<String, Long> countries(String q) {
		return names.counts(Person.class, q, countryFilter(null), "country", String.class);
	}

	private static Map<String, Object> countryFilter(String country) {
		Map<String, Object> filters = new HashMap<>();
		filters.put("country", country);
		return filters;
	}

	/** These people as lists show them, in the order of the ids. */
	private List<PersonSummary> summaries(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, PersonSummary> byId = new HashMap<>();
		em.createQuery("select p.id, p.slug, p.name, p.country, p.mentionCount, p.articleCount from Person p"
				+ " where p.id in :ids", Object[].class)
			.setParameter("ids", ids)
			.getResultStream()
			.forEach(r -> byId.put((Long) r[0],
					new PersonSummary((String) r[1], (String) r[2], (String) r[3], (Integer) r[4], (Integer) r[5])));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/** The other forms of the names of these people, in one query. */
	public Map<String, List<String>> aliases(Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> result = new LinkedHashMap<>();
		em.createQuery("select p.slug, p.name, a from Person p join p.aliases a where p.slug in :slugs order by a",
				Object[].class)
			.setParameter("slugs", slugs)
			.getResultStream()
			.filter(r -> !r[1].equals(r[2]))
			.forEach(r -> result.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[2]));
		return result;
	}

	public Optional<PersonDetail> find(String slug) {
		return people.findBySlug(slug).map(this::detail);
	}

	/** The people this one appears with most, and which of them appear together too. */
	public Relations relations(PersonDetail person) {
		return Relations.of(person.name(), person.alongside(),
				articles.together("Person", Relations.drawn(person.alongside())));
	}

	private PersonDetail detail(Person p) {
		ArticlesNaming naming = ArticlesNaming.of(articles, em,
				new ArticleFilter(null, List.of(p.getSlug()), List.of(), null, null),
				"PersonMention m join m.person e", p.getSlug());
		// as the articles the page shows state them: all of them but for someone named in very many
		List<RoleView> roles = naming.roles(em, "a.sortKey, r.id", r -> r.person().slug().equals(p.getSlug()));
		List<EntityRef> organizations = roles.stream()
			.map(RoleView::organization)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		return new PersonDetail(p.getSlug(), p.getName(), p.getAliases(), p.getCountry(), p.getMentionCount(),
				p.getArticleCount(), roles, organizations, naming.newest(),
				ArticlesNaming.besides(naming.people(), p.getSlug(), ALONGSIDE), naming.overTime());
	}

}
