package org.kjnews.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages answer conditional requests, and a change of the archive makes every cached copy stale. */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
class ConditionalRequestsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArchiveVersion archive;

	@Test
	void anUnchangedPageIsNotSentTwice() {
		for (String uri : new String[] { "/", "/articles/000-4356e5f8f044c887", "/api/articles" }) {
			MvcTestResult first = mvc.get().uri(uri).exchange();
			assertThat(first).hasStatusOk();
			String etag = first.getResponse().getHeader("ETag");
			String lastModified = first.getResponse().getHeader("Last-Modified");
			assertThat(etag).as(uri).isNotBlank();
			assertThat(lastModified).as(uri).isNotBlank();
			assertThat(mvc.get().uri(uri).header("If-None-Match", etag).exchange()).hasStatus(HttpStatus.NOT_MODIFIED);
			assertThat(mvc.get().uri(uri).header("If-Modified-Since", lastModified).exchange())
				.hasStatus(HttpStatus.NOT_MODIFIED);
			// "*": any copy the client has is current (RFC 9110, 13.1.2)
			assertThat(mvc.get().uri(uri).header("If-None-Match", "*").exchange()).hasStatus(HttpStatus.NOT_MODIFIED);
			assertThat(mvc.get().uri(uri).header("If-None-Match", "\"other\"").exchange()).hasStatusOk();
		}
	}

	@Test
	void aHeadRequestGetsTheHeadersOfTheGetWithoutItsBody() {
		for (String uri : new String[] { "/people", "/articles?q=korea", "/api/meetings" }) {
			// first HEAD, then GET: the HEAD is not answered from a page a GET left behind
			MvcTestResult head = mvc.head().uri(uri).exchange();
			MvcTestResult get = mvc.get().uri(uri).exchange();
			assertThat(head).hasStatusOk();
			assertThat(head.getResponse().getContentAsByteArray()).as(uri).isEmpty();
			assertThat(head.getResponse().getHeader("ETag")).as(uri).isNotBlank()
				.isEqualTo(get.getResponse().getHeader("ETag"));
			assertThat(head.getResponse().getHeader("Last-Modified")).as(uri)
				.isEqualTo(get.getResponse().getHeader("Last-Modified"));
			assertThat(head.getResponse().getContentLength()).as(uri)
				.isEqualTo(get.getResponse().getContentAsByteArray().length);
			assertThat(mvc.head().uri(uri).header("If-None-Match", get.getResponse().getHeader("ETag")).exchange())
				.hasStatus(HttpStatus.NOT_MODIFIED);
		}
	}

	@Test
	void aChangeOfTheArchiveMakesOldCopiesStale() throws InterruptedException {
		String lastModified = mvc.get().uri("/").exchange().getResponse().getHeader("Last-Modified");
		Thread.sleep(1100); // HTTP dates have whole seconds
		archive.changed();
		assertThat(mvc.get().uri("/").header("If-Modified-Since", lastModified).exchange()).hasStatusOk();
	}

}
