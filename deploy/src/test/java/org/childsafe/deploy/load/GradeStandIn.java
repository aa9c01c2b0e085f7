package org.childsafe.deploy.load;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childsafe.lti.testplatform.StubPlatformServices;
import org.childsafe.lti.testplatform.StubPlatformServices.Answer;

/**
 * The platform's gradebook for the load run: an OAuth token endpoint and one line item on loopback
 * ({@link StubPlatformServices}) that accepts every score and remembers it, so the run can check that each
 * completed lesson reached the gradebook exactly once.
 */
final class GradeStandIn implements AutoCloseable {

    static final String LINE_ITEM = "/lineitem";
    private static final Pattern USER = Pattern.compile("\"userId\"\\s*:\\s*\"([^\"]+)\"");

    private final StubPlatformServices services = new StubPlatformServices();

    GradeStandIn() {
        services.always(LINE_ITEM + "/scores", r -> Answer.json(200, "{}"));
    }

    URI tokenUrl() {
        return services.url("/token");
    }

    URI lineItemUrl() {
        return services.url(LINE_ITEM);
    }

    /** Scores received per LTI user ({@code sub}). */
    Map<String, Integer> scoresPerUser() {
        Map<String, Integer> scores = new HashMap<>();
        for (StubPlatformServices.Recorded request : services.requestsTo(LINE_ITEM + "/scores")) {
            Matcher user = USER.matcher(request.body());
            scores.merge(user.find() ? user.group(1) : "(no userId)", 1, Integer::sum);
        }
        return scores;
    }

    @Override
    public void close() {
        services.close();
    }
}
