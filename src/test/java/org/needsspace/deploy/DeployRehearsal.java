package org.needsspace.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * src/deploy/deploy.sh run by bash in a copy of the project, offline: the PATH holds fake {@code sam}, {@code ask}
 * and {@code mvn} that append their arguments to a calls file and act just enough like the real ones (mvn leaves a
 * jar, ask records the package it was given and, like ASK CLI, writes the new skill's id to .ask/ask-states.json,
 * sam prints the stack outputs it was handed), plus links to the few real programs the script uses. Nothing of the
 * developer's environment reaches the script: its environment is built here.
 */
final class DeployRehearsal {

    static final String NEW_SKILL_ID = "amzn1.ask.skill.0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9";

    private static final List<String> PROJECT_FILES = List.of(
            "src/deploy/deploy.sh", "src/deploy/deploy-tool.js", "template.yaml", "ask-resources.json");
    private static final List<String> REAL_PROGRAMS = List.of("bash", "node", "dirname", "sed", "cat", "mkdir", "cp");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String FAKE_MVN = """
            #!/usr/bin/env bash
            echo "mvn $*" >> "$CALLS"
            mkdir -p target && echo jar > target/needs-space-skill.jar
            """;
    private static final String FAKE_ASK = """
            #!/usr/bin/env bash
            echo "ask $*" >> "$CALLS"
            [ "$1" = deploy ] || exit 0
            [ -z "${FAKE_ASK_FAILS:-}" ] || { echo "ask: import failed" >&2; exit 1; }
            src=$(sed -n 's/.*"src": *"\\([^"]*\\)".*/\\1/p' ask-resources.json)
            n=1
            while [ -e "$RECORDS/package-$n" ]; do n=$((n + 1)); done
            cp -r "$src" "$RECORDS/package-$n"
            mkdir -p .ask
            [ -f .ask/ask-states.json ] || echo '{"askcliStatesVersion":"2020-03-31","profiles":{"default":{"skillId":"'"$FAKE_SKILL_ID"'"}}}' > .ask/ask-states.json
            """;
    private static final String FAKE_SAM = """
            #!/usr/bin/env bash
            echo "sam $*" >> "$CALLS"
            if [ "$1" = deploy ]; then
              [ -f target/needs-space-skill.jar ] || { echo "sam: CodeUri target/needs-space-skill.jar not found" >&2; exit 1; }
            elif [ "$1 $2" = "list stack-outputs" ]; then
              cat "$FAKE_STACK_OUTPUTS"
            fi
            """;

    private final Path root;
    private final Path project;
    private final Path bin;
    private final Path records;
    private final Path calls;
    private final Path stackOutputs;
    private boolean askFails;

    DeployRehearsal(Path root) throws IOException {
        this.root = root;
        this.project = Files.createDirectories(root.resolve("project"));
        this.bin = Files.createDirectories(root.resolve("bin"));
        this.records = Files.createDirectories(root.resolve("records"));
        this.calls = root.resolve("calls.log");
        this.stackOutputs = root.resolve("stack-outputs.json");
        for (String file : PROJECT_FILES) {
            copy(Path.of(file), project.resolve(file));
        }
        try (Stream<Path> files = Files.walk(Path.of("interaction-model"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                copy(file, project.resolve(file.toString()));
            }
        }
        for (String program : REAL_PROGRAMS) {
            Files.createSymbolicLink(bin.resolve(program), onThisMachine(program));
        }
        writeExecutable("mvn", FAKE_MVN);
        writeExecutable("ask", FAKE_ASK);
        writeExecutable("sam", FAKE_SAM);
        Files.createFile(calls);
    }

    Path project() {
        return project;
    }

    void stackOutputs(String json) throws IOException {
        Files.writeString(stackOutputs, json);
    }

    void withoutMaven() throws IOException {
        Files.delete(bin.resolve("mvn"));
    }

    void askFails() {
        askFails = true;
    }

    Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(bin.resolve("bash").toString(), "src/deploy/deploy.sh"));
        command.addAll(Arrays.asList(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectOutput(root.resolve("stdout.txt").toFile())
                .redirectError(root.resolve("stderr.txt").toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", bin.toString());
        environment.put("HOME", Files.createDirectories(root.resolve("home")).toString());
        environment.put("CALLS", calls.toString());
        environment.put("RECORDS", records.toString());
        environment.put("FAKE_SKILL_ID", NEW_SKILL_ID);
        environment.put("FAKE_STACK_OUTPUTS", stackOutputs.toString());
        if (askFails) {
            environment.put("FAKE_ASK_FAILS", "yes");
        }
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("deploy.sh did not finish within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(root.resolve("stdout.txt")),
                Files.readString(root.resolve("stderr.txt")));
    }

    /** Each call as "program arguments", in order. */
    List<String> calls() throws IOException {
        return Files.readAllLines(calls);
    }

    /** The skill package the nth {@code ask deploy} found where ask-resources.json points (counting from 1). */
    Path deployedPackage(int n) {
        return records.resolve("package-" + n);
    }

    JsonNode deployedManifest(int n) throws IOException {
        return JSON.readTree(deployedPackage(n).resolve("skill.json").toFile()).path("manifest");
    }

    int deployedPackages() throws IOException {
        try (Stream<Path> packages = Files.list(records)) {
            return (int) packages.count();
        }
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    private void writeExecutable(String name, String script) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }

    /** The program as this machine has it, for a link in the script's own PATH. */
    private static Path onThisMachine(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Arrays.stream(path.split(File.pathSeparator))
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new UncheckedIOException(new IOException(
                        program + " is not on this machine's PATH; the deploy script needs it (README: Node.js 18+)")));
    }
}
