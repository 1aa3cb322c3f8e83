package org.kjnews.meeting;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.kjnews.extract.DateBasis;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.ExtractedMeeting;
import org.kjnews.extract.MeetingStatus;
import org.kjnews.extract.PartialDate;
import org.kjnews.system.Evidence;

/**
 * A meeting as the archive knows it, merged from every article that reports it. Who took part and the evidence
 * live in its {@link MeetingSource}s, one per reporting article.
 */
@Entity
@Indexed(index = "meeting")
public class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
	@SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
	private Long id;

	@KeywordField(projectable = Projectable.YES)
	@Column(nullable = false, unique = true)
	private String slug;

	@FullTextField(analyzer = "english", projectable = Projectable.YES)
	@Column(nullable = false, length = 400)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "series_id")
	private MeetingSeries series;

	private Integer ordinal;

	/** Its year tells apart the sessions of a series among the names above the article hits. */
	@GenericField(projectable = Projectable.YES)
	private LocalDate startDate;

	@Enumerated(EnumType.STRING)
	private DatePrecision datePrecision;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DateBasis dateBasis;

	@Column(length = 1000)
	private String dateNote;

	private LocalDate endDate;

	private String location;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeetingStatus status;

	/** Timeline order in one indexed column: by date, undated last. */
	@Column(nullable = false, length = 40)
	private String sortKey;

	protected Meeting() {
	}

	public Meeting(String slug, ExtractedMeeting found, MeetingSeries series) {
		this.slug = slug;
		this.name = Evidence.fit(found.name(), 400);
		this.series = series;
		this.ordinal = found.ordinal();
		this.location = Evidence.fit(found.location(), 255);
		this.status = found.status();
		this.endDate = found.endDate() == null ? null : found.endDate().start();
		setDate(found.date());
	}

	/**
	 * Takes in another article's report of this meeting: a series, an ordinal, a place or a more precise date it
	 * did not have yet; a name from a series beats a generic one; held beats scheduled once it has happened.
	 */
	public void absorb(ExtractedMeeting found, MeetingSeries foundSeries) {
		if (series == null && foundSeries != null) {
			series = foundSeries;
			name = Evidence.fit(found.name(), 400);
		}
		if (ordinal == null) {
			ordinal = found.ordinal();
		}
		if (location == null || found.location() != null && found.location().length() > location.length()) {
			location = found.location() != null ? Evidence.fit(found.location(), 255) : location;
		}
		if (found.date().isKnown() && (datePrecision == null || found.date().precision().compareTo(datePrecision) > 0)) {
			setDate(found.date());
		}
		if (endDate == null && found.endDate() != null) {
			endDate = found.endDate().start();
		}
		if (found.status() == MeetingStatus.HELD) {
			status = MeetingStatus.HELD;
		}
	}

	private void setDate(PartialDate date) {
		this.startDate = date.start();
		this.datePrecision = date.precision();
		this.dateBasis = date.basis();
		this.dateNote = Evidence.fit(date.note(), 1000);
		this.sortKey = date.isKnown() ? "0|" + date.start() + "|" + date.precision().ordinal() : "1|";
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	/** Timeline order: dated first by start and precision, undated last. */
	public String getSortKey() {
		return sortKey;
	}

	public MeetingSeries getSeries() {
		return series;
	}

	public Integer getOrdinal() {
		return ordinal;
	}

	public PartialDate getDate() {
		return new PartialDate(startDate, null, datePrecision, dateBasis, dateNote);
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public String getLocation() {
		return location;
	}

	public MeetingStatus getStatus() {
		return status;
	}

}
