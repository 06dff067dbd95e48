/**
 * The inbox of staff, auditors and funding officers: the tasks they may take, overdue ones first in
 * sight, narrowed by department and step (the choice is kept per person), with claim, release and open.
 */
package fr.normandie.ecoles.app.web.inbox;
