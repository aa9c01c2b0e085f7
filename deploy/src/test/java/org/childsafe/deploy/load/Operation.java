package org.childsafe.deploy.load;

/** What the simulated users do; each is timed from the user's first request to the last answer they wait for. */
enum Operation {

    /** LTI launch: login initiation + the signed id_token posted back (the platform's signing is not timed). */
    LAUNCH("launch", 2),
    /** One press of a lesson player button (choose, check an answer, next, finish). */
    LESSON_ANSWER("lesson answer", 1),
    /** {@code POST /api/urlcheck/check} with one link. */
    URL_CHECK("URL check", 1),
    /** An anonymous report through the public page, from the first page to the receipt. */
    REPORT("report", 6);

    private final String label;
    private final int requests;

    Operation(String label, int requests) {
        this.label = label;
        this.requests = requests;
    }

    String label() {
        return label;
    }

    /** HTTP requests one operation makes. */
    int requests() {
        return requests;
    }
}
