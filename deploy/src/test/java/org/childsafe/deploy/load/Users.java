package org.childsafe.deploy.load;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLongArray;
import org.childsafe.deploy.AnonymousReporter;
import org.childsafe.deploy.AnonymousReporter.Receipt;
import org.childsafe.deploy.FacesPages;
import org.childsafe.deploy.FacesPages.UnexpectedPageException;
import org.childsafe.deploy.PlatformLaunch;
import org.childsafe.deploy.ToolClient;
import org.childsafe.deploy.lessons.LessonHttpPlayer;
import org.childsafe.lessons.LessonsWidget;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.services.ags.AgsEndpoint;
import org.childsafe.lti.testplatform.TestPlatform;

/**
 * The simulated users of the load run, each a loop on its own thread until the run stops or the user has done
 * {@code maxOperations}: pupils who launch a graded lesson and play it to the end, link checks, and anonymous
 * reporters. Every operation is timed and counted in the phase it started in. A flow that fails is abandoned (the
 * pupil or reporter starts over); only what a user was shown as done counts as acknowledged: a lesson's score
 * screen, a report's receipt.
 */
final class Users {

    private static final String[] LINKS = {
        "https://example.com/homework", "https://vietcornbank.com.vn/login", "http://192.168.1.20/game",
        "https://bit.ly/abc", "https://vnexpress.net/the-thao", "https://xn--80ak6aa92e.com/"};

    /** What the users share. */
    record Context(Figures figures, PhaseTimeline timeline, Balancer balancer, TestPlatform platform, URI toolBaseUrl,
            URI lineItem, LessonHttpPlayer player, String schoolPublicId, int maxOperations) {
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws IOException, InterruptedException;
    }

    private final Context context;
    private volatile boolean stopped;
    private final Queue<String> completedLessons = new ConcurrentLinkedQueue<>();
    private final Queue<Receipt> receipts = new ConcurrentLinkedQueue<>();
    private final AtomicLongArray lastFailure = new AtomicLongArray(Operation.values().length);
    private final Map<String, String> samples = new ConcurrentSkipListMap<>();
    private final long startedAt = System.nanoTime();

    Users(Context context) {
        this.context = context;
        for (int i = 0; i < Operation.values().length; i++) {
            lastFailure.set(i, Long.MIN_VALUE);
        }
    }

    void stop() {
        stopped = true;
    }

    /** LTI users ({@code sub}) whose lesson ended on the score screen. */
    List<String> completedLessons() {
        return List.copyOf(completedLessons);
    }

    /** Receipts shown to reporters. */
    List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    /** The first failure of each operation and kind: when, and what the user was shown (text of the page). */
    Map<String, String> failureSamples() {
        return Map.copyOf(samples);
    }

    /** {@link System#nanoTime()} of the last failure of {@code operation}, or {@link Long#MIN_VALUE}. */
    long lastFailure(Operation operation) {
        return lastFailure.get(operation.ordinal());
    }

    // ------------------------------------------------------------------------------------------ the users

