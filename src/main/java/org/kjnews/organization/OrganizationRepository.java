package org.kjnews.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface OrganizationRepository extends Repository<Organization, Long> {

	Organization save(Organization organization);

	Optional<Organization> findBySlug(String slug);

	/** Every organization's match key, id and slug: what the loader keeps during a run. */
	@Query("select o.matchKey, o.id, o.slug from Organization o")
	List<Object[]> findKeys();

	/** The organizations no article mentions any more. */
	@Query("select o.id from Organization o where not exists (select 1 from OrganizationMention m where m.organization = o)")
	List<Long> findUnmentioned();

	@Modifying
	@Query("""
			update Organization o set
			  o.mentionCount = (select coalesce(sum(m.placeCount), 0) from OrganizationMention m where m.organization = o),
			  o.articleCount = (select count(distinct m.article) from OrganizationMention m where m.organization = o)""")
	int refreshCounts();

	/** {@link #findUnmentioned()} among these only: what a run that changed a few articles may have left. */
	@Query("select o.id from Organization o where o.id in :ids and not exists (select 1 from OrganizationMention m where m.organization = o)")
	List<Long> findUnmentioned(Collection<Long> ids);

	@Modifying
	@Query("delete from Organization o where o.id in :ids")
	int deleteAllByIds(Collection<Long> ids);

	/** {@link #refreshCounts()} for these only. */
	@Modifying
	@Query("""
			update Organization o set
			  o.mentionCount = (select coalesce(sum(m.placeCount), 0) from OrganizationMention m where m.organization = o),
			  o.articleCount = (select count(distinct m.article) from OrganizationMention m where m.organization = o)
			where o.id in :ids""")
	int refreshCounts(Collection<Long> ids);

	/** Adds what new articles gave these (see {@code AddedCounts}). */
	@Modifying
	@Query("""
			update Organization o set o.mentionCount = o.mentionCount + :mentions, o.articleCount = o.articleCount + :articles
			where o.id in :ids""")
	int addCounts(int mentions, int articles, Collection<Long> ids);

}
