package org.kjnews.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.kjnews.extract.DatePrecision;
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

	@Query("select distinct p.matchKey from MeetingSource s join s.participants p where s.meeting = :meeting")
	List<String> participantKeys(Meeting meeting);

	@Query("select distinct o.matchKey from MeetingSource s join s.organizations o where s.meeting = :meeting")
	List<String> organizationKeys(Meeting meeting);

	@Modifying
	@Query("delete from Meeting m where not exists (select 1 from MeetingSource s where s.meeting = m)")
	int deleteUnreported();

}
