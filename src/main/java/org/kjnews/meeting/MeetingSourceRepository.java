package org.kjnews.meeting;

import java.util.List;

import org.kjnews.article.Article;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface MeetingSourceRepository extends Repository<MeetingSource, Long> {

	MeetingSource save(MeetingSource source);

	@Query("select distinct s.meeting.id from MeetingSource s where s.article = :article")
	List<Long> meetingsReportedBy(Article article);

	@Modifying
	@Query("delete from MeetingSource s where s.article = :article")
	int deleteByArticle(Article article);

}
