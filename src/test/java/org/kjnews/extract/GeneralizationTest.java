package org.kjnews.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Invented sentences in the style of Korean and Japanese English-language business news (none from the seeds):
 * each must give exactly the people and organizations listed, no more, so that the rules are not fitted to the
 * seeds alone.
 */
class GeneralizationTest {

	private static final Extractor EXTRACTOR = new Extractor(Knowledge.builtIn());

	static Stream<Arguments> sentences() {
		return Stream.of(
				arguments("Hyundai Motor Group Executive Chair Chung Eui-sun met Toyota Motor Chairman Akio Toyoda in Tokyo on Tuesday.",
						List.of("Chung Eui-sun", "Akio Toyoda"), List.of("Hyundai Motor Group", "Toyota Motor")),
				arguments("Trade Minister Ahn Duk-geun said the government would respond calmly to the new tariffs.",
						List.of("Ahn Duk-geun"), List.of()),
				arguments("Keizai Doyukai chief Takeshi Niinami called for higher wages at a press conference in Osaka.",
						List.of("Takeshi Niinami"), List.of("Keizai Doyukai")),
				arguments("The Ministry of Economy, Trade and Industry (METI) said it would lift export curbs on three materials. METI did not elaborate.",
						List.of(), List.of("Ministry of Economy, Trade and Industry")),
				arguments("LG Energy Solution and Panasonic are expanding battery plants in Arizona.", List.of(),
						List.of("LG Energy Solution", "Panasonic")),
				arguments("\"We will not retreat,\" said Cho Tae-yong, director of the National Security Office.",
						List.of("Cho Tae-yong"), List.of("National Security Office")),
				arguments("Japanese Prime Minister Sanae Takaichi met President Lee Jae-myung in Gyeongju on Thursday.",
						List.of("Sanae Takaichi", "Lee Jae-myung"), List.of()),
				arguments("The Korea Trade-Investment Promotion Agency (KOTRA) opened a new office in Fukuoka. KOTRA said demand was strong.",
						List.of(), List.of("Korea Trade-Investment Promotion Agency")),
				arguments("Rep. Kim Byung-kee of the Democratic Party criticized the plan.", List.of("Kim Byung-kee"),
						List.of("Democratic Party")),
				// "president of the Korea …": the country word begins the organization's name, it is no "of Korea"
				arguments("Min-jun Hwang, president of the Korea Steel Association, met Kenji Oyama, chairman of the "
						+ "Japan Iron and Steel Federation, in Seoul.", List.of("Min-jun Hwang", "Kenji Oyama"),
						List.of("Korea Steel Association", "Japan Iron and Steel Federation")),
				// after "for" or "of" the name goes on, but not through a title and a person's name
				arguments("Korea Institute for Industrial Economics and Trade President Kim Sang-kyu said growth "
						+ "would slow.", List.of("Kim Sang-kyu"), List.of("Korea Institute for Industrial Economics and Trade")),
				arguments("Japan Institute for Overseas Investment Head of Research Yamada Taro spoke at the forum.",
						List.of("Yamada Taro"), List.of("Japan Institute for Overseas Investment")),
				// nor through "and" into the next party
				arguments("The Korea Institute for International Economic Policy and Samsung Electronics signed a "
						+ "research pact.", List.of(),
						List.of("Korea Institute for International Economic Policy", "Samsung Electronics")),
				arguments("The Japan Institute of International Affairs and Keidanren held a seminar in Tokyo.",
						List.of(), List.of("Japan Institute of International Affairs", "Keidanren")),
				// a numbered session is a meeting, not an organization
				arguments("Daewon Steel hosted the 9th Korea-Japan Battery Industry Roundtable in Ulsan on Friday.",
						List.of(), List.of("Daewon Steel")),
				arguments("Nippon Steel completed its acquisition of U.S. Steel last year.", List.of(),
						List.of("Nippon Steel", "U.S. Steel")),
				arguments("The Japan External Trade Organization (JETRO) said Japanese firms in Busan plan to hire more staff.",
						List.of(), List.of("Japan External Trade Organization")),
				arguments("\"Exports will slow,\" said Park Sung-hoon, an economist at Korea University.",
						List.of("Park Sung-hoon"), List.of("Korea University")),
				arguments("Samsung's chip unit posted record profits, while SK hynix and Micron Technology lagged.",
						List.of(), List.of("Samsung", "SK hynix", "Micron Technology")),
				arguments("Meanwhile, Hokkaido and Fukuoka are courting Korean tourists. According to Statistics Korea, visits rose 20 percent.",
						List.of(), List.of("Statistics Korea")),
				arguments("Samsung Electronics Chairman Lee Jae-yong, SK Group Chairman Chey Tae-won and LG Group Chairman Koo Kwang-mo attended the meeting.",
						List.of("Lee Jae-yong", "Chey Tae-won", "Koo Kwang-mo"),
						List.of("Samsung Electronics", "SK Group", "LG Group")),
				arguments("Finance Minister Katsunobu Kato and his Korean counterpart Koo Yun-cheol agreed to expand the currency swap.",
						List.of("Katsunobu Kato", "Koo Yun-cheol"), List.of()),
				arguments("The Bank of Korea (BOK) kept its base rate unchanged at 2.5 percent, Governor Rhee Chang-yong told reporters.",
						List.of("Rhee Chang-yong"), List.of("Bank of Korea")),
				arguments("Kyodo News reported that the Liberal Democratic Party (LDP) would choose a new leader. The LDP has ruled almost continuously since 1955.",
						List.of(), List.of("Kyodo News", "Liberal Democratic Party")),
				arguments("Jae-yong Lee, the Samsung chief, flew to Washington to meet Commerce Secretary Howard Lutnick.",
						List.of("Jae-yong Lee", "Howard Lutnick"), List.of("Samsung")),
				arguments("Posco Holdings Chairman Chang In-hwa and Nippon Steel President Tadashi Imai discussed decarbonization in Pohang.",
						List.of("Chang In-hwa", "Tadashi Imai"), List.of("Posco Holdings", "Nippon Steel")),
				arguments("Tokyo-based Rakuten Group and Seoul-based Naver signed a memorandum of understanding (MOU).",
						List.of(), List.of("Rakuten Group", "Naver")),
				arguments("In Busan, Mayor Park Heong-joon welcomed delegates from Fukuoka Prefecture and the Kyushu Economic Federation.",
						List.of("Park Heong-joon"), List.of("Kyushu Economic Federation")),
				arguments("Sony Group CEO Kenichiro Yoshida said the company would expand its image sensor output in Kumamoto.",
						List.of("Kenichiro Yoshida"), List.of("Sony Group")),
				arguments("Professor Kim Hyun-chul of Seoul National University said the deal was a turning point.",
						List.of("Kim Hyun-chul"), List.of("Seoul National University")),
				arguments("Arvind Krishna, chief executive of IBM, spoke at the Korea-Japan Business Forum in Jeju.",
						List.of("Arvind Krishna"), List.of("IBM")),
				arguments("Former Prime Minister Fumio Kishida, Keidanren Chairman Yoshinobu Tsutsui and Japan Business Federation officials visited Sendai and Hiroshima.",
						List.of("Fumio Kishida", "Yoshinobu Tsutsui"), List.of("Keidanren")),
				arguments("Both countries joined the CPTPP talks and the Regional Comprehensive Economic Partnership, a trade pact backed by the European Union and the G7.",
						List.of(), List.of()),
				arguments("Kim Jung-kwan, minister of trade, industry and energy, met Akazawa Ryosei in Seoul, while Yonhap News Agency reported on the talks.",
						List.of("Kim Jung-kwan", "Akazawa Ryosei"), List.of("Yonhap News Agency")),
				arguments("Hanwha Ocean and HD Hyundai Heavy Industries will compete with Mitsubishi Heavy Industries for the contract.",
						List.of(), List.of("Hanwha Ocean", "HD Hyundai Heavy Industries", "Mitsubishi Heavy Industries")),
				arguments("The Korea Enterprises Federation and the Japan Foreign Trade Council held talks at the Lotte Hotel in Seoul.",
						List.of(), List.of("Korea Enterprises Federation", "Japan Foreign Trade Council")),
				arguments("According to Nikkei Asia, Toyota and Hyundai are weighing hydrogen partnerships in Kyushu and Ulsan.",
						List.of(), List.of("Nikkei Asia", "Toyota", "Hyundai")),
				arguments("South Korean President Lee Jae-myung and U.S. President Donald Trump spoke by phone. Lee thanked Trump for the call.",
						List.of("Lee Jae-myung", "Donald Trump"), List.of()),
				arguments("The leaders recalled the 1998 declaration signed by then-Prime Minister Keizo Obuchi and President Kim Dae-jung.",
						List.of("Keizo Obuchi", "Kim Dae-jung"), List.of()),
				arguments("Mr. Lee arrived at Kansai International Airport and was greeted by Osaka Gov. Hirofumi Yoshimura.",
						List.of("Lee", "Hirofumi Yoshimura"), List.of()),
				arguments("Samsung, SK, Hyundai Motor and LG will expand investment in Japan, while Tokyo-based Rakuten eyes Korea.",
						List.of(), List.of("Samsung", "SK", "Hyundai Motor", "LG", "Rakuten")),
				arguments("Chief Executive Toshiki Kawai said Tokyo Electron's sales to Korea rose, and analysts at Mizuho Securities agreed.",
						List.of("Toshiki Kawai"), List.of("Tokyo Electron", "Mizuho Securities")),
				arguments("Sales at Lotte Department Store rose 4 percent, the Osaka Prefectural Government and the Korea Exchange said.",
						List.of(), List.of("Lotte Department Store", "Osaka Prefectural Government", "Korea Exchange")),
				arguments("The Korea Economic Association hosted the forum. Kim Chang-beom, vice chairman of the KEA, opened it.",
						List.of("Kim Chang-beom"), List.of("Korea Economic Association")),
				arguments("Ambassador Mizushima Koichi met First Vice Foreign Minister Park Yoon-joo at the Foreign Ministry in Seoul.",
						List.of("Mizushima Koichi", "Park Yoon-joo"), List.of("Foreign Ministry")),
				arguments("The Inflation Reduction Act, the Korean Wave and the Lunar New Year holiday lifted demand at Expo 2025 Osaka.",
						List.of(), List.of()));
	}

