package org.kjnews.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PersonRepository extends Repository<Person, Long> {

	Person save(Person person);

	Optional<Person> findBySlug(String slug);

	/** Every person's match key, id and slug: what the loader keeps during a run. */
	@Query("select p.matchKey, p.id, p.slug from Person p")
	List<Object[]> findKeys();

	/** The people no article mentions any more. */
	@Query("select p.id from Person p where not exists (select 1 from PersonMention m where m.person = p)")
	List<Long> findUnmentioned();

	@Modifying
	@Query("""
			update Person p set
			  p.mentionCount = (select coalesce(sum(m.placeCount), 0) from PersonMention m where m.person = p),
			  p.articleCount = (select count(distinct m.article) from PersonMention m where m.person = p)""")
	int refreshCounts();

	/** {@link #findUnmentioned()} among these only: what a run that changed a few articles may have left. */
	@Query("select p.id from Person p where p.id in :ids and not exists (select 1 from PersonMention m where m.person = p)")
	List<Long> findUnmentioned(Collection<Long> ids);

	@Modifying
	@Query("delete from Person p where p.id in :ids")
	int deleteAllByIds(Collection<Long> ids);

	/** {@link #refreshCounts()} for these only. */
	@Modifying
	@Query("""
			update Person p set
			  p.mentionCount = (select coalesce(sum(m.placeCount), 0) from PersonMention m where m.person = p),
			  p.articleCount = (select count(distinct m.article) from PersonMention m where m.person = p)
			where p.id in :ids""")
	int refreshCounts(Collection<Long> ids);

	/** Adds what new articles gave these (see {@code AddedCounts}). */
	@Modifying
	@Query("""
			update Person p set p.mentionCount = p.mentionCount + :mentions, p.articleCount = p.articleCount + :articles
			where p.id in :ids""")
	int addCounts(int mentions, int articles, Collection<Long> ids);

}
