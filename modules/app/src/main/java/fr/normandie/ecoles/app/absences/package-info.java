/**
 * Absences and the colleagues the modules route work to (issue 15, ownership): a person declares an absence (from,
 * to, substitute); while it lasts, checked at the time of each query and notice with the kernel's clock, their tasks
 * and notifications reach the substitute as well. {@link fr.normandie.ecoles.app.absences.AccountColleagues} answers
 * the kernel's {@link fr.normandie.ecoles.kernel.Colleagues} from the accounts and the absences.
 */
package fr.normandie.ecoles.app.absences;
