package org.kjnews.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.kjnews.article.ArticleLink;
import org.kjnews.article.EntityRef;
import org.kjnews.article.LatestMeetings;
import org.kjnews.article.MeetingLink;
import org.kjnews.extract.DateBasis;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.MeetingStatus;
import org.kjnews.extract.PartialDate;
import org.kjnews.system.PageResult;
import org.kjnews.system.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of meetings: the timeline (filtered), one meeting, one series. Parties and articles of a page of
 * meetings come in three queries whatever its size.
 */
@Service
@Transactional(readOnly = true)
public class MeetingCatalog {

	private final EntityManager em;

	private final MeetingRepository meetings;

	private final MeetingSeriesRepository series;

	MeetingCatalog(EntityManager em, MeetingRepository meetings, MeetingSeriesRepository series) {
		this.em = em;
		this.meetings = meetings;
		this.series = series;
	}

	/** The conditions of a filter on {@code m} (a meeting) and {@code s} (its series), with their parameters. */
	private record Where(List<String> conditions, Map<String, Object> params) {

		private static final int FIRST_YEAR = 1;

		private static final int LAST_YEAR = 9999;

		static Where of(MeetingFilter filter) {
			List<String> conditions = new ArrayList<>();
			Map<String, Object> params = new LinkedHashMap<>();
			if (filter.series() != null) {
				conditions.add("s.slug = :series");
				params.put("series", filter.series());
			}
			if (filter.year() != null && (filter.year() < FIRST_YEAR || filter.year() > LAST_YEAR)) {
				// a year no article can date (the URL's to choose) has no meetings: asked as dates, it would be
				// refused by Java (past year 999,999,999) or PostgreSQL (past 5,874,897)
				conditions.add("1 = 0");
			}
			else if (filter.year() != null) {
				conditions.add("m.startDate >= :from and m.startDate < :to");
				params.put("from", LocalDate.of(filter.year(), 1, 1));
				params.put("to", LocalDate.of(filter.year() + 1, 1, 1));
			}
			if (filter.status() != null) {
				conditions.add("m.status = :status");
				params.put("status", filter.status());
			}
			if (filter.person() != null) {
				// "in (select …)" rather than a correlated "exists": the database reads their meetings from the
				// person's reports once, instead of asking of every meeting of the archive (minutes at 100,000 articles)
				conditions.add("m.id in (select x.meeting.id from MeetingSource x join x.participants p"
						+ " where p.slug = :person)");
				params.put("person", filter.person());
			}
			if (filter.organization() != null) {
				conditions.add("m.id in (select x.meeting.id from MeetingSource x join x.organizations o"
						+ " where o.slug = :organization)");
				params.put("organization", filter.organization());
			}
			return new Where(conditions, params);
		}

		String clause() {
			return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		}

		void bind(TypedQuery<?> query) {
			params.forEach(query::setParameter);
		}

	}

	/** Meetings in timeline order (oldest first, undated last). */
	public PageResult<MeetingSummary> timeline(MeetingFilter filter, Paging paging) {
		Where where = Where.of(filter);
		TypedQuery<Meeting> query = em.createQuery(
				"select m from Meeting m left join fetch m.series s" + where.clause() + " order by m.sortKey, m.name",
				Meeting.class);
		TypedQuery<Long> count = em.createQuery(
				"select count(m) from Meeting m left join m.series s" + where.clause(), Long.class);
		where.bind(query);
		where.bind(count);
		List<Meeting> page = query.setFirstResult(paging.page() * paging.size())
			.setMaxResults(paging.size())
			.getResultList();
		return PageResult.of(summaries(page), paging, count.getSingleResult());
	}

