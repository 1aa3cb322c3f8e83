package org.kjnews.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.kjnews.article.EntityRef;
import org.kjnews.extract.OrganizationKind;
import org.kjnews.person.ArticlesNaming;
import org.kjnews.person.Relations;
import org.kjnews.person.RoleView;
import org.kjnews.person.TitleForms;
import org.kjnews.search.ArticleFilter;
import org.kjnews.search.ArticleSearch;
import org.kjnews.search.NameSearch;
import org.kjnews.system.PageResult;
import org.kjnews.system.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of organizations: lists and single organizations, as records ready for pages and the API. */
@Service
@Transactional(readOnly = true)
public class OrganizationCatalog {

	private static final int COUNTERPARTS = 10;

	private final EntityManager em;

	private final OrganizationRepository organizations;

	private final NameSearch names;

	private final ArticleSearch articles;

	OrganizationCatalog(EntityManager em, OrganizationRepository organizations, NameSearch names,
			ArticleSearch articles) {
		this.names = names;
		this.articles = articles;
		this.em = em;
		this.organizations = organizations;
	}

	/**
	 * Organizations, most mentioned first or by name, perhaps of one country and kind, perhaps only those whose
	 * names match the words {@code q}. From the search index ({@link NameSearch}), searched or not: one order either
	 * way, and a deep page or a count costs no scan of the table.
	 */
	public PageResult<OrganizationSummary> list(String q, String country, OrganizationKind kind, boolean byName,
			Paging paging) {
		NameSearch.Found found = names.find(Organization.class, q, filters(country, kind), byName, paging);
		return PageResult.of(summaries(found.ids()), paging, found.total());
	}

	/**
	 * Organizations by country among those of the kind chosen (all, if none), as facets count: each list of choices
	 * is narrowed by the other's choice, so the count beside a country is what choosing it lists.
	 */
	public Map<String, Long> countries(String q, OrganizationKind kind) {
		return names.counts(Organization.class, q, filters(null, kind), "country", String.class);
	}

	/** Organizations by kind among those of the country chosen (all, if none); see {@link #countries}. */
	public Map<OrganizationKind, Long> kinds(String q, String country) {
		return names.counts(Organization.class, q, filters(country, null), "kind", OrganizationKind.class);
	}

	private static Map<String, Object> filters(String country, OrganizationKind kind) {
		Map<String, Object> filters = new HashMap<>();
		filters.put("country", country);
		filters.put("kind", kind);
		return filters;
	}

	/** These organizations as lists show them, in the order of the ids. */
	private List<OrganizationSummary> summaries(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, OrganizationSummary> byId = new HashMap<>();
		em.createQuery("select o.id, o.slug, o.name, o.country, o.kind, o.mentionCount, o.articleCount"
				+ " from Organization o where o.id in :ids", Object[].class)
			.setParameter("ids", ids)
			.getResultStream()
			.forEach(r -> byId.put((Long) r[0], new OrganizationSummary((String) r[1], (String) r[2], (String) r[3],
					(OrganizationKind) r[4], (Integer) r[5], (Integer) r[6])));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	public Map<String, List<String>> aliases(Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> result = new LinkedHashMap<>();
		em.createQuery("select o.slug, o.name, a from Organization o join o.aliases a where o.slug in :slugs"
				+ " order by a", Object[].class)
			.setParameter("slugs", slugs)
			.getResultStream()
			.filter(r -> !r[1].equals(r[2]))
			.forEach(r -> result.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[2]));
		return result;
	}

	public Optional<OrganizationDetail> find(String slug) {
		return organizations.findBySlug(slug).map(this::detail);
	}

	/** The organizations this one appears with most, and which of them appear together too. */
	public Relations relations(OrganizationDetail organization) {
		return Relations.of(organization.name(), organization.counterparts(),
				articles.together("Organization", Relations.drawn(organization.counterparts())));
	}

	private OrganizationDetail detail(Organization o) {
		ArticlesNaming naming = ArticlesNaming.of(articles, em,
				new ArticleFilter(null, List.of(), List.of(o.getSlug()), null, null),
				"OrganizationMention m join m.organization e", o.getSlug());
		// its people as the articles the page shows state them: all of them but for one named in very many
		List<RoleView> roles = naming.roles(em, "p.name, a.sortKey",
				r -> r.organization() != null && r.organization().slug().equals(o.getSlug()));
		Map<EntityRef, Set<String>> titles = new LinkedHashMap<>();
		roles.forEach(r -> titles.computeIfAbsent(r.person(), k -> new LinkedHashSet<>()).add(r.title()));
		List<Member> members = titles.entrySet().stream()
			.map(e -> new Member(e.getKey(), TitleForms.distinct(e.getValue())))
			.toList();
		return new OrganizationDetail(o.getSlug(), o.getName(), o.getAliases(), o.getCountry(), o.getKind(),
				o.getMentionCount(), o.getArticleCount(), members, roles,
				ArticlesNaming.besides(naming.organizations(), o.getSlug(), COUNTERPARTS), naming.newest(),
				naming.overTime());
	}

}
