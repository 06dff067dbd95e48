package fr.normandie.ecoles.workflow.internal;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells the notices raised inside an engine command once the outermost command has ended, still inside its
 * transaction. Telling reads the project and queues mails through JPA; inside the command the engine holds its
 * connection open, so JPA would need a second one from the pool for the same transaction (the container shares a
 * connection between the two only once the engine has closed it). Forty registrations at once then each held one
 * connection and waited for another, and the pool of 32 ran dry. Placed between the engine's transaction
 * interceptor and its command context: after the command, the engine's connection is closed but still enlisted,
 * and JPA reuses it. A rolled-back command tells nobody (the transaction is rolled back, and nothing is told after
 * an exception). Outside this engine (the process tests' engine), notices are told at once.
 */
final class NoticesAfterCommand extends CommandInterceptor {

    private static final ThreadLocal<List<Runnable>> PENDING = new ThreadLocal<>();

    /** Whether the commands of this chain run in a transaction of their own (then they tell their own notices). */
    private final boolean ownTransaction;

    NoticesAfterCommand(boolean ownTransaction) {
        this.ownTransaction = ownTransaction;
    }

    @Override
    public <T> T execute(Command<T> command) {
        List<Runnable> outer = PENDING.get();
        if (outer != null && !ownTransaction) {
            return next.execute(command); // a command inside a command: the outermost one tells
        }
        List<Runnable> pending = new ArrayList<>();
        PENDING.set(pending);
        T result;
        try {
            result = next.execute(command);
        } finally {
            PENDING.set(outer);
        }
        pending.forEach(Runnable::run);
        return result;
    }

    /** Runs {@code telling} when the current outermost engine command ends, or at once outside any. */
    static void afterCommand(Runnable telling) {
        List<Runnable> pending = PENDING.get();
        if (pending == null) {
            telling.run();
        } else {
            pending.add(telling);
        }
    }
}
