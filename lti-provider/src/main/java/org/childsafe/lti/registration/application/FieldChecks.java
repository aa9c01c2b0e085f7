package org.childsafe.lti.registration.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects {@link FieldProblem}s of administrator input: presence, length after trimming, no control characters,
 * and absolute http(s) URLs without embedded credentials or fragments. Each field reports its first problem only.
 */
final class FieldChecks {

    /** Most deployment ids accepted in one request. */
    static final int MAX_DEPLOYMENTS = 100;

    private final List<FieldProblem> problems = new ArrayList<>();

    FieldChecks text(String field, String value, int max, boolean required) {
        textProblem(value, max, required).ifPresent(key -> problems.add(new FieldProblem(field, key, max)));
        return this;
    }

    FieldChecks url(String field, String value, int max, boolean required) {
        Optional<String> problem = textProblem(value, max, required);
        if (problem.isEmpty() && value != null && !value.isBlank() && !isHttpUrl(value.strip())) {
            problem = Optional.of("validation.url");
        }
        problem.ifPresent(key -> problems.add(new FieldProblem(field, key, max)));
        return this;
    }

    FieldChecks deploymentIds(String field, List<String> ids, int max) {
        if (ids.size() > MAX_DEPLOYMENTS) {
            problems.add(new FieldProblem(field, "validation.too-many", MAX_DEPLOYMENTS));
            return this;
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            Optional<String> problem = textProblem(id, max, true);
            if (problem.isEmpty() && !seen.add(id.strip())) {
                problem = Optional.of("validation.duplicate");
            }
            if (problem.isPresent()) {
                problems.add(new FieldProblem(field, problem.get(), max));
                break;
            }
        }
        return this;
    }

    FieldChecks add(FieldProblem problem) {
        problems.add(problem);
        return this;
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** Throws {@link InvalidRegistrationException} listing every problem, if there is any. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException(problems);
        }
    }

    private static Optional<String> textProblem(String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? Optional.of("validation.required") : Optional.empty();
        }
        if (value.strip().length() > max) {
            return Optional.of("validation.too-long");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("validation.control");
        }
        return Optional.empty();
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawFragment() == null
                    && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
