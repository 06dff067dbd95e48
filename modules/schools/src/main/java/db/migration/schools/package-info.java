/** Flyway's Java migrations of the schools module (Flyway finds them by this package name). */
package db.migration.schools;
