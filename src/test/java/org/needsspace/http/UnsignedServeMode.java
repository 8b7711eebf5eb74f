package org.needsspace.http;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.needsspace.http.verify.RequestVerifier;

/** For tests of serve mode's endpoints: serve mode on a free loopback port, its signature check off. */
abstract class UnsignedServeMode {

    @TempDir
    Path temp;
    SkillHttpServer server;

    @BeforeEach
    void startServeMode() {
        server = EntryPoints.serve(temp.resolve("progress.json"), RequestVerifier.off());
    }

    @AfterEach
    void stopServeMode() {
        server.close();
    }
}
