package fr.normandie.ecoles.workflow;

/** The process engine's life cycle, driven by the application once its own tables are migrated. */
public interface WorkflowEngine {

    /** Builds the engine, deploys the processes (unchanged ones are not redeployed) and starts the job executor. */
    void start();

    /** The engine is built and its job executor runs: timers and reminders fire. */
    boolean running();
}
