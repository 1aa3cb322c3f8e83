package org.kjnews.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A recurring meeting ("Korea-Japan Business Conference"), whose sessions are numbered. */
@Entity
public class MeetingSeries {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
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
		this.seriesKey = seriesKey;
		this.name = name;
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
