package org.kjnews.organization;

import java.util.List;

import org.kjnews.extract.OrganizationKind;
import org.kjnews.person.ArticlesOverTime;
import org.kjnews.person.EntityCount;
import org.kjnews.person.MentionView;
import org.kjnews.person.RoleView;

/** Everything the organization page and the API show of one organization. */
public record OrganizationDetail(String slug, String name, List<String> aliases, String country,
		OrganizationKind kind, int mentionCount, int articleCount, List<Member> members, List<RoleView> roles,
		List<EntityCount> counterparts, List<MentionView> articles, ArticlesOverTime overTime) {
}
