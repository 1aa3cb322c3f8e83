package org.kjnews;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KjNewsApplication {

	public static void main(String[] args) {
		SpringApplication.run(KjNewsApplication.class, args);
	}

}
