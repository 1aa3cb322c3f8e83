package org.kjnews.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Writes a synthetic corpus of news articles in the seed text format (docs/article-format.md): a headline, a date
 * line ({@code Dec 09, 2025, 09:53 am}), 6–15 paragraphs (about 600–1,200 words) with subheadings, sometimes a
 * picture with a credited caption, hashtags and a {@code Copyright by} line.
 *
 * <p>
 * The text is assembled from combinatorial lists, so the corpus names thousands of distinct people (Korean names
 * such as {@code Park Ji-won}, Japanese names in both orders), hundreds of organizations (associations, companies,
 * universities, institutes) and numbered meetings with dates and places. No sentence is taken from the seeds.
 * Everything is derived from the seed value and the article number: the same arguments always give the same bytes,
 * and article {@code i} does not depend on how many articles are written.
 *
 * <p>
 * Run alone: {@code java -cp target/test-classes org.kjnews.benchmark.CorpusGenerator DIR N [SEED]}.
 */
public final class CorpusGenerator {

	static final String[] KOREAN_SURNAMES = { "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang",
			"Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon",
			"Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Min", "Ryu",
			"Na", "Jin" };

	static final String[] KOREAN_FIRST = { "Ji", "Min", "Seo", "Hyun", "Jae", "Sung", "Young", "Dong", "Sang",
			"Jun", "Eun", "Hye", "Kyung", "Tae", "Woo", "Soo", "Hee", "Yeon", "Chul", "Jin", "Do", "Ha", "Yu", "Se" };

	static final String[] KOREAN_SECOND = { "won", "ho", "jun", "woo", "min", "hee", "sook", "yeon", "soo", "hwan",
			"seok", "ki", "hoon", "bin", "il", "jin", "yong", "kyu", "sik", "ah", "rim", "na" };

	static final String[] JAPANESE_SURNAMES = { "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito",
			"Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto",
			"Inoue", "Kimura", "Hayashi", "Shimizu", "Yamazaki", "Mori", "Abe", "Ikeda", "Hashimoto", "Ishikawa",
			"Ogawa", "Fujita", "Okada", "Goto", "Hasegawa", "Murakami", "Kondo", "Ishii", "Saito", "Sakamoto" };

	static final String[] JAPANESE_GIVEN = { "Kenji", "Hiroshi", "Takashi", "Akira", "Yuki", "Haruto", "Naoki",
			"Satoshi", "Kazuo", "Makoto", "Taro", "Ichiro", "Yoshiro", "Masato", "Daisuke", "Shota", "Ryota", "Keiko",
			"Yoko", "Naomi", "Emi", "Aiko", "Yumi", "Hiroko", "Tomoko", "Mariko", "Shinji", "Koji", "Tetsuya", "Kenta" };

	static final String[] INDUSTRIES = { "Semiconductor Industry", "Battery Industry", "Hydrogen Energy",
			"Shipbuilding", "Display Industry", "Medical Devices Industry", "Tourism", "Steel", "Automobile Manufacturers",
			"Software Industry", "Robot Industry", "Bio Industry", "Machine Tool", "Chemical Industry", "Textile",
			"Food Industry", "Logistics", "Game Industry", "Cosmetics Industry", "Nuclear Industry", "Aerospace Industry",
			"Fisheries", "Venture Business", "Small Business", "Precision Parts", "Renewable Energy" };

	static final String[] STEMS = { "Hanbit", "Daesung", "Saehan", "Mirae", "Haneul", "Kyowa", "Sanwa", "Nichiei",
			"Toyo", "Daiichi", "Seokwang", "Donghae", "Namsan", "Orion", "Taeyang", "Kumho", "Shinwa", "Asuka", "Hikari",
			"Midori", "Sakura", "Hoshi", "Gaon", "Nuri", "Baram", "Bitna", "Sejong", "Hanul", "Kaiyo", "Tenryu",
			"Yamato", "Kairos", "Pyeonghwa", "Jinyang", "Seorin", "Hwasung", "Ilsin", "Chiyoda", "Meiwa", "Kotobuki" };

