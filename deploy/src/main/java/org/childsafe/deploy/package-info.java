/**
 * Assembly of the suite: the data source definition and the JAX-RS root. Features live in the modules; this
 * package only ties them into one web application.
 */
package org.childsafe.deploy;
