package org.childsafe.lti.registration.application;

import java.util.List;

/**
 * Input that cannot be accepted (code {@code registration.invalid}). {@link #problems()} lists every field at
 * fault, the first one first; the message is plain English, safe to show and to log.
 */
public class InvalidRegistrationException extends RegistrationException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidRegistrationException(List<FieldProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("At least one problem is required.");
        }
        this.problems = List.copyOf(problems);
    }

    /** One field with one problem. */
    public static InvalidRegistrationException of(String field, String key, int limit) {
        return new InvalidRegistrationException(List.of(new FieldProblem(field, key, limit)));
    }

    /** A rule of the domain model refused a value; its message is written for administrators. */
    public static InvalidRegistrationException fromDomain(IllegalArgumentException refused) {
        return new InvalidRegistrationException(refused.getMessage(), List.of(new FieldProblem(null, null, 0)));
    }

    private InvalidRegistrationException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    @Override
    public String code() {
        return "registration.invalid";
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String describe(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.key()).reduce((a, b) -> a + ", " + b)
                .map(text -> "Invalid input (" + text + ").").orElse("Invalid input.");
    }
}