	static final String[] COMPANY_SUFFIXES = { "Corporation", "Holdings", "Electronics", "Chemical", "Heavy Industries",
			"Motors", "Steel", "Materials", "Logistics", "Pharmaceutical", "Trading", "Securities" };

	static final String[] CITIES_KR = { "Seoul", "Busan", "Incheon", "Daegu", "Gwangju", "Daejeon", "Ulsan",
			"Changwon", "Suwon", "Jeju", "Pohang", "Gangneung", "Jeonju", "Cheongju" };

	static final String[] CITIES_JP = { "Tokyo", "Osaka", "Kyoto", "Fukuoka", "Nagoya", "Sapporo", "Sendai",
			"Hiroshima", "Kobe", "Yokohama", "Niigata", "Kitakyushu", "Okayama", "Kanazawa" };

	static final String[] FORUM_TOPICS = { "Industrial Cooperation", "Supply Chain", "Energy Transition",
			"Future Mobility", "Hydrogen", "Startup", "Tourism", "Carbon Neutrality", "Digital Trade", "Battery Materials",
			"Smart Factory", "Semiconductor Materials", "Youth Exchange", "Regional Economy", "Biohealth", "Shipping",
			"Cultural Content", "Agritech", "Space Industry", "Quantum Technology" };

	static final String[] MEETING_KINDS = { "Forum", "Business Conference", "Economic Dialogue", "Roundtable",
			"Policy Council", "Industry Summit", "Symposium", "Joint Committee" };

	static final String[] TITLES = { "Chairman", "President", "Vice Chairman", "Chief Executive", "Director",
			"Secretary General", "Managing Director", "Executive Vice President", "Senior Researcher", "Professor",
			"Head of International Affairs", "Vice President" };

	static final String[] TOPICS = { "semiconductor materials", "secondary batteries", "hydrogen supply chains",
			"liquefied natural gas", "artificial intelligence", "electric vehicles", "shipbuilding orders",
			"carbon capture", "small modular reactors", "biopharmaceuticals", "robotics", "tourism", "display panels",
			"critical minerals", "data centers", "power semiconductors", "offshore wind", "smart farming",
			"content exports", "aviation routes", "steel tariffs", "quantum computing", "satellite launches",
			"precision machinery", "startup investment" };

	static final String[] ISSUES = { "an ageing workforce", "volatile exchange rates", "rising tariffs",
			"slowing exports", "energy security", "a shortage of engineers", "falling birthrates",
			"fragile supply chains", "stricter export controls", "higher interest rates", "weak domestic demand",
			"the cost of decarbonization" };

	static final String[] VERBS = { "agreed to expand", "pledged to deepen", "proposed a joint study on",
			"called for closer cooperation in", "signed a memorandum of understanding on", "announced new investment in",
			"outlined a road map for", "discussed ways to strengthen", "urged both governments to support",
			"unveiled a pilot program for" };

	static final String[] ADVERBS = { "steadily", "sharply", "quietly", "gradually", "unexpectedly", "markedly" };

	static final String[] SOURCES = { "Seoul Economic Herald", "Korea Business Wire", "Asia Trade Times",
			"Hanbit Daily", "Tokyo Industry Review", "East Sea Economic Journal", "Korea-Japan Monitor",
			"Daily Commerce Korea" };

	static final String[] CREDITS = { "YONHAP", "NEWS1", "KYODO", "NEWSIS", "JIJI PRESS", "AP" };

	static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December" };

