/**
 * The embedded Camunda engine (bootstrap, job executor on managed threads, CDI beans for BPMN
 * expressions), the delegates the process calls, and the implementations of the workflow API; the steps read
 * from the deployed processes and joined to the modules' handlers ({@code DeployedSteps}), checked by
 * {@code StepContract} before the application may start.
 * The only package of the application that imports {@code org.camunda}.
 */
package fr.normandie.ecoles.workflow.internal;
