package org.kjnews.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kjnews.article.Block;
import org.kjnews.article.BlockType;
import org.kjnews.article.ParsedArticle;
import org.kjnews.extract.DateBasis;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.Note;
import org.kjnews.extract.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML reader on pages saved from news sites, built like the pages of an English edition of a Korean daily
 * (Korea JoongAng Daily), a Japanese daily's English site (The Japan Times; The Asahi Shimbun AJW), a wire service
 * (Reuters) and a Korean-language daily saved in EUC-KR: each with the site's furniture around the article.
 */
class HtmlArticleReaderTest {

	private final HtmlArticleReader reader = new HtmlArticleReader();

	/** Reads a fixture as the loader does: its bytes decoded by the reader, then read. */
	private ParsedArticle page(String name) throws Exception {
		byte[] bytes = bytes(name);
		TextDecoder.Decoded decoded = reader.decode(bytes);
		assertThat(decoded.warning()).as("decoding " + name).isNull();
		return reader.read(decoded.text());
	}

	private static byte[] bytes(String name) throws IOException {
		try (InputStream in = HtmlArticleReaderTest.class.getResourceAsStream("/html/" + name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
	}

	private static List<Block> of(ParsedArticle article, BlockType type) {
		return article.blocks().stream().filter(b -> b.type() == type).toList();
	}

	private static List<String> paragraphs(ParsedArticle article) {
		return of(article, BlockType.PARAGRAPH).stream().map(Block::text).toList();
	}

	/** Every text a reader of the article page sees: blocks, captions, credits, title, byline, source. */
	private static String everything(ParsedArticle article) {
		List<String> all = new ArrayList<>(List.of(article.title(), String.valueOf(article.byline()),
				String.valueOf(article.source())));
		for (Block b : article.blocks()) {
			Stream.of(b.text(), b.caption(), b.credit()).filter(t -> t != null).forEach(all::add);
		}
		return String.join("\n", all);
	}

	/** The furniture every one of these pages has around its article; none of it may reach a block. */
	private static void assertNoFurniture(ParsedArticle article, String... more) {
		String text = everything(article);
		assertThat(text).doesNotContain("Most Popular", "Most Read", "MOST POPULAR", "Share", "Subscribe",
				"SUBSCRIBE", "cookies", "Cookie", "Log in", "Sign up", "newsletter", "Advertisement", "Facebook",
				"Copy link", "Related", "RELATED", "All rights reserved", "©", "Skip to", "Comments", "comment",
				"gtag", "dataLayer", "function(", "<", ">", "&amp;", "&ldquo;", "&#8220;", "\u00A0");
		assertThat(text).doesNotContain(more);
		for (Block b : article.blocks()) {
			if (b.text() != null) {
				assertThat(b.text()).as("normalized whitespace").doesNotContain("  ", "\n", "\t").isEqualTo(b.text().strip());
			}
		}
	}

	private static void assertDate(PartialDate date, LocalDate day, LocalTime time, DateBasis basis, String note) {
		assertThat(date.start()).isEqualTo(day);
		assertThat(date.time()).isEqualTo(time);
		assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
		assertThat(date.basis()).isEqualTo(basis);
		assertThat(date.note()).contains(note);
	}

	@Test
	void anEnglishEditionOfAKoreanDailyWithTextCutByLineBreaks() throws Exception {
		ParsedArticle article = page("joongang-daily.html");

		assertThat(article.title())
			.isEqualTo("Korean and Japanese business groups pledge joint hydrogen supply chain after Busan summit");
		assertThat(article.titleDerived()).isFalse();
		assertDate(article.published(), LocalDate.of(2025, 9, 30), LocalTime.of(18, 52), DateBasis.METADATA,
				"article:published_time");
		assertThat(article.source()).isEqualTo("Korea JoongAng Daily");
		assertThat(article.byline()).isEqualTo("Kim Seo-yeon");
		assertThat(article.url()).isEqualTo("https://koreajoongangdaily.joins.com/news/2025-09-30/business/economy/"
				+ "Korean-and-Japanese-business-groups-pledge-joint-hydrogen-supply-chain/2412345");

		List<String> paragraphs = paragraphs(article);
		assertThat(paragraphs).hasSize(8);
		assertThat(paragraphs.get(0)).isEqualTo("Business lobbies from Korea and Japan agreed Tuesday to build a shared "
				+ "supply chain for clean hydrogen and ammonia, hours after President Lee Jae Myung and Japanese Prime "
				+ "Minister Shigeru Ishiba held a summit in Busan.");
		assertThat(paragraphs.get(2)).startsWith("“Neither country can afford").endsWith("on both sides.”");
		assertThat(paragraphs.get(4)).contains("Korea’s Ministry of Trade, Industry and Energy");
		assertThat(paragraphs.get(7))
			.isEqualTo("The business groups plan to hold their next meeting in Tokyo in the first half of next year.");
		assertThat(article.subheadings()).containsExactly("Shipping routes and storage", "Summit sets the tone");

		List<Block> images = of(article, BlockType.IMAGE);
		assertThat(images).hasSize(2);
		assertThat(images.get(0).imageUrl()).isEqualTo(
				"https://koreajoongangdaily.joins.com/data/photo/2025/09/30/8e1f2a7c-5b3d-4c11-9f0e-hydrogen-mou.jpg");
		assertThat(images.get(0).caption()).isEqualTo("Korea International Trade Association Chairman Yoon Jin-sik, "
				+ "right, and a Keidanren vice chairman exchange documents after signing a memorandum of understanding "
				+ "in Busan on Tuesday.");
		assertThat(images.get(0).credit()).isEqualTo("YONHAP");
		assertThat(images.get(1).credit()).isEqualTo("JOINT PRESS CORPS");
		// reading order: the second picture stands between the paragraphs around it in the page
		assertThat(article.blocks().indexOf(images.get(1))).isEqualTo(article.blocks().indexOf(
				of(article, BlockType.HEADING).get(1)) - 1);

		assertNoFurniture(article, "Chuseok", "KOSPI", "Published:", "BY KIM", "kim.seoyeon@", "Font size", "Print",
				"Home", "Business >");
		assertThat(article.warnings()).isEmpty();
	}

	@Test
	void aJapaneseDailyWhoseDateIsOnlyInItsJsonLd() throws Exception {
		ParsedArticle article = page("japan-times.html");

		// og:title, not the <title> with " | The Japan Times" after it
		assertThat(article.title())
			.isEqualTo("Japan and South Korea set up fast-track talks on chips and critical minerals");
		// no article:published_time, no <time>, no date line: only the JSON-LD of the @graph says when
		assertDate(article.published(), LocalDate.of(2025, 8, 24), LocalTime.of(17, 30), DateBasis.METADATA,
				Note.of("pageJsonLd"));
		// no og:site_name: the publisher, a reference by @id inside the graph
		assertThat(article.source()).isEqualTo("The Japan Times");
		assertThat(article.byline()).isEqualTo("Takeshi Morita, Emi Hasegawa");
		assertThat(article.url())
			.isEqualTo("https://www.japantimes.co.jp/business/2025/08/24/economy/japan-south-korea-chips-minerals-talks/");

		List<String> paragraphs = paragraphs(article);
		assertThat(paragraphs).hasSize(7);
		assertThat(paragraphs.get(0)).startsWith("Japan and South Korea will launch a fast-track consultation channel")
			.endsWith("with South Korean President Lee Jae Myung.");
		assertThat(paragraphs.get(2)).isEqualTo("“Our economies are linked more closely than the headlines sometimes "
				+ "suggest,” Ishiba told reporters at the Prime Minister’s Office. “When one of us faces a shortage, the "
				+ "other feels it within weeks.”");
		assertThat(paragraphs.get(6)).isEqualTo("Officials said details of the minerals channel, including which "
				+ "agencies will take part, would be worked out by the end of the year.");
		assertThat(article.subheadings()).containsExactly("Business leaders welcome the move",
				"Tourism and youth exchanges");

		Block figure = of(article, BlockType.IMAGE).get(0);
		assertThat(article.blocks().get(0)).isEqualTo(figure);
		// a relative address, made absolute against the canonical address
		assertThat(figure.imageUrl())
			.isEqualTo("https://www.japantimes.co.jp/uploads/imported_images/uploads/2025/08/np_file_412233.jpeg");
		assertThat(figure.caption()).isEqualTo("Prime Minister Shigeru Ishiba and South Korean President Lee Jae Myung "
				+ "shake hands before their meeting at the Prime Minister’s Office in Tokyo on Saturday.");
		assertThat(figure.credit()).isEqualTo("Pool / via Kyodo");
		assertThat(article.tags()).containsExactly("South Korea", "Shigeru Ishiba", "Lee Jae-myung", "Semiconductors");

		assertNoFurniture(article, "quality journalism", "By subscribing", "Join the conversation", "Keywords",
				"Typhoon", "ramen", "Economy", "Ishiba and Lee pledge", "by Takeshi");
	}

	@Test
	void aWireStoryWithParagraphsInDivsAndTheDateInATimeElement() throws Exception {
		ParsedArticle article = page("reuters-wire.html");

		assertThat(article.title())
			.isEqualTo("South Korea, Japan agree to study joint LNG purchases, cargo sharing in emergencies");
		// shown on the page as <time datetime>: stated, the day and time as written (UTC)
		assertDate(article.published(), LocalDate.of(2025, 10, 1), LocalTime.of(7, 41), DateBasis.STATED,
				Note.of("pageTime"));
		assertThat(article.source()).isEqualTo("Reuters");
		assertThat(article.byline()).isEqualTo("Park Min-jun and Tomoko Ishii");
		assertThat(article.url()).isEqualTo(
				"https://www.reuters.com/business/energy/south-korea-japan-agree-study-joint-lng-purchases-2025-10-01/");

		List<String> paragraphs = paragraphs(article);
		assertThat(paragraphs).hasSize(6);
		assertThat(paragraphs.get(0)).startsWith("SEOUL/TOKYO, Oct 1 (Reuters) - South Korea and Japan agreed on "
				+ "Wednesday to study joint purchases of liquefied natural gas");
		assertThat(paragraphs.get(5))
			.isEqualTo("(Reporting by Park Min-jun in Seoul and Tomoko Ishii in Tokyo; Editing by David Holmes)");
		assertThat(article.subheadings()).isEmpty();

		Block figure = of(article, BlockType.IMAGE).get(0);
		assertThat(figure.imageUrl()).isEqualTo(
				"https://www.reuters.com/resizer/v2/K4QF2ZQ6ZJOZ3DWXMYT7ALNGAA.jpg?auth=9f0c1d&width=1080&quality=80");
		assertThat(figure.caption()).isEqualTo("An LNG tanker is moored at a terminal in Incheon, South Korea, in this "
				+ "file photo.");
		assertThat(figure.credit()).isEqualTo("REUTERS/Lee Sang-hoon/File Photo");
		assertThat(article.tags()).containsExactly("Energy", "Asia Pacific");

		assertNoFurniture(article, "Sign up here", "Scroll to continue", "Updated 3 hours ago", "GMT+9", "Read Next",
				"Suggested Topics", "quotes delayed", "Asian shares", "Sign In", "Register", "Save");
	}

	@Test
	void aPageWithNoDateAnywhereIsReadWithTheDateUnknown() throws Exception {
		ParsedArticle article = page("asahi-ajw.html");

		// neither og:title nor JSON-LD: the article's <h1>, not the <title> with the site's name glued on
		assertThat(article.title()).isEqualTo("Korean and Japanese start-ups pair up at Fukuoka trade fair");
		assertThat(article.published()).isEqualTo(PartialDate.UNKNOWN);
		assertThat(article.published().isKnown()).isFalse();
		assertThat(article.source()).isEqualTo("The Asahi Shimbun");
		assertThat(article.byline()).isEqualTo("Kenji Tanaka");
		assertThat(article.url()).isEqualTo("https://www.asahi.com/ajw/articles/15987012");

		List<String> paragraphs = paragraphs(article);
		assertThat(paragraphs).hasSize(6);
		assertThat(paragraphs.get(0)).startsWith("FUKUOKA--More than 60 start-ups from South Korea and Japan");
		assertThat(paragraphs.get(2)).startsWith("“Busan is closer to Fukuoka than Tokyo is,”");
		assertThat(paragraphs.get(5)).isEqualTo("Organizers said they plan to hold the next fair in Busan in the spring.");

		List<Block> images = of(article, BlockType.IMAGE);
		assertThat(images).extracting(Block::imageUrl).containsExactly(
				"https://www.asahi.com/ajw/articles/images/fukuoka_fair_main.jpg",
				"https://www.asahi.com/ajw/articles/images/fukuoka_fair_booth.jpg");
		assertThat(images.get(0).caption()).isEqualTo(
				"Visitors talk with exhibitors from South Korea at a start-up fair in Fukuoka's Hakata Ward.");
		assertThat(images).extracting(Block::credit).containsOnly("Kenji Tanaka");

		assertNoFurniture(article, "ACCESS RANKING", "Cherry blossom", "Tweet", "LINE", "POLITICS", "Staff Writer",
				"AJW Digital", "Copyright");
	}

	@Test
	void aKoreanPageSavedInEucKrIsDecodedAsItDeclares() throws Exception {
		byte[] bytes = bytes("korean-daily-euckr.html");
		assertThat(TextDecoder.decode(bytes).warning()).as("not UTF-8").isNotNull();

		ParsedArticle article = page("korean-daily-euckr.html");

		assertThat(article.title()).isEqualTo("한일 상공인, 부산서 수소 공급망 협력 논의");
		// the date line "입력 2025.10.02 15:20 | 수정 2025.10.02 16:05" above the text
		assertDate(article.published(), LocalDate.of(2025, 10, 2), LocalTime.of(15, 20), DateBasis.STATED,
				Note.of("dateLine"));
		assertThat(article.source()).isEqualTo("동남경제신문");
		assertThat(article.byline()).isEqualTo("김민지");
		assertThat(article.url()).isEqualTo("http://www.dongnam-econ.co.kr/news/articleView.html?idxno=48213");

		List<String> paragraphs = paragraphs(article);
		assertThat(paragraphs).hasSize(5);
		assertThat(paragraphs.get(0)).isEqualTo("한국과 일본의 경제단체 관계자들이 부산에 모여 수소·암모니아 공급망 협력 방안을 논의했다.");
		assertThat(paragraphs.get(2)).startsWith("윤진식 한국무역협회 회장은 \"양국이");
		assertThat(paragraphs.get(4)).isEqualTo("간담회에는 산업통상자원부 관계자도 참관인 자격으로 참석했다.");

		Block photo = of(article, BlockType.IMAGE).get(0);
		assertThat(photo.imageUrl()).isEqualTo("http://www.dongnam-econ.co.kr/news/photo/202510/48213_61120_1520.jpg");
		assertThat(photo.caption()).isEqualTo("2일 부산 해운대구의 한 호텔에서 열린 한일 경제협력 간담회에서 참석자들이 기념촬영을 하고 있다.");
		assertThat(photo.credit()).isEqualTo("연합뉴스");

		assertNoFurniture(article, "많이 본 뉴스", "댓글", "로그인", "저작권자", "무단전재", "페이스북", "입력", "minji@",
				"회사소개", "부산항 컨테이너");
	}

	@Test
	void aJapanesePageInShiftJisIsDecodedAsItDeclares() throws Exception {
		String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
				+ "<title>日韓、水素供給網で協力 | 日本経済新聞</title>"
				+ "<meta property=\"og:site_name\" content=\"日本経済新聞\"></head><body><div class=\"sns-share\">シェア</div>"
				+ "<article><h1>日韓、水素供給網で協力</h1><p class=\"date\">2025年10月1日 18:00</p>"
				+ "<p>日本と韓国の経済団体は１日、水素の共同調達について協議した。</p>"
				+ "<p>両団体は年内に作業部会を設ける。～詳細は今後詰める。</p></article></body></html>";
		byte[] bytes = html.getBytes(Charset.forName("windows-31j"));

		TextDecoder.Decoded decoded = reader.decode(bytes);
		assertThat(decoded.warning()).isNull();
		ParsedArticle article = reader.read(decoded.text());

		assertThat(article.title()).isEqualTo("日韓、水素供給網で協力");
		assertThat(article.source()).isEqualTo("日本経済新聞");
		assertDate(article.published(), LocalDate.of(2025, 10, 1), LocalTime.of(18, 0), DateBasis.STATED, Note.of("dateLine"));
		assertThat(paragraphs(article)).containsExactly("日本と韓国の経済団体は１日、水素の共同調達について協議した。",
				"両団体は年内に作業部会を設ける。～詳細は今後詰める。");
	}

	@Test
	void aPageSavedAsUtf8ThatStillDeclaresEucKrIsReadAsUtf8() throws Exception {
		String html = "<html><head><meta charset=\"euc-kr\"><title>한일 무역 - 신문</title></head><body>"
				+ "<p>한국과 일본의 교역이 늘었다고 무역협회가 밝혔다.</p></body></html>";
		TextDecoder.Decoded decoded = reader.decode(html.getBytes(StandardCharsets.UTF_8));
		assertThat(decoded.warning()).isNull();
		assertThat(reader.read(decoded.text()).blocks()).extracting(Block::text)
			.containsExactly("한국과 일본의 교역이 늘었다고 무역협회가 밝혔다.");
	}

	@Test
	void aPageDeclaringNothingThatIsNotUtf8IsReadAsWindows1252WithTheTextFilesWarning() throws Exception {
		byte[] bytes = "<html><body><p>The caf\u00e9 said \u201cyes\u201d to Korean investors.</p></body></html>"
			.getBytes(Charset.forName("windows-1252"));
		TextDecoder.Decoded decoded = reader.decode(bytes);
		assertThat(decoded.warning()).isEqualTo(Note.of("readAsWindows1252"));
		assertThat(reader.read(decoded.text()).blocks()).extracting(Block::text)
			.containsExactly("The café said “yes” to Korean investors.");
	}

	@Test
	void theTitleTagWithoutTheSiteNameAndNoHeadlineAtAll() {
		ParsedArticle titled = reader.read("<html><head><title>Seoul and Tokyo to expand youth exchanges | Politics | "
				+ "The Korea Times</title></head><body><p>Seoul and Tokyo will expand youth exchange programs next year, "
				+ "officials said on Monday.</p></body></html>");
		assertThat(titled.title()).isEqualTo("Seoul and Tokyo to expand youth exchanges");
		assertThat(titled.titleDerived()).isFalse();

		ParsedArticle untitled = reader.read("<html><body><div><p>Seoul and Tokyo will expand youth exchange programs "
				+ "next year, officials said on Monday. More places will open.</p></div></body></html>");
		assertThat(untitled.title()).isEqualTo("Seoul and Tokyo will expand youth exchange programs next year…");
		assertThat(untitled.titleDerived()).isTrue();
		assertThat(untitled.warnings()).contains(ParsedArticle.DERIVED_TITLE_WARNING);
		assertThat(untitled.published().isKnown()).isFalse();
		assertThat(untitled.source()).isNull();
	}

	@Test
	void jsonLdAsAnArrayWithAStringAuthorAndTheBodyWhenTheHtmlHasNone() {
		ParsedArticle article = reader.read("<html><head>"
				+ "<script type=\"application/ld+json\">{ not json, }</script>"
				+ "<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},{\"@type\":[\"ReportageNewsArticle\"],"
				+ "\"headline\":\"Korea&#039;s exports to Japan rise\",\"datePublished\":\"2025-11-03\","
				+ "\"author\":\"Lee Min-ho\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Yonhap News Agency\"},"
				+ "\"url\":\"https://en.yna.co.kr/view/AEN20251103000100320\","
				+ "\"articleBody\":\"Korea's exports to Japan rose 5 percent in October.\\nShipments of chips led the rise.\"}]"
				+ "</script></head><body><div id=\"app\"></div><script>render()</script></body></html>");
		assertThat(article.title()).isEqualTo("Korea's exports to Japan rise");
		assertThat(article.published()).isEqualTo(PartialDate.ofDay(LocalDate.of(2025, 11, 3), DateBasis.METADATA,
				Note.of("pageJsonLd")));
		assertThat(article.byline()).isEqualTo("Lee Min-ho");
		assertThat(article.source()).isEqualTo("Yonhap News Agency");
		assertThat(article.url()).isEqualTo("https://en.yna.co.kr/view/AEN20251103000100320");
		assertThat(paragraphs(article)).containsExactly("Korea's exports to Japan rose 5 percent in October.",
				"Shipments of chips led the rise.");
		assertThat(article.warnings()).contains(Note.of("textFromJsonLd"));
	}

	@Test
	void aWrapperWhoseClassSoundsLikeFurnitureStillReadsAndOtherMetaDatesCount() {
		ParsedArticle article = reader.read("<html><head><meta property=\"og:title\" content=\"Busan port sees record "
				+ "Japan-bound cargo\"><meta name=\"pubdate\" content=\"20251104093000\"></head><body>"
				+ "<form id=\"form1\" action=\"default.aspx\"><div class=\"sidebar-layout\"><div class=\"art_txt\">"
				+ "Busan port handled a record volume of Japan-bound cargo in October, the port authority said.<br><br>"
				+ "<strong>Auto parts lead</strong><br><br>Officials cited strong demand for auto parts.<br><br>By Choi Ji-woo"
				+ "</div><div class=\"share_area\"><a>Facebook</a></div></div></form></body></html>");
		assertThat(paragraphs(article)).containsExactly(
				"Busan port handled a record volume of Japan-bound cargo in October, the port authority said.",
				"Officials cited strong demand for auto parts.");
		assertThat(article.subheadings()).containsExactly("Auto parts lead");
		assertThat(article.byline()).isEqualTo("Choi Ji-woo");
		assertDate(article.published(), LocalDate.of(2025, 11, 4), LocalTime.of(9, 30), DateBasis.METADATA, "pubdate");
	}

	@Test
	void aWireSitesDateLineWithWordsAroundTheDateGivesTheDayAndIsNotText() {
		ParsedArticle article = reader.read("<html><head><meta property=\"og:site_name\" content=\"Kyodo News\"></head>"
				+ "<body><div id=\"js-article\"><h1>Japan, S. Korea to hold tourism talks</h1>"
				+ "<p class=\"credit\">KYODO NEWS - Oct 1, 2025 - 18:42 | Business, All</p>"
				+ "<p>Japan and South Korea will hold talks on tourism next month, the Japan Tourism Agency said Wednesday.</p>"
				+ "<amp-img src=\"https://english.kyodonews.net/photos/tourism.jpg\" alt=\"Tourists walk through Tokyo's "
				+ "Asakusa district\"></amp-img>"
				+ "<p>The talks will cover travel procedures.</p><p>==Kyodo</p></div></body></html>");
		assertThat(article.published().start()).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(article.published().basis()).isEqualTo(DateBasis.STATED);
		assertThat(paragraphs(article)).containsExactly(
				"Japan and South Korea will hold talks on tourism next month, the Japan Tourism Agency said Wednesday.",
				"The talks will cover travel procedures.");
		assertThat(of(article, BlockType.IMAGE)).singleElement()
			.satisfies(i -> assertThat(i.caption()).isEqualTo("Tourists walk through Tokyo's Asakusa district"));
	}

	@Test
	void theSiteNamedAsAuthorGivesWayToTheBylineOnThePage() {
		ParsedArticle article = reader.read("<html><head><meta property=\"og:site_name\" content=\"The Korea Herald\">"
				+ "<meta name=\"author\" content=\"The Korea Herald\"><meta property=\"og:title\" content=\"The Korea Herald\">"
				+ "<title>Korea, Japan resume finance dialogue - The Korea Herald</title></head><body><div class=\"view_con\">"
				+ "<h1 class=\"news_title\">Korea, Japan resume finance dialogue</h1><p class=\"writer\">By Lee Ji-eun "
				+ "(jieun@heraldcorp.com)</p><p>Finance ministers of South Korea and Japan met in Tokyo for the first "
				+ "finance dialogue in seven years.</p><p>They agreed to meet again next year.</p></div></body></html>");
		assertThat(article.title()).isEqualTo("Korea, Japan resume finance dialogue");
		assertThat(article.byline()).isEqualTo("Lee Ji-eun");
		assertThat(article.source()).isEqualTo("The Korea Herald");
		assertThat(paragraphs(article)).hasSize(2).noneMatch(p -> p.contains("jieun@"));
	}

	@Test
	void picturesSavedBesideThePageHaveNoAddressButKeepTheirCaption() {
		ParsedArticle article = reader.read("<!-- saved from url=(0052)https://www.koreaherald.com/article/10598765 -->"
				+ "<html><body><article><figure><img src=\"./Korea Herald_files/photo.jpg\"><figcaption>Trade Minister "
				+ "Yeo Han-koo speaks at a forum in Seoul on Monday. (Yonhap)</figcaption></figure>"
				+ "<p>Korea and Japan will hold working-level trade talks next month, the ministry said.</p>"
				+ "<figure><img data-src=\"/upload/2025/11/10/forum.jpg\" src=\"data:image/gif;base64,R0lGOD\">"
				+ "<figcaption>Participants pose for a photo. ⓒ The Korea Herald</figcaption></figure></article></body></html>");
		assertThat(article.url()).isEqualTo("https://www.koreaherald.com/article/10598765");
		List<Block> images = of(article, BlockType.IMAGE);
		assertThat(images.get(0).imageUrl()).isNull();
		assertThat(images.get(0).caption()).isEqualTo("Trade Minister Yeo Han-koo speaks at a forum in Seoul on Monday.");
		assertThat(images.get(0).credit()).isEqualTo("Yonhap");
		assertThat(images.get(1).imageUrl()).isEqualTo("https://www.koreaherald.com/upload/2025/11/10/forum.jpg");
		assertThat(images.get(1).credit()).isEqualTo("The Korea Herald");
		assertThat(article.warnings()).contains(Note.of("pictureWithoutAddress"));
		// no date on the page nor in its address: the one picture's address gives the month, inferred
		assertThat(article.published().iso()).isEqualTo("2025-11");
		assertThat(article.published().basis()).isEqualTo(DateBasis.INFERRED);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Leaders meet in Seoul on Tuesday. [YONHAP]                   | Leaders meet in Seoul on Tuesday.             | YONHAP
			Leaders meet in Seoul on Tuesday. (Reuters)                  | Leaders meet in Seoul on Tuesday.             | Reuters
			Leaders meet in Seoul (AP Photo/Ahn Young-joon)              | Leaders meet in Seoul                         | AP Photo/Ahn Young-joon
			Leaders meet in Seoul. / Yonhap                              | Leaders meet in Seoul.                        | Yonhap
			Leaders meet in Seoul / Source: Newsis                       | Leaders meet in Seoul                         | Newsis
			Leaders meet in Tokyo. Photo: Kyodo                          | Leaders meet in Tokyo.                        | Kyodo
			"Leaders meet in Tokyo. | KYODO"                             | Leaders meet in Tokyo.                        | KYODO
			Leaders meet in Tokyo. ⓒ Korea JoongAng Daily                 | Leaders meet in Tokyo.                        | Korea JoongAng Daily
			Tankers in Busan, May 8, 2025. REUTERS/Kim Hong-Ji/File Photo | Tankers in Busan, May 8, 2025.               | REUTERS/Kim Hong-Ji/File Photo
			The forum was hosted by the Korea International Trade Association (KITA) | The forum was hosted by the Korea International Trade Association (KITA) |
			Seoul / Tokyo summit opens                                   | Seoul / Tokyo summit opens                    |
			""")
	void creditsAreSplitOffCaptions(String text, String caption, String credit) {
		CaptionCredit.Split split = CaptionCredit.split(text);
		assertThat(split.caption()).isEqualTo(caption);
		assertThat(split.credit()).isEqualTo(credit);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2025-11-20T14:03:00+09:00 | 2025-11-20 | 14:03 | DAY
			2025-11-20T05:03:00.000Z  | 2025-11-20 | 05:03 | DAY
			2025-11-20                | 2025-11-20 |       | DAY
			2025.11.20 14:03          | 2025-11-20 | 14:03 | DAY
			20251120093000            | 2025-11-20 | 09:30 | DAY
			2025-11                   | 2025-11-01 |       | MONTH
			Thu, 20 Nov 2025 05:03:00 GMT | 2025-11-20 | 05:03 | DAY
			Nov 20, 2025              | 2025-11-20 |       | DAY
			""")
	void machineReadableDates(String value, LocalDate day, LocalTime time, DatePrecision precision) {
		PartialDate date = HtmlDates.parse(value, DateBasis.METADATA, "note").orElseThrow();
		assertThat(date.start()).isEqualTo(day);
		assertThat(date.time()).isEqualTo(time);
		assertThat(date.precision()).isEqualTo(precision);
		assertThat(HtmlDates.parse("2025-13-45", DateBasis.METADATA, "note")).isEmpty();
		assertThat(HtmlDates.parse("yesterday", DateBasis.METADATA, "note")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			By Park Ji-won                                   | Park Ji-won
			BY PARK JI-WON [park.jiwon@joongang.co.kr]       | Park Ji-won
			By Jane Doe and John Roe                         | Jane Doe and John Roe
			Kim Min-ji, Staff Reporter                       | Kim Min-ji
			By KENJI TANAKA/ Staff Writer                    | Kenji Tanaka
			김민지 기자                                       | 김민지
			By Friday the talks had stalled                  |
			Updated 3 hours ago                              |
			""")
	void bylines(String text, String name) {
		assertThat(Bylines.clean(text)).isEqualTo(name);
	}

}
