package org.kjnews.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.kjnews.extract.DateBasis;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.PartialDate;
import org.kjnews.extract.SentenceMarks;

import static org.kjnews.system.Evidence.fit;

/** One article file of the seeds folder, keyed by its path, as the reader understood it. */
@Entity
@Indexed(index = "article")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
	@SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
	/** Breaks ties of {@link #getSortNumber()} in the index (numbers sort far faster than strings there). */
	@GenericField(name = "idOrder", sortable = Sortable.YES)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false, unique = true, length = 1000)
	private String sourceFile;

	@Column(nullable = false)
	private String contentHash;

	/** The file's size and modification time when it was read (see FolderIngester): equal means unchanged. */
	@Column(length = 200)
	private String fileStamp;

	@FullTextField(analyzer = "english", projectable = Projectable.YES)
	@FullTextField(name = "titleWords", analyzer = "words")
	@Column(nullable = false, length = 500)
	private String title;

	private boolean titleDerived;

	@KeywordField(aggregable = Aggregable.YES)
	@FullTextField(name = "sourceText", analyzer = "english")
	private String source;

	@Column(length = 2000)
	private String url;

	private String byline;

	private LocalDate publishedDate;

	private LocalTime publishedTime;

	@Enumerated(EnumType.STRING)
	private DatePrecision publishedPrecision;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DateBasis publishedBasis;

	@Column(length = 1000)
	private String publishedNote;

	/** Orders the list (newest first, undated last) in one indexed column, so neighbours are one query away. */
	@KeywordField(sortable = Sortable.YES)
	@Column(nullable = false, length = 1100)
	private String sortKey;

	@Column(name = "lead_text", length = 1000)
	private String lead;

	/** All the readable text: paragraphs, subheadings and captions, one block a line. */
	@FullTextField(name = "bodyWords", analyzer = "words")
	@Column(nullable = false, length = 1_000_000)
	private String body;

	@Column(nullable = false)
	private Instant loadedAt;

	@ElementCollection
	@CollectionTable(name = "article_block", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "idx")
	private List<ArticleBlock> blocks = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_subheading", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "idx")
	@Column(name = "heading", nullable = false, length = 1000)
	private List<String> subheadings = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "idx")
	@Column(name = "tag", nullable = false, length = 300)
	@FullTextField(name = "tagText", analyzer = "english")
	private List<String> tags = new ArrayList<>();

	/** Who and what the article mentions, by id: filters and facet counts come from these in the index. */
	@ElementCollection
	@CollectionTable(name = "article_person", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "person_id", nullable = false)
	@GenericField(name = "person", aggregable = Aggregable.YES)
	private Set<Long> personIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "article_organization", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "organization_id", nullable = false)
	@GenericField(name = "organization", aggregable = Aggregable.YES)
	private Set<Long> organizationIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "article_warning", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "idx")
	@Column(name = "warning", nullable = false, length = 1000)
	private List<String> warnings = new ArrayList<>();

	protected Article() {
	}

	public Article(String sourceFile, String slug) {
		this.sourceFile = sourceFile;
		this.slug = slug;
	}

	/** Replaces everything the file said with what it says now. */
	public void replaceContent(ParsedArticle content, String contentHash, String fileStamp, Instant loadedAt) {
		this.contentHash = contentHash;
		this.fileStamp = fileStamp;
		this.loadedAt = loadedAt;
		this.title = fit(content.title(), 500);
		this.titleDerived = content.titleDerived();
		this.source = fit(content.source(), 255);
		this.url = content.url() != null && content.url().length() <= 2000 ? content.url() : null;
		this.byline = fit(content.byline(), 255);
		PartialDate published = content.published();
		this.publishedDate = published.start();
		this.publishedTime = published.time();
		this.publishedPrecision = published.precision();
		this.publishedBasis = published.basis();
		this.publishedNote = fit(published.note(), 1000);
		this.sortKey = SortKey.of(published, sourceFile);
		this.body = content.bodyText();
		this.lead = Lead.of(content.blocks());
		this.blocks.clear();
		content.blocks().stream().map(ArticleBlock::new).forEach(this.blocks::add);
		replace(this.subheadings, content.subheadings(), 1000);
		replace(this.tags, content.tags(), 300);
		replace(this.warnings, content.warnings(), 1000);
	}

	/** Records who and what the article mentions, for filtering and counting in the index. */
	public void mentions(Set<Long> people, Set<Long> organizations) {
		personIds.clear();
		personIds.addAll(people);
		organizationIds.clear();
		organizationIds.addAll(organizations);
	}

	/** The people the article mentions, by id (read-only). */
	public Set<Long> getPersonIds() {
		return Collections.unmodifiableSet(personIds);
	}

	/** The organizations the article mentions, by id (read-only). */
	public Set<Long> getOrganizationIds() {
		return Collections.unmodifiableSet(organizationIds);
	}

	/**
	 * The order of {@link #getSortKey()} as a number, for sorting in the search index: with a string sort, Lucene
	 * decompresses a block of terms for every hit that enters the page, which was a third of a search at 100,000
	 * articles. Ties (the same minute) are broken by id there, by file name in the database.
	 */
	@GenericField(name = "sortNumber", sortable = Sortable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "sortKey")))
	public long getSortNumber() {
		return SortKey.number(sortKey);
	}

	/** The year of publication, for the year filter and facet; null when unknown. */
	@GenericField(name = "year", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedDate")))
	public Integer getPublishedYear() {
		return publishedDate == null ? null : publishedDate.getYear();
	}

	private static void replace(List<String> target, List<String> values, int max) {
		target.clear();
		values.stream().map(v -> fit(v, max)).forEach(target::add);
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getSourceFile() {
		return sourceFile;
	}

	public String getContentHash() {
		return contentHash;
	}

	public String getTitle() {
		return title;
	}

	public boolean isTitleDerived() {
		return titleDerived;
	}

	public String getSource() {
		return source;
	}

	public String getUrl() {
		return url;
	}

	public String getByline() {
		return byline;
	}

	public PartialDate getPublished() {
		return new PartialDate(publishedDate, publishedTime, publishedPrecision, publishedBasis, publishedNote);
	}

	public String getSortKey() {
		return sortKey;
	}

	public String getLead() {
		return lead;
	}

	public String getBody() {
		return body;
	}

	/**
	 * The body as the index holds it for search and highlighted snippets: with its sentences and blocks marked so the
	 * highlighter cuts snippets where the article's sentences end (see {@link SentenceMarks}).
	 */
	@FullTextField(name = "body", analyzer = "english", projectable = Projectable.YES,
			highlightable = Highlightable.UNIFIED, termVector = TermVector.WITH_POSITIONS_OFFSETS)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
	public String getBodyForSearch() {
		return SentenceMarks.forHighlighter(body);
	}

	public List<Block> getBlocks() {
		return blocks.stream().map(ArticleBlock::toBlock).toList();
	}

	public List<String> getSubheadings() {
		return List.copyOf(subheadings);
	}

	public List<String> getTags() {
		return List.copyOf(tags);
	}

	public List<String> getWarnings() {
		return List.copyOf(warnings);
	}

}
