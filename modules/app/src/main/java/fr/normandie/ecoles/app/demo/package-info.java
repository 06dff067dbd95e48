/** The demonstration data of the embedded default: the real schools of Normandie and projects at work. */
package fr.normandie.ecoles.app.demo;
