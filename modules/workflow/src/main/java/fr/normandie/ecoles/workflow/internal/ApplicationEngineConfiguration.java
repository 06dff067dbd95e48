package fr.normandie.ecoles.workflow.internal;

import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The engine's configuration on the container's transactions, with {@link NoticesAfterCommand} placed just outside
 * the command context of every command, so that notices are told after the engine released its connection.
 */
class ApplicationEngineConfiguration extends JakartaTransactionProcessEngineConfiguration {

    @Override
    protected Collection<? extends CommandInterceptor> getDefaultCommandInterceptorsTxRequired() {
        return withNoticesAfterCommand(super.getDefaultCommandInterceptorsTxRequired(), false);
    }

    @Override
    protected Collection<? extends CommandInterceptor> getDefaultCommandInterceptorsTxRequiresNew() {
        return withNoticesAfterCommand(super.getDefaultCommandInterceptorsTxRequiresNew(), true);
    }

    private static List<CommandInterceptor> withNoticesAfterCommand(Collection<? extends CommandInterceptor> chain,
            boolean ownTransaction) {
        List<CommandInterceptor> interceptors = new ArrayList<>(chain);
        int context = indexOfCommandContext(interceptors);
        interceptors.add(context, new NoticesAfterCommand(ownTransaction));
        return interceptors;
    }

    private static int indexOfCommandContext(List<CommandInterceptor> interceptors) {
        for (int i = 0; i < interceptors.size(); i++) {
            if (interceptors.get(i) instanceof CommandContextInterceptor) {
                return i;
            }
        }
        throw new IllegalStateException("The engine's command chain has no command context interceptor");
    }
}
