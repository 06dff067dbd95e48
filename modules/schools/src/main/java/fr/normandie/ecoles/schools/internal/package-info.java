/** The schools module's entities, queries and the implementation of its API. Nobody else imports this package. */
package fr.normandie.ecoles.schools.internal;
