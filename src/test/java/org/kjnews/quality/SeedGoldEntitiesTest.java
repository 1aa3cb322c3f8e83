package org.kjnews.quality;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the whole pipeline (reader, extraction, resolution, storage) on the seeds against what a careful human
 * reader extracted ({@code seeds-gold.json}), through the JSON API as a client sees it. An entity of ours matches a
 * gold entity when its name or one of its aliases equals the gold name or one of its variants (ignoring case,
 * spaces and hyphens); a second entity matching the same gold entity is a false positive, so duplicates count
 * against us. Scored per article and over the whole archive (where a person split in two across articles shows).
 */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
class SeedGoldEntitiesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static JsonNode gold;

	@Autowired
	MockMvcTester mvc;

	@BeforeAll
	static void readGold() throws IOException {
		try (InputStream in = SeedGoldEntitiesTest.class.getResourceAsStream("/seeds-gold.json")) {
			gold = JSON.readTree(in);
		}
	}

	record Score(int truePositives, int falsePositives, int falseNegatives) {

		Score plus(Score other) {
			return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
					falseNegatives + other.falseNegatives);
		}

		double precision() {
			return truePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
		}

		double recall() {
			return truePositives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
					truePositives, falsePositives, falseNegatives);
		}

	}

	static String norm(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-‐–—'’.]", "");
	}

	private JsonNode get(String uri) {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		try {
			return JSON.readTree(result.getResponse().getContentAsString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every name of each of our entities of one kind ("people" or "organizations"), by slug. */
	private Map<String, Set<String>> ourNames(String kind) {
		Map<String, Set<String>> names = new LinkedHashMap<>();
		for (JsonNode e : get("/api/" + kind + "?size=500").get("items")) {
			Set<String> all = new HashSet<>();
			all.add(norm(e.get("name").asString()));
			e.get("aliases").forEach(a -> all.add(norm(a.asString())));
			names.put(e.get("slug").asString(), all);
		}
		return names;
	}

	/**
	 * Matches our entities against gold entities (each a set of acceptable names). Entities matching an optional
	 * gold name are ignored; entities matching nothing are false positives; a gold entity matched by several of
	 * ours counts one true positive and the rest as false positives.
	 */
	static Score score(String label, Map<String, Set<String>> ours, List<Set<String>> required, Set<String> optional,
			List<String> report) {
		int tp = 0;
		int fp = 0;
		Set<Integer> matched = new HashSet<>();
		for (Map.Entry<String, Set<String>> entity : ours.entrySet()) {
			int hit = -1;
			for (int i = 0; i < required.size() && hit < 0; i++) {
				if (intersects(entity.getValue(), required.get(i))) {
					hit = i;
				}
			}
			if (hit >= 0 && matched.add(hit)) {
				tp++;
			}
			else if (hit >= 0) {
				fp++;
				report.add(label + " duplicate: " + entity.getKey());
			}
			else if (!intersects(entity.getValue(), optional)) {
				fp++;
				report.add(label + " false positive: " + entity.getKey() + " " + entity.getValue());
			}
		}
		int fn = 0;
		for (int i = 0; i < required.size(); i++) {
			if (!matched.contains(i)) {
				fn++;
				report.add(label + " missed: " + required.get(i));
			}
		}
		return new Score(tp, fp, fn);
	}

	private static boolean intersects(Set<String> a, Set<String> b) {
		return a.stream().anyMatch(b::contains);
	}

	private static List<Set<String>> goldEntities(JsonNode names, JsonNode variants) {
		List<Set<String>> entities = new ArrayList<>();
		for (JsonNode name : names) {
			Set<String> all = new HashSet<>();
			all.add(norm(name.asString()));
			if (variants != null && variants.has(name.asString())) {
				variants.get(name.asString()).forEach(v -> all.add(norm(v.asString())));
			}
			entities.add(all);
		}
		return entities;
	}

	private static Set<String> normalized(JsonNode names) {
		Set<String> all = new HashSet<>();
		if (names != null) {
			names.forEach(n -> all.add(norm(n.asString())));
		}
		return all;
	}

	@Test
	void extractionOnTheSeedsMatchesACarefulReader() {
		Map<String, Set<String>> people = ourNames("people");
		Map<String, Set<String>> organizations = ourNames("organizations");
		List<String> report = new ArrayList<>();
		Score personScore = new Score(0, 0, 0);
		Score organizationScore = new Score(0, 0, 0);
		Map<String, Set<String>> allVariants = new LinkedHashMap<>();
		for (JsonNode article : gold.get("articles")) {
			String file = article.get("file").asString();
			String slug = file.replaceAll("\\.txt$", "").replace('_', '-');
			JsonNode detail = get("/api/articles/" + slug);
			JsonNode variants = article.get("variants");
			Map<String, Set<String>> ourPeople = new LinkedHashMap<>();
			detail.get("people").forEach(p -> ourPeople.put(p.get("slug").asString(), people.get(p.get("slug").asString())));
			Map<String, Set<String>> ourOrganizations = new LinkedHashMap<>();
			detail.get("organizations").forEach(o -> ourOrganizations.put(o.get("slug").asString(),
					organizations.get(o.get("slug").asString())));
			personScore = personScore.plus(score(file + " person", ourPeople,
					goldEntities(article.get("people"), variants), Set.of(), report));
			organizationScore = organizationScore.plus(score(file + " organization", ourOrganizations,
					goldEntities(article.get("organizations"), variants),
					normalized(article.get("optional_organizations")), report));
			if (variants != null) {
				variants.properties().forEach(e -> {
					Set<String> names = allVariants.computeIfAbsent(e.getKey(), k -> new HashSet<>());
					e.getValue().forEach(v -> names.add(v.asString()));
				});
			}
		}
		// Over the whole archive: every gold person once, every organization once.
		List<Set<String>> goldPeople = new ArrayList<>();
		for (JsonNode person : gold.get("people")) {
			String name = person.get("name").asString();
			Set<String> names = new HashSet<>();
			names.add(norm(name));
			allVariants.getOrDefault(name, Set.of()).forEach(v -> names.add(norm(v)));
			goldPeople.add(names);
		}
		Score archivePeople = score("archive person", people, goldPeople, Set.of(), report);
		Set<String> goldOrganizationNames = new java.util.LinkedHashSet<>();
		Set<String> optional = new HashSet<>();
		gold.get("articles").forEach(a -> {
			a.get("organizations").forEach(o -> goldOrganizationNames.add(o.asString()));
			optional.addAll(normalized(a.get("optional_organizations")));
		});
		List<Set<String>> goldOrganizations = new ArrayList<>();
		for (String name : goldOrganizationNames) {
			Set<String> names = new HashSet<>();
			names.add(norm(name));
			allVariants.getOrDefault(name, Set.of()).forEach(v -> names.add(norm(v)));
			goldOrganizations.add(names);
		}
		Score archiveOrganizations = score("archive organization", organizations, goldOrganizations, optional, report);

		System.out.println("Seed gold, per article:  people        " + personScore);
		System.out.println("Seed gold, per article:  organizations " + organizationScore);
		System.out.println("Seed gold, whole archive: people        " + archivePeople);
		System.out.println("Seed gold, whole archive: organizations " + archiveOrganizations);
		report.forEach(line -> System.out.println("  " + line));

		assertThat(personScore.f1()).as("people F1 per article").isGreaterThanOrEqualTo(0.97);
		assertThat(organizationScore.f1()).as("organizations F1 per article").isGreaterThanOrEqualTo(0.93);
		assertThat(archivePeople.f1()).as("people F1 over the archive").isGreaterThanOrEqualTo(0.97);
		assertThat(archiveOrganizations.f1()).as("organizations F1 over the archive").isGreaterThanOrEqualTo(0.93);
	}

}