	@ParameterizedTest
	@MethodSource("sentences")
	void findsExactlyThesePeopleAndOrganizations(String sentence, List<String> people, List<String> orgs) {
		Extraction x = EXTRACTOR.extract(new ArticleText(null, List.of(sentence), null, List.of(), null, null));
		List<Set<String>> gotPeople = x.people().stream().map(p -> forms(p.name(), p.variants())).toList();
		List<Set<String>> gotOrgs = x.organizations().stream().map(o -> forms(o.name(), o.variants())).toList();
		assertSame(sentence, "people", people, gotPeople);
		assertSame(sentence, "organizations", orgs, gotOrgs);
	}

	@Test
	void rolesAndCountriesOfInventedSentences() {
		Extraction x = EXTRACTOR.extract(new ArticleText(null, List.of(
				"Hyundai Motor Group Executive Chair Chung Eui-sun met Toyota Motor Chairman Akio Toyoda in Tokyo.",
				"\"Exports will slow,\" said Park Sung-hoon, an economist at Korea University.",
				"Japanese Prime Minister Sanae Takaichi arrived in Busan."), null, List.of(), null, null));
		assertTrue(hasRole(x, "Chung Eui-sun", "Executive Chair", "Hyundai Motor Group"), x.roles().toString());
		assertTrue(hasRole(x, "Akio Toyoda", "Chairman", "Toyota Motor"), x.roles().toString());
		assertTrue(hasRole(x, "Park Sung-hoon", "Economist", "Korea University"), x.roles().toString());
		assertTrue(hasRole(x, "Sanae Takaichi", "Prime Minister", null), x.roles().toString());
		ExtractedPerson takaichi = x.people().stream().filter(p -> p.name().equals("Sanae Takaichi")).findFirst().orElse(null);
		assertNotNull(takaichi);
		assertEquals("JP", takaichi.country());
	}

