package org.kjnews.search;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** {@link SearchAnswers} on the default backend, Lucene (the same context as the other page tests). */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
class LuceneSearchTest extends SearchAnswers {

}