	/**
	 * How many dated meetings each year has, oldest first, for the overview above the timeline: with the timeline's
	 * filters but the year, so the overview shows where the chosen series (or person…) is dense.
	 */
	public Map<Integer, Long> countsByYear(MeetingFilter filter) {
		Where where = Where.of(new MeetingFilter(filter.series(), filter.person(), filter.organization(), null,
				filter.status()));
		where.conditions().add("m.startDate is not null");
		TypedQuery<LocalDate> query = em.createQuery("select m.startDate from Meeting m left join m.series s"
				+ where.clause(), LocalDate.class);
		where.bind(query);
		Map<Integer, Long> counts = new TreeMap<>();
		query.getResultStream().forEach(d -> counts.merge(d.getYear(), 1L, Long::sum));
		return counts;
	}

	public List<EntityRef> allSeries() {
		return em.createQuery("select new org.kjnews.article.EntityRef(s.slug, s.name) from MeetingSeries s"
				+ " order by s.name", EntityRef.class).getResultList();
	}

	/**
	 * The latest meetings that match, at most {@code limit}: the newest dated ones (the undated only when there is
	 * room), in timeline order, and how many match. For the pages of people and organizations, which name them only:
	 * someone at 7,000 meetings costs one pass over their meetings' keys and the reading of {@code limit} of them.
	 */
	public LatestMeetings latest(MeetingFilter filter, int limit) {
		Where where = Where.of(filter);
		// dated ones newest first, then the undated; all their ids, for the count
		TypedQuery<Long> keys = em.createQuery("select m.id from Meeting m left join m.series s" + where.clause()
				+ " order by case when m.startDate is null then 1 else 0 end, m.sortKey desc, m.name desc", Long.class);
		where.bind(keys);
		List<Long> all = keys.getResultList();
		List<Long> ids = all.subList(0, Math.min(limit, all.size()));
		Map<Long, Meeting> byId = new HashMap<>();
		if (!ids.isEmpty()) {
			em.createQuery("select m from Meeting m where m.id in :ids", Meeting.class)
				.setParameter("ids", ids)
				.getResultList()
				.forEach(m -> byId.put(m.getId(), m));
		}
		List<MeetingLink> links = ids.stream()
			.map(byId::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(Meeting::getSortKey).thenComparing(Meeting::getName))
			.map(m -> new MeetingLink(m.getSlug(), m.getName(), m.getDate(), m.getLocation(),
					m.getStatus() == MeetingStatus.SCHEDULED))
			.toList();
		return new LatestMeetings(links, all.size());
	}

	public List<MeetingSummary> ofArticle(long articleId) {
		List<Meeting> reported = em.createQuery("select distinct m from MeetingSource x join x.meeting m"
				+ " left join fetch m.series where x.article.id = :id order by m.sortKey", Meeting.class)
			.setParameter("id", articleId)
			.getResultList();
		return summaries(reported);
	}

	public Optional<MeetingDetail> find(String slug) {
		return meetings.findBySlug(slug).map(this::detail);
	}

	public Optional<SeriesDetail> findSeries(String slug) {
		return series.findBySlug(slug).map(s -> {
			List<MeetingSummary> sessions = timeline(new MeetingFilter(s.getSlug(), null, null, null, null),
					new Paging(0, Paging.MAX_SIZE)).items();
			return new SeriesDetail(s.getSlug(), s.getName(), withGaps(sessions));
		});
	}

