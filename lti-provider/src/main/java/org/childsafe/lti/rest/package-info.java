/**
 * Error answers of every JSON endpoint: a problem-JSON body ({@code application/problem+json}) with a stable
 * {@code code}, a human {@code message} in the caller's language (Vietnamese or English, by
 * {@code Accept-Language}) and, for invalid input, the {@code field} at fault. The mappers here cover the
 * JAX-RS runtime's own failures and a catch-all that never reveals an exception's message or stack trace;
 * features add one mapper per exception family of their own.
 */
package org.childsafe.lti.rest;
