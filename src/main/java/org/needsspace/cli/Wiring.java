package org.needsspace.cli;

import com.amazon.ask.CustomSkill;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Random;
import org.needsspace.alexa.SkillFactory;
import org.needsspace.alexa.Turns;
import org.needsspace.content.ContentCatalog;
import org.needsspace.progress.FileProgressStore;
import org.needsspace.progress.ProgressStore;

/** The skill with the collaborators a local run uses. */
record Wiring(CustomSkill skill, String storeDescription) {

    static Wiring forConsole(Path progressFile) {
        ContentCatalog catalog = ContentCatalog.loadAll();
        ProgressStore store = new FileProgressStore(progressFile);
        Turns turns = new Turns(catalog, store, Clock.systemUTC(), Random::new);
        return new Wiring(SkillFactory.create(turns, catalog, Optional.empty()),
                "(progress is kept in " + progressFile + ")");
    }

    static Wiring forServe(Path progressFile, Optional<String> skillId) {
        ContentCatalog catalog = ContentCatalog.loadAll();
        ProgressStore store = new FileProgressStore(progressFile);
        Turns turns = new Turns(catalog, store, Clock.systemUTC(), Random::new);
        return new Wiring(SkillFactory.create(turns, catalog, skillId), "(progress is kept in " + progressFile + ")");
    }
}
