/** The funding module's Java migrations, found by Flyway next to its SQL ones (db/migration/funding). */
package db.migration.funding;
