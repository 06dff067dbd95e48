/**
 * What an operator watches: readiness that reflects the database and the process engine, the count of failed
 * background jobs as a gauge, and the 503 answers (problem detail or French page, with {@code Retry-After})
 * given while the application starts or while its database is out of reach.
 */
package fr.normandie.ecoles.app.operations;
