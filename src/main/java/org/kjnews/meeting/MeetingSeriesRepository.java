package org.kjnews.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface MeetingSeriesRepository extends Repository<MeetingSeries, Long> {

	MeetingSeries save(MeetingSeries series);

	Optional<MeetingSeries> findBySlug(String slug);

	/** Every series' id, key and slug: what the loader keeps. */
	@Query("select s.id, s.seriesKey, s.slug from MeetingSeries s")
	List<Object[]> findKeys();

	@Modifying
	@Query("delete from MeetingSeries s where not exists (select 1 from Meeting m where m.series = s)")
	int deleteEmpty();

}
