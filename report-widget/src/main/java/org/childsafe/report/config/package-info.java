/** The report widget's configuration ({@code report.*}, MicroProfile Config) validated at start-up. */
package org.childsafe.report.config;
