/**
 * The web application, in French: Jakarta Faces pages ({@code src/main/webapp}) and their
 * backing beans, one sub-package per screen family. Beans call the modules' Java APIs, never the REST
 * API. This package holds what every page shares: the signed-in person, French formats, the mapping of
 * the modules' validation errors onto the fields of a form, and the live check of a field against the
 * constraints of the record it fills. Every text a person reads is in {@code messages.properties}.
 */
package fr.normandie.ecoles.app.web;
