/**
 * The tool core's texts in Vietnamese and English: the resource bundles {@code messages_vi}, {@code messages_en}
 * (Faces variable {@code msg}) and {@link org.childsafe.lti.i18n.Messages} for code outside Faces.
 */
package org.childsafe.lti.i18n;
