package org.childsafe.lessons.pack;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A lesson pack that breaks the format: it is refused as a whole (never half-loaded), and every problem found is
 * listed, not just the first, so an educator fixes them in one round.
 */
public class InvalidPackException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<PackProblem> problems;

    public InvalidPackException(String pack, List<PackProblem> problems) {
        super("Lesson pack " + pack + " is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):" + System.lineSeparator()
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
