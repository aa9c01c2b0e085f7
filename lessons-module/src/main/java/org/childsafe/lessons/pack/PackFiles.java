package org.childsafe.lessons.pack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files of one pack folder, wherever it lives: a directory (operator packs, or the bundled pack in an
 * exploded build) or a folder inside a jar. Reads are confined to the folder and capped at {@value #MAX_BYTES}
 * bytes per file; text must be UTF-8.
 */
public abstract class PackFiles implements AutoCloseable {

    /** Largest file the loader reads. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** Human-readable origin, e.g. the directory path. */
    public abstract String origin();

    /** The folder's own name (the pack's folder, e.g. {@code core}). */
    public abstract String folderName();

    /** A file's UTF-8 text; empty when it does not exist. */
    public abstract Optional<String> read(String relative) throws IOException;

    /** Names of the sub-folders (lesson folders). */
    public abstract Set<String> folders() throws IOException;

    @Override
    public void close() throws IOException {
    }

    /** A pack folder on disk. */
    public static PackFiles directory(Path root) {
        return new DirectoryFiles(root.toAbsolutePath().normalize(), null);
    }

    /**
     * A pack folder on the class path, e.g. {@code lesson-packs/core}; empty when its {@code pack.yaml} is not
     * there.
     */
    public static Optional<PackFiles> classpath(ClassLoader loader, String folder) throws IOException {
        URL url = loader.getResource(folder + "/pack.yaml");
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("file".equals(uri.getScheme())) {
                return Optional.of(directory(Path.of(uri).getParent()));
            }
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean owned = true;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                    owned = false;
                }
                return Optional.of(new DirectoryFiles(fs.provider().getPath(uri).getParent(), owned ? fs : null));
            }
        } catch (URISyntaxException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new IOException("Cannot open the lesson pack at " + url, e);
        }
        throw new IOException("Unsupported location of the lesson pack: " + url);
    }

    static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static final class DirectoryFiles extends PackFiles {

        private final Path root;
        private final FileSystem owned;

        DirectoryFiles(Path root, FileSystem owned) {
            this.root = root;
            this.owned = owned;
        }

        @Override
        public String origin() {
            return root.toUri().toString();
        }

        @Override
        public String folderName() {
            Path name = root.getFileName();
            return name == null ? "" : name.toString().replace("/", "");
        }

        @Override
        public Optional<String> read(String relative) throws IOException {
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("larger than " + MAX_BYTES + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return Optional.of(utf8(in.readNBytes(MAX_BYTES + 1)));
            }
        }

        @Override
        public Set<String> folders() throws IOException {
            try (Stream<Path> children = Files.list(root)) {
                Set<String> names = new TreeSet<>();
                children.filter(Files::isDirectory).forEach(p -> names.add(p.getFileName().toString().replace("/", "")));
                return names;
            }
        }

        @Override
        public void close() throws IOException {
            if (owned != null) {
                owned.close();
            }
        }
    }
}
