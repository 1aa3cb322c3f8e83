package org.kjnews.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
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
import org.kjnews.system.IndexedStatements;
import org.kjnews.system.AddedCounts;
import org.kjnews.system.SlugPool;
import org.kjnews.system.Slugs;
import org.kjnews.system.Touched;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes what extraction found in one article, inside that article's transaction: the article's old mentions
 * and roles go, each person and organization is found by its key (or created), the new ones are stored, and
 * the meetings it reports are recorded with their parties. During a run, the people and organizations known are
 * kept in memory (see {@link Known}); the caller calls {@link #forget()} after the run and after a rollback.
 */
@Component
class ExtractionStore {

	private static final Logger log = LoggerFactory.getLogger(ExtractionStore.class);

	private final PersonRepository people;

	private final OrganizationRepository organizations;

	private final PersonMentionRepository personMentions;

	private final OrganizationMentionRepository organizationMentions;

	private final RoleRepository roles;

	private final MeetingRecorder meetingRecorder;

	private final EntityManager entityManager;

	private final IndexedStatements indexed;

	/** What is kept for the current run; null until the first article of a run needs it. */
	private Known known;

	/** People whose mentions changed since the last {@link #tidy()}: only they are counted again. */
	private final Touched touchedPeople = new Touched();

	private final Touched touchedOrganizations = new Touched();

	/** What new articles gave people: added at the tidying rather than counted again (see {@link AddedCounts}). */
	private final AddedCounts peopleAdded = new AddedCounts();

	private final AddedCounts organizationsAdded = new AddedCounts();

	ExtractionStore(PersonRepository people, OrganizationRepository organizations,
			PersonMentionRepository personMentions, OrganizationMentionRepository organizationMentions,
			RoleRepository roles, MeetingRecorder meetingRecorder, EntityManager entityManager,
			IndexedStatements indexed) {
		this.entityManager = entityManager;
		this.indexed = indexed;
		this.meetingRecorder = meetingRecorder;
		this.people = people;
		this.organizations = organizations;
		this.personMentions = personMentions;
		this.organizationMentions = organizationMentions;
		this.roles = roles;
	}

	/** @param isNew whether the article was stored for the first time, so it has nothing old to remove */
	void replace(Article article, boolean isNew, Extraction extraction, List<ExtractedMeeting> meetings) {
		Known known = known();
		if (!isNew) {
			touchedPeople.addAll(article.getPersonIds());
			touchedOrganizations.addAll(article.getOrganizationIds());
			// what this transaction wrote so far goes to the database first: the meeting recorder reads the
			// parties of the meetings this article reported again from there
			entityManager.flush();
			personMentions.deleteByArticle(article);
			organizationMentions.deleteByArticle(article);
			roles.deleteByArticle(article);
		}
		Map<String, Person> personByKey = new HashMap<>();
		for (ExtractedPerson found : extraction.people()) {
			personByKey.put(found.key(), person(known, found));
		}
		Map<String, Organization> organizationByKey = new HashMap<>();
		for (ExtractedOrganization found : extraction.organizations()) {
			organizationByKey.put(found.key(), organization(known, found));
		}
		// one row per person or organization named, with every place
		Map<String, MentionGroup> personPlaces = new LinkedHashMap<>();
		Map<String, MentionGroup> organizationPlaces = new LinkedHashMap<>();
		for (Mention m : extraction.mentions()) {
			if (m.type() == EntityType.PERSON && personByKey.containsKey(m.key())) {
				personPlaces.computeIfAbsent(m.key(), k -> new MentionGroup()).add(m);
			}
			else if (m.type() == EntityType.ORGANIZATION && organizationByKey.containsKey(m.key())) {
				organizationPlaces.computeIfAbsent(m.key(), k -> new MentionGroup()).add(m);
			}
		}
		personPlaces.forEach((key, group) -> {
			Mention m = group.shown();
			entityManager.persist(new PersonMention(article, personByKey.get(key), m.surface(), m.block(), m.start(),
					m.end(), m.sentence(), group.places()));
		});
		organizationPlaces.forEach((key, group) -> {
			Mention m = group.shown();
			entityManager.persist(new OrganizationMention(article, organizationByKey.get(key), m.surface(), m.block(),
					m.start(), m.end(), m.sentence(), group.places()));
		});
		for (ExtractedRole r : extraction.roles()) {
			Person person = personByKey.get(r.personKey());
			if (person != null) {
				Organization organization = r.organizationKey() == null ? null
						: organizationByKey.get(r.organizationKey());
				entityManager.persist(new Role(person, article, organization, r.title(), r.sentence()));
			}
		}
		article.mentions(ids(personByKey.values().stream().map(Person::getId)),
				ids(organizationByKey.values().stream().map(Organization::getId)));
		if (isNew) {
			personByKey.forEach((key, person) -> gained(person.getId(), personPlaces.get(key), peopleAdded,
					touchedPeople));
			organizationByKey.forEach((key, organization) -> gained(organization.getId(),
					organizationPlaces.get(key), organizationsAdded, touchedOrganizations));
		}
		else {
			touchedPeople.addAll(article.getPersonIds());
			touchedOrganizations.addAll(article.getOrganizationIds());
		}
		meetingRecorder.record(article, isNew, meetings, personByKey, organizationByKey, known.personIds,
				known.organizationIds);
	}

	/**
	 * What a new article gave one person or organization: mentions to add to its counts, or, if none (named but
	 * never mentioned), a recount that also removes it when nothing else mentions it.
	 */
	private static void gained(long id, MentionGroup mentions, AddedCounts added, Touched touched) {
		if (mentions == null) {
			touched.add(id);
		}
		else {
			added.add(id, mentions.places().count());
		}
	}

	/** The article's transaction committed: what it added to the counts holds. */
	void committed() {
		peopleAdded.committed();
		organizationsAdded.committed();
	}

	/** Notes whom and what an article about to be deleted names, for {@link #tidy()}. */
	void removing(Article article) {
		touchedPeople.addAll(article.getPersonIds());
		touchedOrganizations.addAll(article.getOrganizationIds());
		meetingRecorder.removing(article);
	}

	/** Drops what was kept: after a run, and when a transaction rolled back what it was told. */
	void forget() {
		known = null;
		meetingRecorder.forget();
		peopleAdded.rolledBack(); // nothing a commit has not confirmed
		organizationsAdded.rolledBack();
	}

	/**
	 * The person of that key, created if new, and given what the article says of them if that adds anything; a
	 * person it adds nothing to stays a reference (not loaded).
	 */
	private Person person(Known known, ExtractedPerson found) {
		Long id = known.personIds.get(found.key());
		Person.Absorbed seen = id == null ? null : known.people.get(id);
		if (seen != null && !seen.changedBy(found.name(), found.variants(), found.country())) {
			return entityManager.getReference(Person.class, id);
		}
		Person person;
		if (id == null) {
			person = new Person(known.personSlugs.take(Slugs.of(found.name())), found.key(),
					found.name());
			entityManager.persist(person);
			known.personIds.put(found.key(), person.getId());
		}
		else {
			person = entityManager.find(Person.class, id);
		}
		person.absorb(found.name(), found.variants(), found.country());
		known.people.put(person.getId(), person.absorbed());
		return person;
	}

	private Organization organization(Known known, ExtractedOrganization found) {
		Long id = known.organizationIds.get(found.key());
		Organization.Absorbed seen = id == null ? null : known.organizations.get(id);
		if (seen != null && !seen.changedBy(found.name(), found.variants(), found.country(), found.kind())) {
			return entityManager.getReference(Organization.class, id);
		}
		Organization organization;
		if (id == null) {
			organization = new Organization(known.organizationSlugs.take(Slugs.of(found.name())),
					found.key(), found.name());
			entityManager.persist(organization);
			known.organizationIds.put(found.key(), organization.getId());
		}
		else {
			organization = entityManager.find(Organization.class, id);
		}
		organization.absorb(found.name(), found.variants(), found.country(), found.kind());
		known.organizations.put(organization.getId(), organization.absorbed());
		return organization;
	}

	private Known known() {
		if (known == null) {
			Known loaded = new Known();
			for (Object[] row : people.findKeys()) {
				loaded.personIds.put((String) row[0], (Long) row[1]);
				loaded.personSlugs.add((String) row[2]);
			}
			for (Object[] row : organizations.findKeys()) {
				loaded.organizationIds.put((String) row[0], (Long) row[1]);
				loaded.organizationSlugs.add((String) row[2]);
			}
			known = loaded;
		}
		return known;
	}

	/**
	 * What a run keeps between articles instead of asking the database: every person's and organization's id by
	 * match key, the slugs taken, and what the ones this run has seen already hold.
	 */
	private static final class Known {

		private final Map<String, Long> personIds = new HashMap<>();

		private final SlugPool personSlugs = new SlugPool(List.of());

		private final Map<Long, Person.Absorbed> people = new HashMap<>();

		private final Map<String, Long> organizationIds = new HashMap<>();

		private final SlugPool organizationSlugs = new SlugPool(List.of());

		private final Map<Long, Organization.Absorbed> organizations = new HashMap<>();

	}

	/**
	 * Removes the meetings, people and organizations that no article names any more, and recounts the mentions of
	 * the rest: of those the articles changed since the last tidying only (nothing, when nothing changed); to those
	 * only new articles named, adds what these gave them.
	 */
	void tidy() {
		meetingRecorder.tidy();
		indexed.delete(Person.class, touchedPeople.select(people::findUnmentioned, people::findUnmentioned),
				people::deleteAllByIds);
		indexed.delete(Organization.class,
				touchedOrganizations.select(organizations::findUnmentioned, organizations::findUnmentioned),
				organizations::deleteAllByIds);
		touchedPeople.apply(people::refreshCounts, people::refreshCounts);
		touchedOrganizations.apply(organizations::refreshCounts, organizations::refreshCounts);
		peopleAdded.apply(touchedPeople, people::addCounts);
		organizationsAdded.apply(touchedOrganizations, organizations::addCounts);
	}

	/**
	 * The people and organizations whose counts a tidying changed, by id; null for all of them.
	 */
	record Recounted(Collection<Long> people, Collection<Long> organizations) {
	}

	/**
	 * After the tidying committed: forgets what it covered, and says whose counts it changed (to index again, see
	 * {@link #indexCounts}).
	 */
	Recounted tidied() {
		Recounted recounted = new Recounted(recounted(touchedPeople, peopleAdded),
				recounted(touchedOrganizations, organizationsAdded));
		meetingRecorder.tidied();
		touchedPeople.clear();
		touchedOrganizations.clear();
		peopleAdded.clear();
		organizationsAdded.clear();
		return recounted;
	}

	/** The ids whose counts the tidying changed, or null for all. */
	private static Collection<Long> recounted(Touched touched, AddedCounts added) {
		if (touched.coversAll()) {
			return null;
		}
		Set<Long> ids = new HashSet<>(touched.ids());
		ids.addAll(added.ids());
		return ids;
	}

	/**
	 * Indexes again the people and organizations whose counts a tidying changed, so the lists searched by name sort
	 * on their counts of now. A failure is logged, not thrown: the counts stored are right, only that order is not.
	 */
	void indexCounts(Recounted recounted) {
		long started = System.nanoTime();
		try {
			int peopleIndexed = indexed.reindex(Person.class, recounted.people());
			int organizationsIndexed = indexed.reindex(Organization.class, recounted.organizations());
			if (peopleIndexed + organizationsIndexed > 0) {
				log.info("Indexed the counts of {} people and {} organizations again in {} ms", peopleIndexed,
						organizationsIndexed, (System.nanoTime() - started) / 1_000_000);
			}
		}
		catch (RuntimeException ex) {
			log.error("Indexing the new counts failed: the lists searched by name may sort on older counts", ex);
		}
	}

	private static Set<Long> ids(Stream<Long> ids) {
		return ids.collect(Collectors.toSet());
	}

}
