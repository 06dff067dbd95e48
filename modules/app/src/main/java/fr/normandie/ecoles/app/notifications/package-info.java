/**
 * E-mail notifications. A module fires a {@link fr.normandie.ecoles.kernel.Notice} in the transaction of what
 * happened; {@link NoticeQueue} observes it in that same transaction and, for each person it reaches (an active
 * account with an e-mail address), queues a mail in the outbox, adds a line to their next daily digest, or
 * nothing, as the person chose for that kind ({@link NotificationPreferences}). After commit, {@link OutboxWorker}
 * (a managed scheduled executor on every node) sends the outbox through {@link MailTransport}: SMTP when
 * {@code SMTP_HOST} is set, else an .eml file under {@code DATA_DIR/outbox}; each mail is claimed with
 * {@code for update skip locked} and marked in the transaction that claimed it, retried with back-off.
 */
package fr.normandie.ecoles.app.notifications;
