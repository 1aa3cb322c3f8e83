package org.kjnews.ingest;

import org.kjnews.extract.Extractor;
import org.kjnews.extract.Knowledge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The extractor, built once with the knowledge file shipped in the application. */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

	@Bean
	Extractor extractor() {
		return new Extractor(Knowledge.builtIn());
	}

}
