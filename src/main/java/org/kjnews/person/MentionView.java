package org.kjnews.person;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kjnews.article.ArticleLink;
import org.kjnews.extract.DateBasis;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.PartialDate;

/** An article that names someone or something, with its date and the sentence that names it. */
public record MentionView(ArticleLink article, PartialDate published, String sentence) {

	public MentionView(String slug, String title, LocalDate date, LocalTime time, DatePrecision precision,
			DateBasis basis, String note, String sentence) {
		this(new ArticleLink(slug, title), new PartialDate(date, time, precision, basis, note), sentence);
	}

	/** One line per article: the first of these mentions (given in reading order) in each article. */
	public static List<MentionView> firstPerArticle(List<MentionView> mentions) {
		Map<String, MentionView> first = new LinkedHashMap<>();
		mentions.forEach(m -> first.putIfAbsent(m.article().slug(), m));
		return List.copyOf(first.values());
	}

	/** The select list for the constructor above; {@code m} is the mention, {@code a} its article. */
	public static final String SELECT = "select new org.kjnews.person.MentionView(a.slug, a.title, a.publishedDate,"
			+ " a.publishedTime, a.publishedPrecision, a.publishedBasis, a.publishedNote, m.sentence) ";

}
