/**
 * The plug-in contract between the LTI core and the widget modules: a {@link org.childsafe.lti.plugin.Widget}
 * bean per module, collected by the {@link org.childsafe.lti.plugin.WidgetCatalog} that routes launches.
 */
package org.childsafe.lti.plugin;