	@Test
	void bylinesCreditsAndSourceAreMediaAndReporters() {
		Extraction x = EXTRACTOR.extract(new ArticleText("Lee meets Takaichi", List.of("President Lee Jae-myung met Prime Minister Sanae Takaichi."),
				"Lee Ho-seung, Kim Ji-yoon", List.of("Reuters-Yonhap", "JOINT PRESS CORPS", "SCREEN CAPTURE", "NEWS1"),
				"The Korea Herald", null));
		Set<String> orgs = new java.util.HashSet<>();
		x.organizations().forEach(o -> orgs.add(o.name()));
		assertEquals(Set.of("Reuters", "Yonhap News Agency", "News1", "The Korea Herald"), orgs);
		assertEquals(4, x.people().size(), x.people().toString());
		String herald = Knowledge.builtIn().organizationKey("Korea Herald");
		assertTrue(x.roles().stream().anyMatch(r -> r.personKey().equals(NameKeys.person("Kim Ji-yoon"))
				&& r.title().equals("Reporter") && herald.equals(r.organizationKey())), x.roles().toString());
		x.organizations().stream().filter(o -> !o.name().equals("The Korea Herald"))
			.forEach(o -> assertEquals(OrganizationKind.MEDIA, o.kind()));
	}

	@Test
	void aPoolPhotographerIsNoOrganization() {
		Extraction x = EXTRACTOR.extract(new ArticleText("Leaders meet", List.of("The two leaders met in Tokyo."), null,
				List.of("Pool / via Kyodo", "POOL PHOTO"), null, null));
		Set<String> orgs = new java.util.HashSet<>();
		x.organizations().forEach(o -> orgs.add(o.name()));
		assertEquals(Set.of("Kyodo News"), orgs);
	}

