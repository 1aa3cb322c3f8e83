package org.kjnews.extract;

public enum EntityType {
	PERSON, ORGANIZATION
}
