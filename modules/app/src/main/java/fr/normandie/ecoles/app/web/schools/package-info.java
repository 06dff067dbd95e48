/**
 * The schools' pages: the registry of every school (the historical ones included), a school's file
 * (carrier, trades, places, State recognition, FNEP label, grants, and the project that opened it) and its
 * situation after its opening (suspensions, resumptions, closure).
 */
package fr.normandie.ecoles.app.web.schools;
