/**
 * The schools' pages: the registry of every school (the historical ones included) and a school's file
 * (carrier, trades, places, State recognition, FNEP label, grants, and the project that opened it).
 */
package fr.normandie.ecoles.app.web.schools;
