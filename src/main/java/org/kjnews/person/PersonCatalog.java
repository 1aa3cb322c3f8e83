package org.kjnews.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.kjnews.article.EntityRef;
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

	PersonCatalog(EntityManager em, PersonRepository people) {
		this.em = em;
		this.people = people;
	}

	/** People, most mentioned first or by name, perhaps of one country. */
	public PageResult<PersonSummary> list(String country, boolean byName, Paging paging) {
		String where = country == null ? "" : " where p.country = :country";
		String order = byName ? " order by p.name, p.slug" : " order by p.mentionCount desc, p.name, p.slug";
		var query = em.createQuery("select new org.kjnews.person.PersonSummary(p.slug, p.name, p.country,"
				+ " p.mentionCount, p.articleCount) from Person p" + where + order, PersonSummary.class);
		var count = em.createQuery("select count(p) from Person p" + where, Long.class);
		if (country != null) {
			query.setParameter("country", country);
			count.setParameter("country", country);
		}
		List<PersonSummary> items = query.setFirstResult(paging.page() * paging.size())
			.setMaxResults(paging.size())
			.getResultList();
		return PageResult.of(items, paging, count.getSingleResult());
	}

	/** The countries people come from, with how many people each, for the filter. */
	public Map<String, Long> countries() {
		return em.createQuery("select p.country, count(p) from Person p where p.country is not null"
				+ " group by p.country order by count(p) desc", Object[].class)
			.getResultStream()
			.collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1], (a, b) -> a, LinkedHashMap::new));
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
		List<Relations.Pair> among = Relations.pairsAmong(em, "PersonMention", "person", person.alongside());
		return Relations.of(person.name(), person.alongside(), among);
	}

	private PersonDetail detail(Person p) {
		List<RoleView> roles = em.createQuery(RoleView.SELECT + "where r.person = :p order by a.sortKey, r.id",
				RoleView.class).setParameter("p", p).getResultList();
		List<EntityRef> organizations = roles.stream()
			.map(RoleView::organization)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		List<MentionView> mentions = em.createQuery(MentionView.SELECT + "from PersonMention m join m.article a"
				+ " where m.person = :p order by a.sortKey, m.block, m.start", MentionView.class)
			.setParameter("p", p)
			.getResultList();
		List<EntityCount> alongside = em.createQuery("""
				select new org.kjnews.person.EntityCount(o.slug, o.name, count(distinct m2.article))
				from PersonMention m1 join PersonMention m2 on m2.article = m1.article join m2.person o
				where m1.person = :p and o <> :p
				group by o.slug, o.name order by count(distinct m2.article) desc, o.name""", EntityCount.class)
			.setParameter("p", p)
			.setMaxResults(ALONGSIDE)
			.getResultList();
		return new PersonDetail(p.getSlug(), p.getName(), p.getAliases(), p.getCountry(), p.getMentionCount(),
				p.getArticleCount(), roles, organizations, MentionView.firstPerArticle(mentions), alongside);
	}

}
