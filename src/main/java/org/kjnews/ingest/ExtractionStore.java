package org.kjnews.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kjnews.article.Article;
import org.kjnews.extract.EntityType;
import org.kjnews.extract.ExtractedMeeting;
import org.kjnews.extract.ExtractedOrganization;
import org.kjnews.extract.ExtractedPerson;
import org.kjnews.extract.ExtractedRole;
import org.kjnews.extract.Extraction;
import org.kjnews.extract.Mention;
import org.kjnews.meeting.MeetingRecorder;
import org.kjnews.organization.Organization;
import org.kjnews.organization.OrganizationMention;
import org.kjnews.organization.OrganizationMentionRepository;
import org.kjnews.organization.OrganizationRepository;
import org.kjnews.person.Person;
import org.kjnews.person.PersonMention;
import org.kjnews.person.PersonMentionRepository;
import org.kjnews.person.PersonRepository;
import org.kjnews.person.Role;
import org.kjnews.person.RoleRepository;
import org.kjnews.system.Slugs;
import org.springframework.stereotype.Component;

/**
 * Writes what extraction found in one article, inside that article's transaction: the article's old mentions
 * and roles go, each person and organization is found by its key (or created), the new ones are stored, and
 * the meetings it reports are recorded with their parties.
 */
@Component
class ExtractionStore {

	private final PersonRepository people;

	private final OrganizationRepository organizations;

	private final PersonMentionRepository personMentions;

	private final OrganizationMentionRepository organizationMentions;

	private final RoleRepository roles;

	private final MeetingRecorder meetingRecorder;

	ExtractionStore(PersonRepository people, OrganizationRepository organizations,
			PersonMentionRepository personMentions, OrganizationMentionRepository organizationMentions,
			RoleRepository roles, MeetingRecorder meetingRecorder) {
		this.meetingRecorder = meetingRecorder;
		this.people = people;
		this.organizations = organizations;
		this.personMentions = personMentions;
		this.organizationMentions = organizationMentions;
		this.roles = roles;
	}

	/** @param isNew whether the article was stored for the first time, so it has nothing old to remove */
	void replace(Article article, boolean isNew, Extraction extraction, List<ExtractedMeeting> meetings) {
		if (!isNew) {
			personMentions.deleteByArticle(article);
			organizationMentions.deleteByArticle(article);
			roles.deleteByArticle(article);
		}
		Map<String, Person> personByKey = new HashMap<>();
		for (ExtractedPerson found : extraction.people()) {
			Person person = people.findByMatchKey(found.key())
				.orElseGet(() -> people.save(new Person(Slugs.unique(Slugs.of(found.name()), people::existsBySlug),
						found.key(), found.name())));
			person.absorb(found.name(), found.variants(), found.country());
			personByKey.put(found.key(), person);
		}
		Map<String, Organization> organizationByKey = new HashMap<>();
		for (ExtractedOrganization found : extraction.organizations()) {
			Organization organization = organizations.findByMatchKey(found.key())
				.orElseGet(() -> organizations.save(new Organization(
						Slugs.unique(Slugs.of(found.name()), organizations::existsBySlug), found.key(), found.name())));
			organization.absorb(found.name(), found.variants(), found.country(), found.kind());
			organizationByKey.put(found.key(), organization);
		}
		for (Mention m : extraction.mentions()) {
			if (m.type() == EntityType.PERSON && personByKey.containsKey(m.key())) {
				personMentions.save(new PersonMention(article, personByKey.get(m.key()), m.surface(), m.block(),
						m.start(), m.end(), m.sentence()));
			}
			else if (m.type() == EntityType.ORGANIZATION && organizationByKey.containsKey(m.key())) {
				organizationMentions.save(new OrganizationMention(article, organizationByKey.get(m.key()),
						m.surface(), m.block(), m.start(), m.end(), m.sentence()));
			}
		}
		for (ExtractedRole r : extraction.roles()) {
			Person person = personByKey.get(r.personKey());
			if (person != null) {
				Organization organization = r.organizationKey() == null ? null
						: organizationByKey.get(r.organizationKey());
				roles.save(new Role(person, article, organization, r.title(), r.sentence()));
			}
		}
		article.mentions(ids(personByKey.values().stream().map(Person::getId)),
				ids(organizationByKey.values().stream().map(Organization::getId)));
		meetingRecorder.record(article, isNew, meetings, personByKey, organizationByKey);
	}

	/** Removes meetings, people and organizations no article names any more, and recounts the rest's mentions. */
	void tidy() {
		meetingRecorder.tidy();
		people.deleteUnmentioned();
		organizations.deleteUnmentioned();
		people.refreshCounts();
		organizations.refreshCounts();
	}

	private static Set<Long> ids(Stream<Long> ids) {
		return ids.collect(Collectors.toSet());
	}

}
