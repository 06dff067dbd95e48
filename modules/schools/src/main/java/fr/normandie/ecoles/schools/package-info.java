/**
 * Schools: the school projects and their file (territorial backing, opportunity study, insertion
 * commitment, opening) with its documents, internal comments, messages with its carrier (issue 16) and
 * journal, the registry of open schools, the
 * territory (departments, communes) and the Region's coverage target. This package is the module's API:
 * records, one interface per capability, exceptions. Everything else sits in {@code internal} and is
 * seen by nobody else.
 */
package fr.normandie.ecoles.schools;
