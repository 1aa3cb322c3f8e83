package org.kjnews.meeting;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface MeetingSeriesRepository extends Repository<MeetingSeries, Long> {

	MeetingSeries save(MeetingSeries series);

	Optional<MeetingSeries> findBySeriesKey(String seriesKey);

	Optional<MeetingSeries> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Modifying
	@Query("delete from MeetingSeries s where not exists (select 1 from Meeting m where m.series = s)")
	int deleteEmpty();

}
