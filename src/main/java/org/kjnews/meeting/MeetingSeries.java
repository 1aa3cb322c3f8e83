package org.kjnews.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.kjnews.system.Evidence;

/** A recurring meeting ("Korea-Japan Business Conference"), whose sessions are numbered. */
@Entity
public class MeetingSeries {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_series_seq")
	@SequenceGenerator(name = "meeting_series_seq", sequenceName = "meeting_series_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	/** Equal for every way the articles name the series. */
	@Column(name = "series_key", nullable = false, unique = true)
	private String seriesKey;

	@Column(nullable = false)
	private String name;

	protected MeetingSeries() {
	}

	public MeetingSeries(String slug, String seriesKey, String name) {
		this.slug = slug;
		this.seriesKey = Evidence.fit(seriesKey, 300);
		this.name = Evidence.fit(name, 255);
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getSeriesKey() {
		return seriesKey;
	}

	public String getName() {
		return name;
	}

}
