package org.childsafe.urlcheck.canonical;

/**
 * Path rules of the Safe Browsing canonicalisation: {@code /./} removed, {@code /../} goes up one segment
 * (never above the root), runs of slashes become one slash, an empty path becomes {@code /}.
 */
final class CanonicalPaths {

    private CanonicalPaths() {
    }

    static String canonicalPath(String raw) {
        String p = raw.replace('\\', '/');
        if (p.isEmpty()) {
            return "/";
        }
        if (p.indexOf("//") < 0 && p.indexOf("/.") < 0 && p.charAt(0) == '/') {
            return p;
        }
        String[] segments = p.split("/", -1);
        String[] stack = new String[segments.length];
        int depth = 0;
        boolean trailingSlash = false;
        for (int i = 0; i < segments.length; i++) {
            String seg = segments[i];
            boolean last = i == segments.length - 1;
            if (seg.isEmpty()) {
                trailingSlash = last && depth > 0;
                continue;
            }
            if (seg.equals(".")) {
                trailingSlash = last;
            } else if (seg.equals("..")) {
                if (depth > 0) {
                    depth--;
                }
                trailingSlash = last;
            } else {
                stack[depth++] = seg;
                trailingSlash = false;
            }
        }
        StringBuilder sb = new StringBuilder(p.length() + 1);
        for (int i = 0; i < depth; i++) {
            sb.append('/').append(stack[i]);
        }
        if (depth == 0 || trailingSlash) {
            sb.append('/');
        }
        return sb.toString();
    }
}
