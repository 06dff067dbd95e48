/**
 * The dashboard, everyone's first page and the only one of viewers: the map of the five departments
 * coloured by their standing against a target, its text alternative, the key figures and two charts,
 * the exports.
 */
package fr.normandie.ecoles.app.web.dashboard;
