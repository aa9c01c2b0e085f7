package org.childsafe.deploy.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bounds of a load and fault run, from {@code --name value} arguments; every value is checked against a
 * limit so that a typo cannot start an unbounded run.
 *
 * @param seconds       length of the load ({@code --seconds}, 60 – {@value LoadAndFault#MAX_SECONDS})
 * @param pupils        threads of pupils playing the graded lesson ({@code --pupils}, 0 – 16)
 * @param checkers      threads of link checks ({@code --checkers}, 0 – 16)
 * @param reporters     threads of anonymous reporters ({@code --reporters}, 0 – 16)
 * @param maxOps        operations per thread at most ({@code --max-ops}, 1 – 1,000,000)
 * @param port          first of the loopback ports used: tool +0/+1, PostgreSQL +10, data grid +100/+101 ({@code --port})
 * @param outageSeconds how long PostgreSQL is stopped ({@code --outage}, 1 – 120)
 * @param openSample    receipts opened through the reporter's page at the end ({@code --open-sample}, 0 – 1,000)
 */
record Options(int seconds, int pupils, int checkers, int reporters, int maxOps, int port, int outageSeconds,
        int openSample) {

    static Options parse(String... args) {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("--seconds", LoadAndFault.DEFAULT_SECONDS);
        values.put("--pupils", 3);
        values.put("--checkers", 2);
        values.put("--reporters", 1);
        values.put("--max-ops", LoadAndFault.DEFAULT_MAX_OPS);
        values.put("--port", 22080);
        values.put("--outage", 30);
        values.put("--open-sample", 30);
        for (int i = 0; i < args.length; i += 2) {
            if (!values.containsKey(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("Unknown option or missing value: " + args[i] + "; options: " + values.keySet());
            }
            try {
                values.put(args[i], Integer.parseInt(args[i + 1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(args[i] + " needs a whole number, not " + args[i + 1], e);
            }
        }
        return new Options(within(values, "--seconds", 60, LoadAndFault.MAX_SECONDS), within(values, "--pupils", 0, 16),
                within(values, "--checkers", 0, 16), within(values, "--reporters", 0, 16),
                within(values, "--max-ops", 1, 1_000_000), within(values, "--port", 1024, 65_000),
                within(values, "--outage", 1, 120), within(values, "--open-sample", 0, 1_000));
    }

    private static int within(Map<String, Integer> values, String name, int min, int max) {
        int value = values.get(name);
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
