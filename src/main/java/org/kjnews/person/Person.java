package org.kjnews.person;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

/** A person named in one or more articles, under one canonical name with every form seen. */
@Entity
@Indexed(index = "person")
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
	@SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
	private Long id;

	@KeywordField(projectable = Projectable.YES, sortable = Sortable.YES)
	@Column(nullable = false, unique = true)
	private String slug;

	/** Equal for every form of the name ({@code NameKeys.person}): how articles find their person. */
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

	/** Changed by statements after a run, which then index the records they changed (see IndexedStatements). */
	@GenericField(sortable = Sortable.YES)
	private int mentionCount;

	private int articleCount;

	@ElementCollection
	@CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "alias", nullable = false)
	@FullTextField(name = "aliases", analyzer = "names", searchAnalyzer = "namesQuery")
	@FullTextField(name = "aliasStems", analyzer = "english")
	@KeywordField(name = "aliasForm", normalizer = "nameForm")
	private Set<String> aliases = new TreeSet<>();

	protected Person() {
	}

	public Person(String slug, String matchKey, String name) {
		this.slug = slug;
		this.matchKey = fit(matchKey, 300);
		this.name = fit(name, 255);
	}

	/** Takes in what one more article says of this person: its forms of the name, and a country if none yet. */
	public void absorb(String seenName, Collection<String> variants, String seenCountry) {
		variants.forEach(v -> aliases.add(fit(v, 255)));
		aliases.add(fit(seenName, 255));
		if (PreferredName.better(seenName, name)) {
			name = fit(seenName, 255);
		}
		if (country == null) {
			country = seenCountry;
		}
	}

	/** What {@link #absorb} looks at, kept by the loader between articles (see {@link Absorbed#changedBy}). */
	public Absorbed absorbed() {
		return new Absorbed(name, country, Set.copyOf(aliases));
	}

	/**
	 * A person's name, country and every form of the name as stored: the loader keeps these for a run, so that a
	 * person whom an article adds nothing to is neither loaded nor changed.
	 */
	public record Absorbed(String name, String country, Set<String> forms) {

		/** Whether {@link Person#absorb} with these arguments would change the person. */
		public boolean changedBy(String seenName, Collection<String> variants, String seenCountry) {
			return country == null && seenCountry != null || PreferredName.better(seenName, name)
					|| !forms.contains(fit(seenName, 255)) || variants.stream().anyMatch(v -> !forms.contains(fit(v, 255)));
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

	public int getMentionCount() {
		return mentionCount;
	}

	public int getArticleCount() {
		return articleCount;
	}

	/** The other forms of the name, without the canonical one. */
	public List<String> getAliases() {
		return aliases.stream().filter(a -> !a.equals(name)).toList();
	}

}
