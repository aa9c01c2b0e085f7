package org.childsafe.lessons.pack;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects every {@link PackProblem} of one pack while it is read, so all are reported together. */
final class Problems {

    private final List<PackProblem> found = new ArrayList<>();

    void add(String file, Node at, String message) {
        Mark mark = at == null ? null : at.getStartMark().orElse(null);
        add(file, mark, message);
    }

    void add(String file, Mark mark, String message) {
        found.add(mark == null ? new PackProblem(file, 0, 0, message)
                : new PackProblem(file, mark.getLine() + 1, mark.getColumn() + 1, message));
    }

    void add(String file, String message) {
        found.add(new PackProblem(file, 0, 0, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    List<PackProblem> all() {
        return List.copyOf(found);
    }
}
