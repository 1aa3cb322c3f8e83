package org.kjnews.extract;

/** How much of a date is known. A date is never shown more precisely than this. */
public enum DatePrecision {
	YEAR, MONTH, DAY
}
