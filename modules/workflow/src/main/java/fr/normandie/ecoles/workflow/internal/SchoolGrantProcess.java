package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.workflow.Step;

/** The identifiers of {@code bpmn/school-grant.bpmn} that code and tests share. */
public final class SchoolGrantProcess {

    public static final String KEY = Step.Process.GRANT.key();
    public static final String RESOURCE = "bpmn/school-grant.bpmn";

    public static final String START = "StartEvent_GrantRequested";
    public static final String INSTRUCTION = "Task_GrantInstruction";
    public static final String VOTE = "Task_GrantVote";
    public static final String AGREEMENT = "Task_GrantAgreement";
    public static final String PAYMENT = "Task_GrantPayment";
    public static final String USE_REPORT = "Task_GrantUseReport";
    public static final String BALANCE = "Task_GrantBalance";
    public static final String END_REFUSED = "EndEvent_GrantRefused";
    public static final String END_WITHHELD = "EndEvent_BalanceWithheld";
    public static final String END_PAID = "EndEvent_GrantPaid";
    public static final String AGREEMENT_LAPSED = "BoundaryEvent_AgreementLapsed";
    public static final String RELEASE_LAPSED = "Task_ReleaseLapsedGrant";
    public static final String END_LAPSED = "EndEvent_GrantLapsed";

    private SchoolGrantProcess() {
    }
}
