package org.kjnews.person;

import java.time.LocalDate;
import java.time.LocalTime;

import org.kjnews.article.ArticleLink;
import org.kjnews.article.EntityRef;
import org.kjnews.extract.DateBasis;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.PartialDate;

/**
 * A person's role as one article states it: the title, the organization (or null), the article as evidence with
 * its sentence, and that article's date as "as of".
 */
public record RoleView(EntityRef person, String title, EntityRef organization, ArticleLink article, PartialDate asOf,
		String sentence) {

	/** For JPQL constructor expressions, which hand over the columns one by one. */
	public RoleView(String personSlug, String personName, String title, String organizationSlug,
			String organizationName, String articleSlug, String articleTitle, LocalDate date, LocalTime time,
			DatePrecision precision, DateBasis basis, String note, String sentence) {
		this(new EntityRef(personSlug, personName), title,
				organizationSlug == null ? null : new EntityRef(organizationSlug, organizationName),
				new ArticleLink(articleSlug, articleTitle), new PartialDate(date, time, precision, basis, note),
				sentence);
	}

	/** The select list that feeds the constructor above; {@code r} is the role, {@code a} its article. */
	public static final String SELECT = "select new org.kjnews.person.RoleView(p.slug, p.name, r.title, o.slug, o.name,"
			+ " a.slug, a.title, a.publishedDate, a.publishedTime, a.publishedPrecision, a.publishedBasis,"
			+ " a.publishedNote, r.sentence) from Role r join r.person p join r.article a left join r.organization o ";

}
