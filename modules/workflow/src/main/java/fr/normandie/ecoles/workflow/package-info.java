/**
 * Workflow: the opening process of a school project, on an embedded Camunda engine. This package is
 * the module's API (steps, roles, the task facade, the project life cycle and its timeline);
 * {@code internal} holds the engine and everything else that imports {@code org.camunda}, which no
 * other module may do.
 */
package fr.normandie.ecoles.workflow;
