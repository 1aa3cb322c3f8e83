package org.kjnews.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface MeetingRepository extends Repository<Meeting, Long> {

	Meeting save(Meeting meeting);

	Optional<Meeting> findBySlug(String slug);

	/** Every meeting's id, series, session number, start date, precision and basis: what the loader keeps. */
	@Query("select m.id, s.id, m.ordinal, m.startDate, m.datePrecision, m.dateBasis from Meeting m left join m.series s")
	List<Object[]> findMatchingFields();

	@Query("select m.slug from Meeting m")
	List<String> findAllSlugs();

	/** The people the reports of a meeting name (with repeats). */
	@Query("select p.id from MeetingSource s join s.participants p where s.meeting.id = :meeting")
	List<Long> participantIds(long meeting);

	@Query("select o.id from MeetingSource s join s.organizations o where s.meeting.id = :meeting")
	List<Long> organizationIds(long meeting);

	/** The meetings no article reports any more. */
	@Query("select m.id from Meeting m where not exists (select 1 from MeetingSource s where s.meeting = m)")
	List<Long> findUnreported();

	/** {@link #findUnreported()} among these only. */
	@Query("select m.id from Meeting m where m.id in :ids and not exists (select 1 from MeetingSource s where s.meeting = m)")
	List<Long> findUnreported(Collection<Long> ids);

	@Modifying
	@Query("delete from Meeting m where m.id in :ids")
	int deleteAllByIds(Collection<Long> ids);

}
