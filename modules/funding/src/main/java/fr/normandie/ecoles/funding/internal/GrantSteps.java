package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.AgreementOutcome;
import fr.normandie.ecoles.funding.BalanceOutcome;
import fr.normandie.ecoles.funding.GrantAgreementForm;
import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantInstructionForm;
import fr.normandie.ecoles.funding.GrantPaymentForm;
import fr.normandie.ecoles.funding.GrantPaymentOutcome;
import fr.normandie.ecoles.funding.GrantStep;
import fr.normandie.ecoles.funding.GrantVoteForm;
import fr.normandie.ecoles.funding.GrantVoteOutcome;
import fr.normandie.ecoles.funding.InstructionOpinion;
import fr.normandie.ecoles.funding.UseReportForm;
import fr.normandie.ecoles.funding.UseReportOutcome;
import fr.normandie.ecoles.kernel.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The steps of a school's grant ({@code bpmn/school-grant.bpmn}), one handler each, all recorded by
 * {@link JpaGrants}: instruction, the standing committee's vote, the agreement, the payments, the use report, the
 * balance.
 */
public final class GrantSteps {

    private GrantSteps() {
    }

    /** What every grant step shares: its key, form, outcome and variable; each records through the grants. */
    abstract static class Base<F, O extends Enum<O>> implements GrantStep<F, O> {

        @Inject
        JpaGrants grants;

        private final String key;
        private final Class<F> form;
        private final Class<O> outcome;
        private final String variable;

        Base(String key, Class<F> form, Class<O> outcome, String variable) {
            this.key = key;
            this.form = form;
            this.outcome = outcome;
            this.variable = variable;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public Class<F> formType() {
            return form;
        }

        @Override
        public Class<O> outcomeType() {
            return outcome;
        }

        @Override
        public String outcomeVariable() {
            return variable;
        }

    }

    @ApplicationScoped
    public static class Instruction extends Base<GrantInstructionForm, InstructionOpinion> {
        public Instruction() {
            super("grant-instruction", GrantInstructionForm.class, InstructionOpinion.class, "grantInstruction");
        }

        @Override
        public InstructionOpinion record(Caller caller, GrantId grant, GrantInstructionForm form) {
            return grants.instruct(caller, grant, form);
        }
    }

    @ApplicationScoped
    public static class Vote extends Base<GrantVoteForm, GrantVoteOutcome> {
        public Vote() {
            super("grant-vote", GrantVoteForm.class, GrantVoteOutcome.class, "grantVote");
        }

        @Override
        public GrantVoteOutcome record(Caller caller, GrantId grant, GrantVoteForm form) {
            return grants.vote(caller, grant, form);
        }
    }

    @ApplicationScoped
    public static class Agreement extends Base<GrantAgreementForm, AgreementOutcome> {
        public Agreement() {
            super("grant-agreement", GrantAgreementForm.class, AgreementOutcome.class, "grantAgreement");
        }

        @Override
        public AgreementOutcome record(Caller caller, GrantId grant, GrantAgreementForm form) {
            return grants.sign(caller, grant, form);
        }
    }

    @ApplicationScoped
    public static class Payment extends Base<GrantPaymentForm, GrantPaymentOutcome> {
        public Payment() {
            super("grant-payment", GrantPaymentForm.class, GrantPaymentOutcome.class, "grantPayment");
        }

        @Override
        public GrantPaymentOutcome record(Caller caller, GrantId grant, GrantPaymentForm form) {
            return grants.payInstalment(caller, grant, form);
        }
    }

    @ApplicationScoped
    public static class UseReport extends Base<UseReportForm, UseReportOutcome> {
        public UseReport() {
            super("grant-use-report", UseReportForm.class, UseReportOutcome.class, "grantUseReport");
        }

        @Override
        public UseReportOutcome record(Caller caller, GrantId grant, UseReportForm form) {
            return grants.report(caller, grant, form);
        }
    }

    @ApplicationScoped
    public static class Balance extends Base<GrantPaymentForm, BalanceOutcome> {
        public Balance() {
            super("grant-balance", GrantPaymentForm.class, BalanceOutcome.class, "grantBalance");
        }

        @Override
        public BalanceOutcome record(Caller caller, GrantId grant, GrantPaymentForm form) {
            return grants.payBalance(caller, grant, form);
        }
    }
}
