/** The funding module's entities and the implementation of its API. Nobody else imports this package. */
package fr.normandie.ecoles.funding.internal;
