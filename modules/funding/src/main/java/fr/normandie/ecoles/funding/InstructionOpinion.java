package fr.normandie.ecoles.funding;

/** The funding officer's opinion on a grant request, given to the standing committee with the amounts proposed. */
public enum InstructionOpinion {
    FAVOURABLE, UNFAVOURABLE
}
