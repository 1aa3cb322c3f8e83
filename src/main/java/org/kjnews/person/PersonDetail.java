package org.kjnews.person;

import java.util.List;

import org.kjnews.article.EntityRef;

/**
 * Everything the person page and the API show of one person: the newest articles and the roles they state (see
 * {@link ArticlesNaming}), and the counts over all of them.
 */
public record PersonDetail(String slug, String name, List<String> aliases, String country, int mentionCount,
		int articleCount, List<RoleView> roles, List<EntityRef> organizations, List<MentionView> articles,
		List<EntityCount> alongside, ArticlesOverTime overTime) {

	/** The roles grouped by title and organization, newest first. */
	public List<RoleGroup> roleGroups() {
		return RoleGroup.of(roles);
	}

}
