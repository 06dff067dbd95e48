/** The REST API under {@code /api}: thin resources that parse, call a module's API and map the answer. */
package fr.normandie.ecoles.app.rest;
