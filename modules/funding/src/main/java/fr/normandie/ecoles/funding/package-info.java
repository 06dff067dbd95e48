/**
 * Funding: the Region's subsidy decisions for school projects. This package is the module's API;
 * entities and implementations sit in {@code internal}.
 */
package fr.normandie.ecoles.funding;
