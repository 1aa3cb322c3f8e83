package org.kjnews.organization;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
import jakarta.persistence.SequenceGenerator;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import static org.kjnews.system.Evidence.fit;
import org.kjnews.extract.OrganizationKind;

/** An organization named in one or more articles, with its acronyms, former names and other forms. */
@Entity
@Indexed(index = "organization")
public class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
	@SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
	private Long id;

	@KeywordField(projectable = Projectable.YES, sortable = Sortable.YES)
	@Column(nullable = false, unique = true)
	private String slug;

	/** Equal for an organization's name, acronyms, former names and aliases: how articles find it. */
	@Column(name = "match_key", nullable = false, unique = true)
	private String matchKey;

	/** Searched for the names above the article hits ("Kobayashi" leads to his page). */
	@FullTextField(analyzer = "names", searchAnalyzer = "namesQuery", projectable = Projectable.YES)
	@FullTextField(name = "nameStems", analyzer = "english") // "chambers" finds the chambers of commerce
	// a search naming it exactly finds its articles; a list searched by name sorts on it
	@KeywordField(name = "nameForm", normalizer = "nameForm", sortable = Sortable.YES)
	@Column(nullable = false)
	private String name;

	/** The list searched by name filters on it and counts the matches per country. */
	@KeywordField(aggregable = Aggregable.YES)
	private String country;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES)
	private OrganizationKind kind;

	/** Changed by statements after a run, which then index the records they changed (see IndexedStatements). */
	@GenericField(sortable = Sortable.YES)
	private int mentionCount;

	private int articleCount;

	@ElementCollection
	@CollectionTable(name = "organization_alias", joinColumns = @JoinColumn(name = "organization_id"))
	@Column(name = "alias", nullable = false)
	@FullTextField(name = "aliases", analyzer = "names", searchAnalyzer = "namesQuery")
	@FullTextField(name = "aliasStems", analyzer = "english")
	@KeywordField(name = "aliasForm", normalizer = "nameForm")
	private Set<String> aliases = new TreeSet<>();

	protected Organization() {
	}

	public Organization(String slug, String matchKey, String name) {
		this.slug = slug;
		this.matchKey = fit(matchKey, 300);
		this.name = fit(name, 255);
	}

	/** Takes in what one more article says of it; of two forms of the canonical name, the fuller one stays. */
	public void absorb(String seenName, Collection<String> variants, String seenCountry, OrganizationKind seenKind) {
		variants.forEach(v -> aliases.add(fit(v, 255)));
		aliases.add(fit(seenName, 255));
		if (seenName.length() > name.length()) {
			name = fit(seenName, 255);
		}
		if (country == null) {
			country = seenCountry;
		}
		if (kind == null) {
			kind = seenKind;
		}
	}

	/** What {@link #absorb} looks at, kept by the loader between articles (see {@link Absorbed#changedBy}). */
	public Absorbed absorbed() {
		return new Absorbed(name, country, kind, Set.copyOf(aliases));
	}

	/**
	 * An organization's name, country, kind and every form of its name as stored: the loader keeps these for a run,
	 * so that an organization which an article adds nothing to is neither loaded nor changed.
	 */
	public record Absorbed(String name, String country, OrganizationKind kind, Set<String> forms) {

		/** Whether {@link Organization#absorb} with these arguments would change the organization. */
		public boolean changedBy(String seenName, Collection<String> variants, String seenCountry,
				OrganizationKind seenKind) {
			return country == null && seenCountry != null || kind == null && seenKind != null
					|| seenName.length() > name.length() || !forms.contains(fit(seenName, 255))
					|| variants.stream().anyMatch(v -> !forms.contains(fit(v, 255)));
		}

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

	public String getCountry() {
		return country;
	}

	public OrganizationKind getKind() {
		return kind;
	}

	public int getMentionCount() {
		return mentionCount;
	}

	public int getArticleCount() {
		return articleCount;
	}

	public List<String> getAliases() {
		return aliases.stream().filter(a -> !a.equals(name)).toList();
	}

}
