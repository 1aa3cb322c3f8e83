package org.kjnews.system;

import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 8: drops, on H2 only, the indexes of V2 and V3 on foreign-key columns. H2 indexes every foreign-key
 * column itself when the constraint is made, so on H2 each of these was a second copy of an index it already had:
 * every mention, role and meeting report was written into both, and the random-order copies were most of what
 * H2 wrote to its file during a load. PostgreSQL makes no such index, so there the migrations' ones stay.
 */
@Component
class DuplicateIndexesOnH2 implements JavaMigration {

	private static final List<String> DUPLICATES = List.of("ix_person_mention_article", "ix_person_mention_person",
			"ix_organization_mention_article", "ix_organization_mention_organization", "ix_person_role_person",
			"ix_person_role_article", "ix_person_role_organization", "ix_meeting_source_meeting",
			"ix_meeting_source_article", "ix_meeting_source_person", "ix_meeting_source_organization");

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("8");
	}

	@Override
	public String getDescription() {
		return "drop duplicate foreign key indexes on H2";
	}

	@Override
	public Integer getChecksum() {
		return DUPLICATES.hashCode();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		if (!"H2".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			for (String index : DUPLICATES) {
				statement.execute("drop index if exists " + index);
			}
		}
	}

}
