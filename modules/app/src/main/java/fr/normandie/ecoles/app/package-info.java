/**
 * The application: the WAR that assembles the modules. Start-up (migrations, engine, demonstration
 * data), the datasource and persistence unit, security, the REST API and its problem details.
 */
package fr.normandie.ecoles.app;
