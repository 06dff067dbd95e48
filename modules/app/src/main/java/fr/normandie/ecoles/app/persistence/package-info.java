/** The datasource (PostgreSQL when configured, an embedded H2 otherwise) and the per-module Flyway migrations. */
package fr.normandie.ecoles.app.persistence;
