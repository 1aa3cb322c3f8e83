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
import jakarta.persistence.Table;
import org.kjnews.article.Article;
import org.kjnews.organization.Organization;
import org.kjnews.system.Evidence;

/** A position an article says a person holds (or held), as of that article's date, with the sentence. */
@Entity
@Table(name = "person_role")
public class Role {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_role_seq")
	@SequenceGenerator(name = "person_role_seq", sequenceName = "person_role_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id")
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false, length = 4000)
	private String sentence;

	protected Role() {
	}

	public Role(Person person, Article article, Organization organization, String title, String sentence) {
		this.person = person;
		this.article = article;
		this.organization = organization;
		this.title = Evidence.fit(title, 255);
		this.sentence = Evidence.cut(sentence);
	}

}
