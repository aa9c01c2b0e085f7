/**
 * Screenshots a reporter attaches: the type is sniffed from the bytes (PNG, JPEG, WebP, GIF only; the file name and
 * the browser's content type are ignored), size and pixel count are limited, and every image is rewritten by the
 * tool so that no metadata (EXIF, GPS, XMP, ICC, comments) reaches storage. Entry point:
 * {@link org.childsafe.report.attachments.ImageSanitizer}.
 */
package org.childsafe.report.attachments;