	@Test
	void mentionsCarryOffsetsAndSentences() {
		String text = "Meanwhile, Samsung and Sony agreed. Chey Tae-won, chairman of SK Group, welcomed it.";
		Extraction x = EXTRACTOR.extract(new ArticleText(null, List.of(text), null, List.of(), null, null));
		for (Mention m : x.mentions()) {
			assertEquals(m.surface(), text.substring(m.start(), m.end()));
			assertTrue(m.sentence().contains(m.surface()));
		}
		assertEquals(2, x.people().size() + x.organizations().size() - 2, x.toString());
	}

	private static boolean hasRole(Extraction x, String person, String title, String org) {
		String orgKey = org == null ? null : Knowledge.builtIn().organizationKey(org);
		return x.roles()
			.stream()
			.anyMatch(r -> r.personKey().equals(NameKeys.person(person)) && r.title().equals(title)
					&& java.util.Objects.equals(orgKey, r.organizationKey()));
	}

	private static void assertSame(String sentence, String type, List<String> expected, List<Set<String>> got) {
		List<String> missing = new ArrayList<>();
		boolean[] used = new boolean[got.size()];
		for (String e : expected) {
			int hit = -1;
			for (int g = 0; g < got.size() && hit < 0; g++) {
				if (!used[g] && got.get(g).contains(SeedGoldExtractionTest.norm(e))) {
					hit = g;
				}
			}
			if (hit < 0) {
				missing.add(e);
			}
			else {
				used[hit] = true;
			}
		}
		List<Set<String>> extra = new ArrayList<>();
		for (int g = 0; g < got.size(); g++) {
			if (!used[g]) {
				extra.add(got.get(g));
			}
		}
		assertTrue(missing.isEmpty() && extra.isEmpty(),
				type + " in \"" + sentence + "\": missing " + missing + ", unexpected " + extra);
	}

	private static Set<String> forms(String name, Set<String> variants) {
		Set<String> out = new java.util.HashSet<>();
		out.add(SeedGoldExtractionTest.norm(name));
		variants.forEach(v -> out.add(SeedGoldExtractionTest.norm(v)));
		return out;
	}

}
