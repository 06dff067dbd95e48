package fr.normandie.ecoles.app.web.project;

import java.util.Arrays;
import java.util.List;

/** The fields of one step's form as the person fills them, turned into the module's form record on submit. */
public interface StepForm {

    /** The record the step's module validates and stores ({@code TerritorialBackingForm}, ...). */
    Object form();

    /** A list typed one item per line: its non-blank lines, trimmed; null for nothing typed. */
    static List<String> lines(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
