/**
 * The lesson catalogue (PRODUCT B1, B6): the packs loaded at start-up (the bundled one from the class path and
 * operators' packs from {@code lessons.packs.dir}), lessons filtered by S and age band, the module's configuration,
 * and the catalogue page a launch without a {@code childsafe_lesson} parameter lands on.
 */
package org.childsafe.lessons.catalog;
