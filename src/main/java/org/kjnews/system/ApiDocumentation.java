package org.kjnews.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and description of the OpenAPI document of {@code /api} ({@code /v3/api-docs}, Swagger UI at
 * {@code /api/docs}); springdoc finds the endpoints, parameters and record schemas itself. The errors
 * {@link ApiExceptionHandler} answers are added here, once, rather than on every endpoint.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	private static final String PROBLEM = "Problem";

	@Bean
	OpenAPI kjNewsOpenApi() {
		return new OpenAPI().info(new Info().title("KJ News API")
			.version("1")
			.description("""
					Read-only JSON over the KJ News archive of articles on Korea–Japan economic cooperation: \
					articles (searchable and filterable), the people, organizations and meetings found in them, and \
					the loader's report. Lists are paged with `page` (from 0) and `size` (1 to 500) and answer \
					`{items, page, size, totalItems, totalPages}`. Dates are ISO strings cut to what is known \
					(`2025`, `2025-10`, `2025-12-08`) with a precision field (`YEAR`, `MONTH`, `DAY`), null when \
					unknown. A reference to another record is `{slug, name}`. Errors are problem details \
					(RFC 9457)."""));
	}

	/** 400 on every endpoint with query parameters (a value of the wrong type), 404 on every {slug}. */
	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> {
			Schema<?> problem = new ObjectSchema().description("A problem detail (RFC 9457)")
				.addProperty("type", new StringSchema())
				.addProperty("title", new StringSchema())
				.addProperty("status", new IntegerSchema())
				.addProperty("detail", new StringSchema())
				.addProperty("instance", new StringSchema());
			openApi.getComponents().addSchemas(PROBLEM, problem);
			openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
				if (operation.getParameters() != null
						&& operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()))) {
					operation.getResponses().addApiResponse("400", problem("A parameter has a value of the wrong type"));
				}
				if (path.contains("{slug}")) {
					operation.getResponses().addApiResponse("404", problem("Nothing is known by that slug"));
				}
			}));
		};
	}

	private static ApiResponse problem(String description) {
		Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json", new MediaType().schema(ref)));
	}

}
