package org.childsafe.lti.keys.application;

import org.childsafe.lti.keys.domain.KeyStatus;

/**
 * The tool has no key in a status a use case needs (a CURRENT key to sign, a NEXT key to rotate to), because
 * {@link ToolKeyService#ensureKeys()} has not run or the key table was edited by hand.
 */
public class NoSigningKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSigningKeyException(KeyStatus missing) {
        super("The tool has no " + missing + " signing key; ToolKeyService.ensureKeys() must run first.");
    }
}
