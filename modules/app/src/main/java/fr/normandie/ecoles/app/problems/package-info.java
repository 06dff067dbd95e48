/** Errors as RFC 9457 problem details ({@code application/problem+json}), with one entry per invalid field. */
package fr.normandie.ecoles.app.problems;
