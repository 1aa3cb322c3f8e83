package org.kjnews.person;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.kjnews.article.ArticleSummary;
import org.kjnews.extract.DateBasis;
import org.kjnews.extract.DatePrecision;
import org.kjnews.search.ArticleFilter;
import org.kjnews.search.ArticleResults;
import org.kjnews.search.ArticleSearch;
import org.kjnews.search.FacetValue;
import org.kjnews.system.Paging;

/**
 * What a person's or organization's page shows of the articles naming them, at any size of the archive: the newest
 * {@value #SHOWN} with the sentence naming them, and, counted over all of them in the search index, who and what
 * they name most and how many there are per year. Reading every mention instead took minutes for someone named in
 * 20,000 articles.
 *
 * @param shown the ids of the newest articles naming them: what else the page reads of them (their roles) it reads
 * from these
 * @param newest the newest articles naming them, newest first, each with the first sentence of the body naming
 * them (else the title)
 * @param total how many articles name them
 */
public record ArticlesNaming(List<Long> shown, List<MentionView> newest, long total, List<FacetValue> people,
		List<FacetValue> organizations, ArticlesOverTime overTime) {

	/** Articles a page lists and reads roles from; the rest are on the article list filtered by them. */
	public static final int SHOWN = 50;

	/**
	 * A sentence of the body says more of them than the title or byline: rows stored one per place (before V11) are
	 * ordered as the loader now picks the place it shows.
	 */
	private static final String BODY_FIRST = "case when m.block >= 0 then 0 when m.block = -1 then 1 else 2 end";

	/**
	 * @param filter the article list filtered by them
	 * @param mention the mention entity (PersonMention, OrganizationMention) and its attribute naming them, as
	 * {@code "PersonMention m join m.person e"}
	 */
	public static ArticlesNaming of(ArticleSearch search, EntityManager em, ArticleFilter filter, String mention,
			String slug) {
		ArticleResults found = search.find(filter, new Paging(0, SHOWN));
		List<String> slugs = found.page().items().stream().map(ArticleSummary::slug).toList();
		// by id, compared with the mention's or role's own column (fk): the database then starts from these few rows.
		// Compared with the joined article's id, H2 started from every person and read all their roles.
		List<Long> shown = slugs.isEmpty() ? List.of()
				: em.createQuery("select a.id from Article a where a.slug in :slugs", Long.class)
					.setParameter("slugs", slugs)
					.getResultList();
		Map<String, Integer> order = slugs.stream()
			.collect(Collectors.toMap(Function.identity(), slugs::indexOf, (a, b) -> a));
		// every mention in these articles, theirs picked here: asked for theirs alone, the database would read all
		// their mentions (tens of thousands) to find those in these few articles
		List<MentionView> newest = shown.isEmpty() ? List.of()
				: MentionView.firstPerArticle(em
					.createQuery("select e.slug, a.slug, a.title, a.publishedDate, a.publishedTime,"
							+ " a.publishedPrecision, a.publishedBasis, a.publishedNote, m.sentence from " + mention
							+ " join m.article a where fk(m.article) in :shown order by " + BODY_FIRST + ", m.block,"
							+ " m.startOffset", Object[].class)
					.setParameter("shown", shown)
					.getResultStream()
					.filter(r -> slug.equals(r[0]))
					.map(r -> new MentionView((String) r[1], (String) r[2], (LocalDate) r[3], (LocalTime) r[4],
							(DatePrecision) r[5], (DateBasis) r[6], (String) r[7], (String) r[8]))
					.toList())
					.stream()
					.sorted(Comparator.comparing(m -> order.getOrDefault(m.article().slug(), slugs.size())))
					.toList();
		long total = found.page().totalItems();
		ArticlesOverTime overTime;
		if (total <= SHOWN) { // all of them are here: by month, when they allow it
			overTime = ArticlesOverTime.of(newest.stream().map(MentionView::published).toList());
		}
		else {
			Map<Integer, Long> perYear = found.years().stream()
				.filter(y -> y.count() > 0)
				.collect(Collectors.toMap(y -> Integer.valueOf(y.value()), FacetValue::count));
			long dated = perYear.values().stream().mapToLong(Long::longValue).sum();
			overTime = ArticlesOverTime.ofYears(perYear, total - dated);
		}
		return new ArticlesNaming(shown, newest, total, found.people(), found.organizations(), overTime);
	}

	/**
	 * The roles stated in the articles shown, for which {@code theirs} holds, in the query's order: asked for by the
	 * articles alone, for the reason given above.
	 * @param order how the page lists them, as JPQL over the role {@code r}, its person {@code p}, its article
	 * {@code a}
	 */
	public List<RoleView> roles(EntityManager em, String order, Predicate<RoleView> theirs) {
		if (shown.isEmpty()) {
			return List.of();
		}
		return em.createQuery(RoleView.SELECT + "where fk(r.article) in :shown order by " + order, RoleView.class)
			.setParameter("shown", shown)
			.getResultStream()
			.filter(theirs)
			.toList();
	}

	/** The most counted of a facet but one (the page's own person or organization): who appears with them. */
	public static List<EntityCount> besides(List<FacetValue> facet, String slug, int limit) {
		return facet.stream()
			.filter(v -> !v.value().equals(slug) && v.count() > 0)
			.limit(limit)
			.map(v -> new EntityCount(v.value(), v.label(), v.count()))
			.toList();
	}

}
