/**
 * Observability shared by every module: the pieces each module uses to publish its own MicroProfile Metrics
 * ({@link org.childsafe.lti.observe.CachedValue} for gauges computed from the database,
 * {@link org.childsafe.lti.observe.OutboxGauges} for the depth and age of an outbox table,
 * {@link org.childsafe.lti.observe.MetricLabels} for label values that can never carry user input) and the
 * structured log events ({@link org.childsafe.lti.observe.EventLog}, one JSON object per line with an event code
 * and the request's correlation id from {@link org.childsafe.lti.observe.CorrelationFilter}). Each module owns the
 * metrics of its own data, so no module reads another's tables (ADR 0015, docs/operations/observability.md).
 */
package org.childsafe.lti.observe;
