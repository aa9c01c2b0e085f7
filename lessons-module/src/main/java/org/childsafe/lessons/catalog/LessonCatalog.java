package org.childsafe.lessons.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lessons.LessonsConfig;
import org.childsafe.lessons.pack.AgeBand;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonPack;
import org.childsafe.lessons.pack.PackFiles;
import org.childsafe.lessons.pack.SafetyS;

/**
 * The lessons this server offers: the {@link PackSet} loaded when the application starts (bundled pack from
 * {@link LessonsConfig#bundledPack()}, operator packs from {@link LessonsConfig#packsDir()}). Loading happens once;
 * changing operator packs needs a restart, so every node of a cluster serves the same lessons.
 */
@ApplicationScoped
public class LessonCatalog {

    private static final Logger LOG = Logger.getLogger(LessonCatalog.class.getName());

    @Inject
    LessonsConfig config;

    private volatile PackSet packs;

    protected LessonCatalog() {
    }

    /** For tests: a catalog over already loaded packs. */
    public LessonCatalog(PackSet packs) {
        this.packs = packs;
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        packs();
    }

    /** The loaded packs, loading them on first use. */
    public PackSet packs() {
        PackSet loaded = packs;
        if (loaded == null) {
            synchronized (this) {
                if (packs == null) {
                    packs = load();
                }
                loaded = packs;
            }
        }
        return loaded;
    }

    private PackSet load() {
        Optional<PackFiles> bundled;
        try {
            bundled = PackFiles.classpath(LessonCatalog.class.getClassLoader(), config.bundledPack());
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot open the bundled lesson pack", e);
            bundled = Optional.empty();
        }
        try {
            return PackSet.load(bundled, config.packsDir());
        } finally {
            bundled.ifPresent(files -> {
                try {
                    files.close();
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Closing the bundled pack", e);
                }
            });
        }
    }

    public List<Lesson> lessons() {
        return packs().lessons();
    }

    public Optional<Lesson> lesson(String id) {
        return packs().lesson(id);
    }

    public Optional<LessonPack> packOf(Lesson lesson) {
        return packs().pack(lesson.packId());
    }

    /** Lessons of an S and a band; a null filter matches all. */
    public List<Lesson> filter(SafetyS s, AgeBand band) {
        return lessons().stream().filter(l -> s == null || l.s() == s).filter(l -> band == null || l.band() == band)
                .toList();
    }
}
