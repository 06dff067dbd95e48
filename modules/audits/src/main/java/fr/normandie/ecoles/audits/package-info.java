/**
 * Audits: the FNEP label audits of school projects and open schools. This package is the module's
 * API; entities and implementations sit in {@code internal}.
 */
package fr.normandie.ecoles.audits;
