package org.kjnews.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.kjnews.article.Article;
import org.kjnews.article.MentionPlaces;
import org.kjnews.system.Evidence;

/**
 * Where an article names a person: every place, and the first in its body (else in its title or byline) with the
 * sentence as evidence. One row per article and person.
 */
@Entity
public class PersonMention {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_mention_seq")
	@SequenceGenerator(name = "person_mention_seq", sequenceName = "person_mention_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@Column(nullable = false)
	private String surface;

	@Column(name = "block_index")
	private int block;

	// not "start" and "end": Hibernate names the columns of its helper tables after the fields, and END is a
	// keyword of H2's, so creating them failed at every start
	@Column(name = "start_offset")
	private int startOffset;

	@Column(name = "end_offset")
	private int endOffset;

	@Column(nullable = false, length = 4000)
	private String sentence;

	/** How many times the article names them: the places below. */
	@Column(name = "place_count")
	private int placeCount;

	/**
	 * Every place the article names them (see {@link MentionPlaces}); the columns above hold the one shown. Null in
	 * rows stored before (V11), which hold one place each: the one shown.
	 */
	@Column(length = MentionPlaces.MAX_LENGTH)
	private String places;

	protected PersonMention() {
	}

	public PersonMention(Article article, Person person, String surface, int block, int start, int end,
			String sentence, MentionPlaces places) {
		this.article = article;
		this.person = person;
		this.surface = Evidence.fit(surface, 255);
		this.block = block;
		this.startOffset = start;
		this.endOffset = end;
		this.sentence = Evidence.cut(sentence);
		this.placeCount = places.count();
		this.places = places.encoded();
	}

}
