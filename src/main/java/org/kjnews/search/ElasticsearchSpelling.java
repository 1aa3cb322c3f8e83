package org.kjnews.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.kjnews.article.Article;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Spelling on the Elasticsearch/OpenSearch backend, in one request: a {@code filters} aggregation tells which words
 * the index holds (a term query per word on each field, as Lucene's document frequency does), and a term suggester
 * per word and field gives the closest known word (the server runs Lucene's DirectSpellChecker with the same
 * defaults: two edits, first letter kept). Hibernate Search has no DSL for either, so both are added to the request
 * body through its request transformer and read back from the response body.
 */
@Component
@ConditionalOnProperty(name = Spelling.BACKEND_TYPE, havingValue = "elasticsearch")
class ElasticsearchSpelling extends Spelling {

	private static final String KNOWN = "kjnews_known";

	private final EntityManagerFactory entityManagerFactory;

	ElasticsearchSpelling(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	Map<String, String> closest(Set<String> words) {
		List<String> list = new ArrayList<>(words);
		JsonObject response;
		try (EntityManager em = entityManagerFactory.createEntityManager()) {
			ElasticsearchSearchResult<Object> result = Search.session(em)
				.search(Article.class)
				.extension(ElasticsearchExtension.get())
				.select(f -> f.id())
				.where(f -> f.matchAll())
				.requestTransformer(request -> {
					request.body().add("aggs", known(list));
					request.body().add("suggest", suggestions(list));
				})
				.fetch(0);
			response = result.responseBody();
		}
		JsonObject buckets = response.getAsJsonObject("aggregations").getAsJsonObject(KNOWN).getAsJsonObject("buckets");
		JsonObject suggest = response.getAsJsonObject("suggest");
		Map<String, String> closest = new LinkedHashMap<>();
		if (suggest == null) {
			return closest;
		}
		for (int i = 0; i < list.size(); i++) {
			if (buckets.getAsJsonObject(String.valueOf(i)).get("doc_count").getAsLong() > 0) {
				continue;
			}
			String best = null;
			double bestScore = -1;
			for (String field : FIELDS) {
				JsonObject option = firstOption(suggest.getAsJsonArray(i + "_" + field));
				if (option != null && option.get("score").getAsDouble() > bestScore) {
					best = option.get("text").getAsString();
					bestScore = option.get("score").getAsDouble();
				}
			}
			if (best != null) {
				closest.put(list.get(i), best);
			}
		}
		return closest;
	}

	/** One named filter per word: does any article hold it in one of the fields? */
	private static JsonObject known(List<String> words) {
		JsonObject filters = new JsonObject();
		for (int i = 0; i < words.size(); i++) {
			JsonArray should = new JsonArray();
			for (String field : FIELDS) {
				should.add(object("term", object(field, words.get(i))));
			}
			filters.add(String.valueOf(i), object("bool", object("should", should)));
		}
		return object(KNOWN, object("filters", object("filters", filters)));
	}

	/** One term suggester per word and field, asking for the single best correction. */
	private static JsonObject suggestions(List<String> words) {
		JsonObject suggest = new JsonObject();
		for (int i = 0; i < words.size(); i++) {
			for (String field : FIELDS) {
				JsonObject term = new JsonObject();
				term.addProperty("field", field);
				term.addProperty("size", 1);
				JsonObject suggester = new JsonObject();
				suggester.addProperty("text", words.get(i));
				suggester.add("term", term);
				suggest.add(i + "_" + field, suggester);
			}
		}
		return suggest;
	}

	/**
	 * The best option for the word, when the field's analyzer kept it as one term (it splits Han characters, for
	 * one: then nothing is suggested, as Lucene finds no such term either).
	 */
	private static JsonObject firstOption(JsonArray entries) {
		if (entries == null || entries.size() != 1) {
			return null;
		}
		JsonArray options = entries.get(0).getAsJsonObject().getAsJsonArray("options");
		if (options == null || options.isEmpty()) {
			return null;
		}
		return options.get(0).getAsJsonObject();
	}

	private static JsonObject object(String name, String value) {
		JsonObject object = new JsonObject();
		object.addProperty(name, value);
		return object;
	}

	private static JsonObject object(String name, JsonElement value) {
		JsonObject object = new JsonObject();
		object.add(name, value);
		return object;
	}

}
