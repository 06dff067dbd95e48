/**
 * The datasource (PostgreSQL when configured, an embedded H2 otherwise), the per-module Flyway migrations, the
 * start-up's database lock, waiting and failure, and the connection wrappers (none in the production WAR; the
 * benchmark's build adds its statement counter).
 */
package fr.normandie.ecoles.app.persistence;
