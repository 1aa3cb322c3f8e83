package org.kjnews.ingest;

import org.kjnews.extract.Extractor;
import org.kjnews.extract.Knowledge;
import org.kjnews.extract.MeetingExtractor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The extractors, built once with the knowledge file shipped in the application. */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

	@Bean
	Extractor extractor() {
		return new Extractor(Knowledge.builtIn());
	}

	@Bean
	MeetingExtractor meetingExtractor() {
		return new MeetingExtractor();
	}

}
