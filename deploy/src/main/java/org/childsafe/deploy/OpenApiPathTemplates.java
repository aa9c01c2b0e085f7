package org.childsafe.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * Makes the path templates of {@code /openapi} valid OpenAPI: JAX-RS lets a template carry a regular expression
 * ({@code {id: [0-9]{1,18}}}), which Payara copies into the document's path keys as it is, where OpenAPI expects
 * {@code {id}} (OpenAPI 3.0 §4.7.9, "Path Templating") and client generators fail. Registered with
 * {@code mp.openapi.filter} in this module's {@code microprofile-config.properties}.
 */
public class OpenApiPathTemplates implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> renamed = new LinkedHashMap<>();
        paths.getPathItems().forEach((key, item) -> renamed.put(templateNamesOnly(key), item));
        for (String key : Map.copyOf(paths.getPathItems()).keySet()) {
            paths.removePathItem(key);
        }
        renamed.forEach(paths::addPathItem);
    }

    /**
     * {@code /a/{id: [0-9]{1,18}}/b} → {@code /a/{id}/b}: drops what follows the colon of a template, counting
     * braces because the expression may contain some; other characters are kept.
     */
    static String templateNamesOnly(String path) {
        StringBuilder out = new StringBuilder(path.length());
        int depth = 0;
        boolean inExpression = false;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    inExpression = false;
                }
            } else if (c == ':' && depth == 1) {
                inExpression = true;
                continue;
            }
            if (!inExpression && !(depth == 1 && Character.isWhitespace(c))) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
