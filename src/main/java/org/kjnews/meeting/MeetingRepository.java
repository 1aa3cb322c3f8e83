package org.kjnews.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.kjnews.extract.DatePrecision;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface MeetingRepository extends Repository<Meeting, Long> {

	Meeting save(Meeting meeting);

	Optional<Meeting> findBySlug(String slug);

	boolean existsBySlug(String slug);

	Optional<Meeting> findFirstBySeriesAndOrdinal(MeetingSeries series, Integer ordinal);

	List<Meeting> findBySeries(MeetingSeries series);

	List<Meeting> findByStartDateAndDatePrecision(LocalDate startDate, DatePrecision precision);

	/** Whether any report of the meeting names one of these people; answered by the first match. */
	@Query("select s.id from MeetingSource s join s.participants p where s.meeting = :meeting and p.matchKey in :keys")
	List<Long> reportsNamingPeople(Meeting meeting, Collection<String> keys, Limit limit);

	@Query("select s.id from MeetingSource s join s.organizations o where s.meeting = :meeting and o.matchKey in :keys")
	List<Long> reportsNamingOrganizations(Meeting meeting, Collection<String> keys, Limit limit);

	@Query("select count(s) > 0 from MeetingSource s where s.meeting = :meeting and (s.participants is not empty"
			+ " or s.organizations is not empty)")
	boolean namesParties(Meeting meeting);

	@Modifying
	@Query("delete from Meeting m where not exists (select 1 from MeetingSource s where s.meeting = m)")
	int deleteUnreported();

}
