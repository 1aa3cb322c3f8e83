package org.kjnews.organization;

import java.util.List;

import org.kjnews.article.EntityRef;

/** A person the articles place in an organization, with the titles they give. */
public record Member(EntityRef person, List<String> titles) {
}