    /** A class of pupils on one thread, one after the other: each launches the graded lesson and plays it. */
    Runnable pupils(int thread) {
        return () -> {
            int operations = 0;
            for (int pupil = 0; !stopped && operations < context.maxOperations(); pupil++) {
                String sub = "pupil-" + thread + "-" + pupil;
                URI instance = context.balancer().pick();
                ToolClient browser = new ToolClient(instance);
                int[] presses = {0};
                try {
                    String page = timed(Operation.LAUNCH, instance, () -> launch(browser, instance, sub));
                    String done = context.player().playToTheEnd(page, (current, fields) -> {
                        presses[0]++;
                        return timed(Operation.LESSON_ANSWER, instance,
                                () -> FacesPages.post(browser, current, "player", fields));
                    });
                    if (LessonHttpPlayer.done(done)) {
                        completedLessons.add(sub);
                    }
                } catch (IOException abandoned) {
                    // counted where it failed; the next pupil starts over
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                operations += 1 + presses[0];
            }
        };
    }

    /** Link checks, one after the other, through the balancer (a refused connection goes to the other instance). */
    Runnable linkChecks(int thread) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return () -> {
            for (int n = 0; !stopped && n < context.maxOperations(); n++) {
                String link = LINKS[Math.floorMod(thread + n, LINKS.length)];
                try {
                    timedBalanced(Operation.URL_CHECK, () -> context.balancer().call(instance -> {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(instance.resolve("/api/urlcheck/check"))
                                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + link + "\"}")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 200 || !answer.body().contains("\"rating\"")) {
                            throw new UnexpectedPageException(answer.statusCode(), "check answered " + answer.statusCode(),
                                    answer.body());
                        }
                        return answer;
                    }));
                } catch (IOException failed) {
                    // counted
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
    }

    /** Anonymous reporters, one after the other, each from the public page to the receipt. */
    Runnable reporters() {
        return () -> {
            for (int n = 0; !stopped && n < context.maxOperations(); n++) {
                URI instance = context.balancer().pick();
                try {
                    receipts.add(timed(Operation.REPORT, instance,
                            () -> AnonymousReporter.report(instance, context.schoolPublicId())));
                } catch (IOException abandoned) {
                    // counted; the receipt was never shown
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Login, the platform's signed token posted back, and the lesson page the pupil lands on. */
    private String launch(ToolClient browser, URI instance, String sub) throws IOException, InterruptedException {
        String target = context.toolBaseUrl() + "/launch/lessons";
        TestPlatform platform = context.platform();
        Map<String, String> auth = PlatformLaunch.login(browser, platform.issuer(), platform.clientId(),
                platform.deploymentId(), sub, target);
        String idToken = platform.sign(platform.claims().nonce(auth.get("nonce"))
                .set(LtiClaims.SUBJECT, sub)
                .set(LtiClaims.TARGET_LINK_URI, target)
                .setMember(LtiClaims.RESOURCE_LINK, LtiClaims.MEMBER_ID, "rl-load-" + context.player().lesson().id())
                .setMember(LtiClaims.CUSTOM, LessonsWidget.LESSON_PARAMETER, context.player().lesson().id())
                .setMember(LtiClaims.AGS_ENDPOINT, LtiClaims.MEMBER_SCOPE,
                        List.of(AgsEndpoint.SCOPE_SCORE, AgsEndpoint.SCOPE_LINEITEM))
                .setMember(LtiClaims.AGS_ENDPOINT, LtiClaims.MEMBER_LINEITEM, context.lineItem().toString()));
        HttpResponse<String> launched = PlatformLaunch.launch(browser, instance, auth, idToken);
        if (launched.statusCode() != 303) {
            throw new UnexpectedPageException(launched.statusCode(), "launch answered " + launched.statusCode(),
                    launched.body());
        }
        return FacesPages.ok(browser.get("/w/lessons/lesson.xhtml?id=" + context.player().lesson().id()));
    }

    private <T> T timed(Operation operation, URI instance, Step<T> step) throws IOException, InterruptedException {
        try {
            return timedBalanced(operation, step);
        } catch (ConnectException refused) {
            context.balancer().refused(instance);
            throw refused;
        }
    }

    private <T> T timedBalanced(Operation operation, Step<T> step) throws IOException, InterruptedException {
        Phase phase = context.timeline().current();
        long start = System.nanoTime();
        try {
            T result = step.run();
            context.figures().success(phase, operation, System.nanoTime() - start);
            return result;
        } catch (IOException | RuntimeException failed) {
            String kind = kind(failed);
            context.figures().failure(phase, operation, kind);
            samples.computeIfAbsent(operation.label() + " / " + kind, k -> String.format(java.util.Locale.ROOT,
                    "first at t+%.1f s (%s): %s", (System.nanoTime() - startedAt) / 1e9, phase.label(), shown(failed)));
            lastFailure.set(operation.ordinal(), System.nanoTime());
            throw failed instanceof IOException io ? io : new IOException(failed);
        }
    }

    /** The text of the page the user got (tags and whitespace collapsed), or the exception's message. */
    static String shown(Throwable failure) {
        String text = failure instanceof UnexpectedPageException page && !page.body().isBlank()
                ? page.body().replaceAll("(?s)<head.*?</head>", " ").replaceAll("(?s)<script.*?</script>", " ")
                        .replaceAll("<[^>]+>", " ")
                : String.valueOf(failure.getMessage());
        text = text.replaceAll("\\s+", " ").trim();
        return text.substring(0, Math.min(text.length(), 300));
    }

    /** How a failure looked to the user. */
    static String kind(Throwable failure) {
        if (failure instanceof UnexpectedPageException page) {
            return page.status() == 200 ? "unexpected page" : "HTTP " + page.status();
        }
        if (failure instanceof ConnectException) {
            return "refused";
        }
        if (failure instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (failure instanceof IOException) {
            return "connection lost";
        }
        return failure.getClass().getSimpleName();
    }
}
