/**
 * Projects: the list, the registration form, and the project page (its whole file, the process diagram
 * with the steps done and current, the timeline, and the form of the step the person may carry).
 * <p>
 * The step form area is chosen by step: the page includes {@code /WEB-INF/steps/<step key>.xhtml}, whose
 * fields are held by a view-scoped {@link fr.normandie.ecoles.app.web.project.StepForm} bean and whose
 * button calls {@code projectPage.complete(thatBean)}. A module that grows a step (the audit's checklist,
 * the subsidy decision's envelope) replaces that page and its bean, and nothing else. The project's file
 * includes the same page with the step's {@code rounds} (for a step that keeps them) to show what each round
 * recorded; {@link fr.normandie.ecoles.app.web.StepPages} refuses to start when a step lacks its page.
 */
package fr.normandie.ecoles.app.web.project;
