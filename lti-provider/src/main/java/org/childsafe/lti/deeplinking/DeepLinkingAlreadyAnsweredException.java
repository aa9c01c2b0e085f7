package org.childsafe.lti.deeplinking;

/** The session has no unanswered deep-linking request: it was never started, or already answered (single use). */
public class DeepLinkingAlreadyAnsweredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeepLinkingAlreadyAnsweredException() {
        super("No deep-linking request is waiting for an answer in this session.");
    }
}
