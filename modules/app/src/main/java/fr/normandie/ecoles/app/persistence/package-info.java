/**
 * The datasource (PostgreSQL when configured, an embedded H2 otherwise), the per-module Flyway migrations, the
 * start-up's database lock, waiting and failure, and the statement counter that only the benchmark turns on.
 */
package fr.normandie.ecoles.app.persistence;
