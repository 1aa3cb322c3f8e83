package org.kjnews.meeting;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.kjnews.article.Article;
import org.kjnews.organization.Organization;
import org.kjnews.person.Person;
import org.kjnews.system.Evidence;

/**
 * One article's report of a meeting: the sentence, and who it says took part. Kept per article so that a changed
 * or removed article takes its part of the meeting with it.
 */
@Entity
public class MeetingSource {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_source_seq")
	@SequenceGenerator(name = "meeting_source_seq", sequenceName = "meeting_source_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@Column(nullable = false, length = 4000)
	private String sentence;

	@Column(name = "block_index")
	private int block;

	@ManyToMany
	@JoinTable(name = "meeting_source_person", joinColumns = @JoinColumn(name = "source_id"),
			inverseJoinColumns = @JoinColumn(name = "person_id"))
	private Set<Person> participants = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "meeting_source_organization", joinColumns = @JoinColumn(name = "source_id"),
			inverseJoinColumns = @JoinColumn(name = "organization_id"))
	private Set<Organization> organizations = new HashSet<>();

	protected MeetingSource() {
	}

	public MeetingSource(Meeting meeting, Article article, String sentence, int block, Set<Person> participants,
			Set<Organization> organizations) {
		this.meeting = meeting;
		this.article = article;
		this.sentence = Evidence.cut(sentence);
		this.block = block;
		this.participants.addAll(participants);
		this.organizations.addAll(organizations);
	}

}
