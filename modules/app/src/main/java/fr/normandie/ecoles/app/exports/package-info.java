/** The application-wide tables for download (projects, schools, results, coverage); the schools module renders them. */
package fr.normandie.ecoles.app.exports;