	static final String[] MONTHS_SHORT = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
			"Nov", "Dec" };

	static final String[] SUBHEADINGS = { "A new phase for %s", "Why %s matters now", "Risks in %s",
			"Regional players join the push on %s", "What comes next for %s", "Lessons from a decade of %s",
			"Companies weigh the cost of %s", "Policy support for %s" };

	/** Part of the corpus folder's name in the benchmark: bump it when the text changes, so no stale corpus is reused. */
	static final int VERSION = 2;

	private final long seed;

	public CorpusGenerator(long seed) {
		this.seed = seed;
	}

	/** Number of distinct person names the lists can form (Korean + Japanese). */
	static int distinctPeople() {
		return KOREAN_SURNAMES.length * KOREAN_FIRST.length * KOREAN_SECOND.length
				+ JAPANESE_SURNAMES.length * JAPANESE_GIVEN.length;
	}

	/** Writes {@code count} articles as {@code NNNNNN.txt} in sub-folders of 1,000 files, using all cores. */
	public void write(Path dir, int count) throws IOException {
		Files.createDirectories(dir);
		for (int d = 0; d * 1000 < count; d++) {
			Files.createDirectories(dir.resolve(folder(d * 1000)));
		}
		try {
			IntStream.range(0, count).parallel().forEach(i -> {
				try {
					Files.writeString(dir.resolve(fileName(i)), article(i), StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	static String fileName(int i) {
		return folder(i) + "/" + String.format(Locale.ROOT, "a%06d.txt", i);
	}

	private static String folder(int i) {
		return String.format(Locale.ROOT, "d%03d", i / 1000);
	}

	/** The text of article {@code i}. */
	public String article(int i) {
		return new Writer(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i)).write();
	}

	/** The name of the person with index {@code k} in the combinatorial list (Korean first, then Japanese). */
	static String person(int k) {
		int korean = KOREAN_SURNAMES.length * KOREAN_FIRST.length * KOREAN_SECOND.length;
		if (k < korean) {
			String surname = KOREAN_SURNAMES[k % KOREAN_SURNAMES.length];
			int rest = k / KOREAN_SURNAMES.length;
			return surname + " " + KOREAN_FIRST[rest % KOREAN_FIRST.length] + "-"
					+ KOREAN_SECOND[(rest / KOREAN_FIRST.length) % KOREAN_SECOND.length];
		}
		k -= korean;
		return JAPANESE_SURNAMES[k % JAPANESE_SURNAMES.length] + " "
				+ JAPANESE_GIVEN[(k / JAPANESE_SURNAMES.length) % JAPANESE_GIVEN.length];
	}

	private static final class Writer {

		private final SplittableRandom rnd;

		private final StringBuilder out = new StringBuilder(8192);

		private final List<Figure> figures = new ArrayList<>();

		private final Set<String> tags = new LinkedHashSet<>();

		private final LocalDate published;

		private final String topic;

		private int words;

		Writer(SplittableRandom rnd) {
			this.rnd = rnd;
			this.published = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(11 * 365));
			this.topic = pick(TOPICS);
		}

		String write() {
			int people = 4 + rnd.nextInt(7);
			for (int p = 0; p < people; p++) {
				figures.add(new Figure(rnd));
			}
			String meeting = meetingName();
			line(headline(meeting));
			line("");
			line(String.format(Locale.ROOT, "%s %02d, %d, %02d:%02d %s", MONTHS_SHORT[published.getMonthValue() - 1],
					published.getDayOfMonth(), published.getYear(), 1 + rnd.nextInt(12), rnd.nextInt(60),
					rnd.nextBoolean() ? "am" : "pm"));
			line("");
			if (rnd.nextInt(4) == 0) {
				line("print page small font big font");
				line("");
			}
			boolean image = rnd.nextInt(10) < 4;
			int paragraphs = 6 + rnd.nextInt(10);
			int target = 600 + rnd.nextInt(601);
			int perParagraph = Math.max(40, target / paragraphs);
			for (int p = 0; p < paragraphs; p++) {
				if (p == 1 && image) {
					image();
				}
				if (p > 1 && p < paragraphs - 1 && rnd.nextInt(4) == 0) {
					line(String.format(Locale.ROOT, pick(SUBHEADINGS), pick(TOPICS)).replaceFirst("^a", "A"));
					line("");
				}
				line(paragraph(p, meeting, perParagraph));
				line("");
			}
			tags.add("Korea-Japan cooperation");
			tags.add(topic);
			for (int f = 0; f < Math.min(2, figures.size()); f++) {
				tags.add(figures.get(f).name);
			}
			StringBuilder hashtags = new StringBuilder();
			for (String tag : tags) {
				hashtags.append('#').append(tag).append(' ');
			}
			line(hashtags.toString().trim());
			if (rnd.nextInt(3) == 0) {
				Figure writer = new Figure(rnd);
				line("BY " + writer.name.toUpperCase(Locale.ROOT));
			}
			line("Copyright by " + pick(SOURCES));
			return out.toString();
		}

		private String headline(String meeting) {
			Figure lead = figures.get(0);
			return switch (rnd.nextInt(5)) {
				case 0 -> lead.surname() + " pushes " + topic + " partnership with "
						+ (lead.korean ? "Japanese" : "Korean") + " partners";
				case 1 -> "Business leaders meet in " + city(rnd.nextBoolean()) + " to discuss " + topic;
				case 2 -> capitalize(meeting) + " puts " + topic + " on the agenda";
				case 3 -> lead.organization + " and " + figures.get(1).organization + " team up on " + topic;
				default -> "Korea and Japan look to " + topic + " as " + pick(ISSUES) + " weighs on growth";
			};
		}

		private void image() {
			Figure f = figures.get(rnd.nextInt(figures.size()));
			String caption = String.format(Locale.ROOT, "%s, %s of %s, speaks during a session on %s in %s on %s %d. [%s]",
					f.name, lowerTitle(f.title), the(f.organization), topic, city(f.korean),
					MONTHS[published.getMonthValue() - 1], published.getDayOfMonth(), pick(CREDITS)).trim();
			line(String.format(Locale.ROOT, "![%s](https://example.com/%d/%02d/%02d/x%d.jpg)", caption,
					published.getYear(), published.getMonthValue(), published.getDayOfMonth(), rnd.nextInt(100000)));
			line("");
		}

		private String paragraph(int p, String meeting, int targetWords) {
			StringBuilder para = new StringBuilder();
			int start = words;
			int s = 0;
			while (words - start < targetWords || s < 2) {
				String sentence = tidy(sentence(p, s, meeting));
				if (para.length() > 0) {
					para.append(' ');
				}
				para.append(sentence);
				words += countWords(sentence);
				s++;
			}
			return para.toString();
		}

		private String sentence(int p, int s, String meeting) {
			if (p == 0 && s == 0) {
				Figure f = figures.get(0);
				return f.introduce() + " " + pick(VERBS) + " " + topic + " with " + figures.get(1).introduce()
						+ ", according to officials on " + monthDay(published.minusDays(1 + rnd.nextInt(3))) + ".";
			}
			if (p == 0 && s == 1) {
				return meetingSentence(meeting);
			}
			Figure f = figures.get(rnd.nextInt(figures.size()));
			Figure g = figures.get(rnd.nextInt(figures.size()));
			// meetings (4, 11) and organizations outside the cast (5, 10, 13) less often than the rest
			int[] weighted = { 0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 3, 4, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9, 9, 10, 11, 12, 12, 13, 0, 2 };
			return switch (weighted[rnd.nextInt(weighted.length)]) {
				case 0 -> f.mention() + " said, “We " + pick(new String[] { "need to", "will", "must", "plan to" }) + " "
						+ pick(new String[] { "move faster on", "share the risks of", "invest together in",
								"set common standards for" })
						+ " " + pick(TOPICS) + ", because of " + pick(ISSUES) + ", which both countries face alike.”";
				case 1 -> "Trade in " + pick(TOPICS) + " between the two countries rose " + pick(ADVERBS) + " to $"
						+ (1 + rnd.nextInt(90)) + "." + rnd.nextInt(10) + " billion in " + (published.getYear() - 1)
						+ ", up " + (2 + rnd.nextInt(40)) + " percent from a year earlier.";
				case 2 -> g.introduce() + " noted that " + pick(ISSUES) + " had pushed firms in "
						+ city(rnd.nextBoolean()) + " and " + city(rnd.nextBoolean()) + " to look for partners abroad.";
				case 3 -> capitalize(the(g.organization)) + " " + pick(VERBS) + " " + pick(TOPICS) + " and plans to open an office in "
						+ city(!g.korean) + " by " + (published.getYear() + 1 + rnd.nextInt(3)) + ".";
				case 4 -> meetingSentence(meetingName());
				case 5 -> "Analysts at " + the(organization(rnd.nextBoolean())) + " expect demand for " + pick(TOPICS)
						+ " to grow by about " + (3 + rnd.nextInt(25)) + " percent a year through " + (2030 + rnd.nextInt(6)) + ".";
				case 6 -> "Participants from " + (5 + rnd.nextInt(60)) + " companies, including " + f.organization + " and "
						+ g.organization + ", shared case studies on " + pick(TOPICS) + ".";
				case 7 -> f.mention() + " added that cooperation on " + pick(TOPICS)
						+ " could lower costs for smaller suppliers that lack their own research staff.";
				case 8 -> "Officials said a working group would report on " + pick(TOPICS) + " by "
						+ MONTHS[rnd.nextInt(12)] + ", with a second round of talks planned in " + city(rnd.nextBoolean()) + ".";
				case 9 -> "Some critics warned that " + pick(ISSUES) + " and " + pick(ISSUES)
						+ " could slow the projects, and urged a clearer timetable.";
				case 10 -> "In " + published.getYear() + ", " + organization(true) + " and " + organization(false)
						+ " launched a joint fund worth " + (10 + rnd.nextInt(500)) + " billion won to back " + pick(TOPICS) + ".";
				case 11 -> g.mention() + ", who has led " + the(g.organization) + " since " + (2005 + rnd.nextInt(19))
						+ ", met " + f.mention() + " on " + monthDay(published.minusDays(rnd.nextInt(200))) + " in "
						+ city(g.korean) + ".";
				case 12 -> "The agreement covers " + pick(TOPICS) + ", " + pick(TOPICS) + " and exchanges of young engineers, "
						+ "and will be reviewed every " + (2 + rnd.nextInt(3)) + " years.";
				default -> "Researchers at " + university() + " said the two economies remain closely linked through "
						+ pick(TOPICS) + " despite " + pick(ISSUES) + ".";
			};
		}

		private String meetingName() {
			return "the " + ordinal(2 + rnd.nextInt(58)) + " Korea-Japan " + pick(FORUM_TOPICS) + " " + pick(MEETING_KINDS);
		}

		private String meetingSentence(String meeting) {
			Figure host = figures.get(rnd.nextInt(figures.size()));
			LocalDate when = published.minusDays(rnd.nextInt(20));
			if (rnd.nextInt(5) == 0) {
				return capitalize(the(host.organization)) + " said " + meeting + " is scheduled to be held on "
						+ monthDay(published.plusDays(30 + rnd.nextInt(200))) + " in " + city(rnd.nextBoolean()) + ".";
			}
			return capitalize(the(host.organization)) + " held " + meeting + " on " + monthDay(when) + " in "
					+ city(rnd.nextBoolean()) + ", where " + (20 + rnd.nextInt(300)) + " participants discussed "
					+ pick(TOPICS) + ".";
		}

		private String monthDay(LocalDate date) {
			return MONTHS[date.getMonthValue() - 1] + " " + date.getDayOfMonth();
		}

		private String city(boolean korea) {
			return korea ? pick(CITIES_KR) : pick(CITIES_JP);
		}

		private String organization(boolean korea) {
			return switch (rnd.nextInt(4)) {
				case 0 -> (korea ? "Korea " : "Japan ") + pick(INDUSTRIES) + " Association";
				case 1 -> pick(STEMS) + " " + pick(COMPANY_SUFFIXES);
				case 2 -> university();
				default -> korea ? "Korea Institute for " + pick(FORUM_TOPICS) : "Japan Research Institute of " + pick(FORUM_TOPICS);
			};
		}

		private String university() {
			return (rnd.nextBoolean() ? pick(CITIES_KR) : pick(CITIES_JP)) + " University";
		}

		private String pick(String[] values) {
			return values[rnd.nextInt(values.length)];
		}

		private void line(String text) {
			out.append(text).append('\n');
		}

		private final class Figure {

			final boolean korean;

			final String name;

			final String title;

			final String organization;

			boolean introduced;

			Figure(SplittableRandom r) {
				// a skewed draw: a few hundred people appear often, thousands appear now and then
				// 70% Korean, 30% Japanese names
				int korean = KOREAN_SURNAMES.length * KOREAN_FIRST.length * KOREAN_SECOND.length;
				int japanese = distinctPeople() - korean;
				double u = r.nextDouble();
				this.korean = r.nextInt(10) < 7;
				int k = this.korean ? (int) (korean * u * u * u) : korean + (int) (japanese * u * u);
				String base = person(k);
				// Japanese names appear in both orders, as in the seeds
				if (!this.korean && r.nextBoolean()) {
					String[] parts = base.split(" ");
					base = parts[1] + " " + parts[0];
				}
				this.name = base;
				this.title = TITLES[r.nextInt(TITLES.length)];
				this.organization = stableOrganization(k, this.korean);
			}

			/** A person keeps one organization across articles, so roles are consistent. */
			private String stableOrganization(int k, boolean korea) {
				Random own = new Random(k * 31L + 7);
				return switch (own.nextInt(4)) {
					case 0 -> (korea ? "Korea " : "Japan ") + INDUSTRIES[own.nextInt(INDUSTRIES.length)] + " Association";
					case 1 -> STEMS[own.nextInt(STEMS.length)] + " " + COMPANY_SUFFIXES[own.nextInt(COMPANY_SUFFIXES.length)];
					case 2 -> (korea ? CITIES_KR[own.nextInt(CITIES_KR.length)] : CITIES_JP[own.nextInt(CITIES_JP.length)])
							+ " University";
					default -> korea ? "Korea Institute for " + FORUM_TOPICS[own.nextInt(FORUM_TOPICS.length)]
							: "Japan Research Institute of " + FORUM_TOPICS[own.nextInt(FORUM_TOPICS.length)];
				};
			}

			String surname() {
				return korean ? name.substring(0, name.indexOf(' ')) : name.substring(name.indexOf(' ') + 1);
			}

			String introduce() {
				if (introduced) {
					return mention();
				}
				introduced = true;
				return switch (rnd.nextInt(3)) {
					case 0 -> title + " " + name + " of " + the(organization);
					case 1 -> name + ", " + lowerTitle(title) + " of " + the(organization) + ",";
					default -> organization + " " + title + " " + name;
				};
			}

			String mention() {
				if (!introduced) {
					return introduce();
				}
				return rnd.nextBoolean() ? name : title + " " + name;
			}

		}

	}

	/** "the Korea Steel Association", but "Hanbit Motors" and "Busan University". */
	private static String the(String organization) {
		return organization.contains("Association") || organization.contains("Institute") ? "the " + organization
				: organization;
	}

	/** Joins what a template assembled: a name introduced with a trailing comma before other punctuation. */
	private static String tidy(String sentence) {
		return sentence.replace(",,", ",").replace(",.", ".");
	}

	private static String lowerTitle(String title) {
		return title.toLowerCase(Locale.ROOT);
	}

	private static String capitalize(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	static String ordinal(int n) {
		int mod100 = n % 100;
		String suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

	static int countWords(String s) {
		int n = 0;
		boolean in = false;
		for (int i = 0; i < s.length(); i++) {
			boolean w = !Character.isWhitespace(s.charAt(i));
			if (w && !in) {
				n++;
			}
			in = w;
		}
		return n;
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
		long t0 = System.nanoTime();
		new CorpusGenerator(seed).write(dir, count);
		System.out.printf(Locale.ROOT, "wrote %d articles to %s in %.1f s%n", count, dir, (System.nanoTime() - t0) / 1e9);
	}

}
