/** Administration: the accounts and their roles, the coverage targets. */
package fr.normandie.ecoles.app.web.admin;
