package org.childsafe.lessons.attempt;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Where a learner is in a lesson, so they can resume: the current step, the option picked at each choice step,
 * the quiz answers given so far (option ids) and the pledges ticked (by index). It holds ids only — never free
 * text a child typed — and is stored as a few {@code key=value} lines (see {@link #encode()}).
 *
 * <p>Mutable, and only ever used by one learner's request at a time.
 */
public final class AttemptProgress implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,60}");

    private int step;
    private final Map<String, String> choices = new LinkedHashMap<>();
    private final Map<String, List<String>> answers = new LinkedHashMap<>();
    private final Set<Integer> pledges = new TreeSet<>();

    public int step() {
        return step;
    }

    public void moveTo(int stepIndex) {
        this.step = Math.max(0, stepIndex);
    }

    public Map<String, String> choices() {
        return java.util.Collections.unmodifiableMap(choices);
    }

    public void choose(String stepId, String optionId) {
        choices.put(stepId, optionId);
    }

    public Map<String, List<String>> answers() {
        return java.util.Collections.unmodifiableMap(answers);
    }

    public boolean answered(String questionId) {
        return answers.containsKey(questionId);
    }

    public void answer(String questionId, List<String> optionIds) {
        answers.put(questionId, List.copyOf(optionIds));
    }

    public Set<Integer> pledges() {
        return java.util.Collections.unmodifiableSet(pledges);
    }

    public void pledge(Set<Integer> indexes) {
        pledges.clear();
        pledges.addAll(indexes);
    }

    /** {@code step=3}, {@code choice.<step>=<option>}, {@code answer.<question>=a,c}, {@code pledges=0,2}. */
    public String encode() {
        StringBuilder out = new StringBuilder("step=").append(step).append('\n');
        choices.forEach((stepId, option) -> out.append("choice.").append(stepId).append('=').append(option).append('\n'));
        answers.forEach((question, ids) -> out.append("answer.").append(question).append('=')
                .append(String.join(",", ids)).append('\n'));
        if (!pledges.isEmpty()) {
            out.append("pledges=").append(String.join(",", pledges.stream().map(String::valueOf).toList())).append('\n');
        }
        return out.toString();
    }

    /** Reads {@link #encode()}'s output; malformed lines (ids that cannot come from a pack) are skipped. */
    public static AttemptProgress decode(String text) {
        AttemptProgress progress = new AttemptProgress();
        if (text == null) {
            return progress;
        }
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            try {
                if (key.equals("step")) {
                    progress.moveTo(Integer.parseInt(value));
                } else if (key.startsWith("choice.") && ids(key.substring(7), value)) {
                    progress.choose(key.substring(7), value);
                } else if (key.startsWith("answer.") && ID.matcher(key.substring(7)).matches()) {
                    List<String> ids = value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
                    if (ids.stream().allMatch(id -> ID.matcher(id).matches())) {
                        progress.answer(key.substring(7), ids);
                    }
                } else if (key.equals("pledges") && !value.isEmpty()) {
                    List<Integer> indexes = new ArrayList<>();
                    for (String index : value.split(",")) {
                        indexes.add(Integer.parseInt(index));
                    }
                    progress.pledge(Set.copyOf(indexes));
                }
            } catch (NumberFormatException ignored) {
                // a malformed number: the line is skipped, as documented
            }
        }
        return progress;
    }

    private static boolean ids(String a, String b) {
        return ID.matcher(a).matches() && ID.matcher(b).matches();
    }
}
