package org.kjnews.organization;

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

	@Modifying
	@Query("delete from Organization o where not exists (select 1 from OrganizationMention m where m.organization = o)")
	int deleteUnmentioned();

	@Modifying
	@Query("""
			update Organization o set
			  o.mentionCount = (select count(m) from OrganizationMention m where m.organization = o),
			  o.articleCount = (select count(distinct m.article) from OrganizationMention m where m.organization = o)""")
	int refreshCounts();

}