	private MeetingDetail detail(Meeting m) {
		MeetingSummary summary = summaries(List.of(m)).get(0);
		List<MeetingEvidence> evidence = em.createQuery("""
				select a.slug, a.title, a.publishedDate, a.publishedPrecision, a.publishedBasis, a.publishedNote,
				  x.sentence
				from MeetingSource x join x.article a where x.meeting = :m order by a.sortKey""", Object[].class)
			.setParameter("m", m)
			.getResultStream()
			.map(r -> new MeetingEvidence(new ArticleLink((String) r[0], (String) r[1]),
					new PartialDate((LocalDate) r[2], null, (DatePrecision) r[3], (DateBasis) r[4], (String) r[5]),
					(String) r[6]))
			.toList();
		MeetingSummary previous = null;
		MeetingSummary next = null;
		if (m.getSeries() != null) {
			List<MeetingSummary> sessions = timeline(new MeetingFilter(m.getSeries().getSlug(), null, null, null, null),
					new Paging(0, Paging.MAX_SIZE)).items()
				.stream()
				.sorted(SESSION_ORDER)
				.toList();
			int at = sessions.stream().map(MeetingSummary::slug).toList().indexOf(m.getSlug());
			previous = at > 0 ? sessions.get(at - 1) : null;
			next = at >= 0 && at + 1 < sessions.size() ? sessions.get(at + 1) : null;
		}
		return new MeetingDetail(summary, evidence, previous, next);
	}

	/** Sessions by number where known, else by date. */
	private static final Comparator<MeetingSummary> SESSION_ORDER = Comparator
		.comparing((MeetingSummary s) -> s.date().isKnown() ? s.date().start() : LocalDate.MAX)
		.thenComparing(s -> s.ordinal() == null ? Integer.MAX_VALUE : s.ordinal());

	static List<SeriesDetail.SessionRow> withGaps(List<MeetingSummary> sessions) {
		List<MeetingSummary> ordered = sessions.stream().sorted(SESSION_ORDER).toList();
		List<SeriesDetail.SessionRow> rows = new ArrayList<>();
		Integer last = null;
		for (MeetingSummary session : ordered) {
			if (session.ordinal() != null && last != null) {
				for (int missing = last + 1; missing < session.ordinal(); missing++) {
					rows.add(new SeriesDetail.SessionRow(missing, null));
				}
			}
			rows.add(new SeriesDetail.SessionRow(session.ordinal(), session));
			if (session.ordinal() != null) {
				last = session.ordinal();
			}
		}
		return rows;
	}

	private List<MeetingSummary> summaries(List<Meeting> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		List<Long> ids = page.stream().map(Meeting::getId).toList();
		Map<Long, List<PartyRef>> participants = group(ids, """
				select distinct x.meeting.id, p.slug, p.name, p.country
				from MeetingSource x join x.participants p where x.meeting.id in :ids order by p.name""",
				r -> new PartyRef((String) r[1], (String) r[2], (String) r[3]));
		Map<Long, List<EntityRef>> organizations = group(ids, """
				select distinct x.meeting.id, o.slug, o.name
				from MeetingSource x join x.organizations o where x.meeting.id in :ids order by o.name""",
				r -> new EntityRef((String) r[1], (String) r[2]));
		Map<Long, List<ArticleLink>> articles = group(ids, """
				select distinct x.meeting.id, a.slug, a.title, a.sortKey
				from MeetingSource x join x.article a where x.meeting.id in :ids order by a.sortKey""",
				r -> new ArticleLink((String) r[1], (String) r[2]));
		return page.stream().map(m -> new MeetingSummary(m.getSlug(), m.getName(),
				m.getSeries() == null ? null : new EntityRef(m.getSeries().getSlug(), m.getSeries().getName()),
				m.getOrdinal(), m.getDate(), m.getEndDate(), m.getLocation(), m.getStatus(),
				participants.getOrDefault(m.getId(), List.of()), organizations.getOrDefault(m.getId(), List.of()),
				articles.getOrDefault(m.getId(), List.of()).stream().distinct().toList()))
			.toList();
	}

	private <T> Map<Long, List<T>> group(Collection<Long> ids, String jpql,
			Function<Object[], T> row) {
		Map<Long, List<T>> grouped = new LinkedHashMap<>();
		em.createQuery(jpql, Object[].class)
			.setParameter("ids", ids)
			.getResultStream()
			.forEach(r -> grouped.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(row.apply(r)));
		grouped.replaceAll((k, v) -> v.stream().filter(Objects::nonNull).distinct().toList());
		return grouped;
	}

}
