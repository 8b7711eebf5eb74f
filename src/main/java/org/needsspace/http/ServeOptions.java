package org.needsspace.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.needsspace.skill.SkillConfiguration;

/**
 * {@code serve} command-line options.
 *
 * @param progress where progress is kept
 * @param limits   how many connections and requests serve mode takes on before it answers 503
 * @param tls      the keystore to serve HTTPS with; plain HTTP without one
 */
public record ServeOptions(String host, int port, boolean signatureCheck, Optional<String> skillId,
                           ProgressPlace progress, ServeLimits limits, String metricsNamespace,
                           Optional<ServeTls> tls) {

    public static final String DEFAULT_KEYSTORE_PASSWORD_ENV = "KEYSTORE_PASSWORD";

    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar needs-space-skill.jar serve --port N [options]",
            "  Serves the skill as an HTTP endpoint (POST / for Alexa, GET /health, GET /metrics, GET /privacy), on HTTPS",
            "  with --keystore, otherwise on plain HTTP for a TLS proxy or tunnel in front of it.",
            "  --port N               port to listen on (0 picks a free one, printed at start-up; default 8080)",
            "  --host ADDRESS         address to bind (default 127.0.0.1: a reverse proxy or tunnel on this machine)",
            "  --skill-id ID          refuse requests for any other skill (default: the SKILL_ID environment variable)",
            "  --database PATH        the SQLite database where progress is kept (default: progress.db beside",
            "                         the progress file, ~/.needs-space/progress.db)",
            "  --progress-file PATH   a JSON progress file of earlier versions, copied into the database when it is",
            "                         created and then left alone (default: ~/.needs-space/progress.json)",
            "  --dynamodb-table NAME  keep progress in this DynamoDB table instead, which several instances can share;",
            "                         endpoint, region and credentials from the standard AWS configuration",
            "                         (AWS_ENDPOINT_URL_DYNAMODB, AWS_REGION, ...); not with --database or --progress-file",
            "  --max-connections N    connections with a request being read or answered; past it requests get 503"
                    + " (default " + ServeLimits.DEFAULT_BUSY_CONNECTIONS + ")",
            "  --read-time-limit S    seconds a client has to send a request's head and body; then its connection is",
            "                         closed (default " + ServeLimits.DEFAULT_READ_TIME.toSeconds() + ")",
            "  --keystore PATH        serve HTTPS with the key and certificate chain in this PKCS12 keystore",
            "  --keystore-password-env NAME",
            "                         the environment variable holding the keystore's password (default "
                    + DEFAULT_KEYSTORE_PASSWORD_ENV + ")",
            "  --no-signature-check   accept unsigned requests with any timestamp: local testing only");

    public static ServeOptions parse(List<String> args, Map<String, String> environment) {
        String host = "127.0.0.1";
        int port = 8080;
        boolean signatureCheck = true;
        Optional<String> skillId = nonBlank(environment.get("SKILL_ID"));
        Path progressFile = null;
        Path database = null;
        String table = null;
        ServeLimits limits = ServeLimits.defaults();
        Optional<Duration> readTime = Optional.empty();
        Optional<Path> keystore = Optional.empty();
        String keystorePasswordEnv = DEFAULT_KEYSTORE_PASSWORD_ENV;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--port" -> port = port(valueAfter(args, i++, arg));
                case "--host" -> host = valueAfter(args, i++, arg);
                case "--skill-id" -> skillId = Optional.of(nonBlank(valueAfter(args, i++, arg))
                        .orElseThrow(() -> new IllegalArgumentException("--skill-id must not be empty")));
                case "--progress-file" -> progressFile = Path.of(valueAfter(args, i++, arg));
                case "--database" -> database = Path.of(valueAfter(args, i++, arg));
                case "--dynamodb-table" -> table = nonBlank(valueAfter(args, i++, arg))
                        .orElseThrow(() -> new IllegalArgumentException("--dynamodb-table must not be empty"));
                case "--max-connections" -> limits = ServeLimits.withBusyConnections(
                        positive(valueAfter(args, i++, arg), arg));
                case "--read-time-limit" -> readTime = Optional.of(
                        Duration.ofSeconds(positive(valueAfter(args, i++, arg), arg)));
                case "--keystore" -> keystore = Optional.of(Path.of(valueAfter(args, i++, arg)));
                case "--keystore-password-env" -> keystorePasswordEnv = valueAfter(args, i++, arg);
                case "--no-signature-check" -> signatureCheck = false;
                default -> throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        if (readTime.isPresent()) {
            limits = limits.withReadTime(readTime.get());
        }
        return new ServeOptions(host, port, signatureCheck, skillId, progressPlace(table, database, progressFile),
                limits, SkillConfiguration.from(environment).metricsNamespace(),
                tls(keystore, keystorePasswordEnv, environment));
    }

    private static Optional<ServeTls> tls(Optional<Path> keystore, String passwordEnv, Map<String, String> environment) {
        if (keystore.isEmpty()) {
            return Optional.empty();
        }
        String password = environment.get(passwordEnv);
        if (password == null) {
            throw new IllegalArgumentException("--keystore needs the keystore's password in the environment variable "
                    + passwordEnv + " (see --keystore-password-env)");
        }
        return Optional.of(new ServeTls(keystore.get(), password));
    }

    private static ProgressPlace progressPlace(String table, Path database, Path progressFile) {
        if (table != null) {
            if (database != null || progressFile != null) {
                throw new IllegalArgumentException("--dynamodb-table keeps progress in DynamoDB: leave out"
                        + " --database and --progress-file, which are for SQLite");
            }
            return new ProgressPlace.DynamoDbTable(table);
        }
        Path file = progressFile != null ? progressFile
                : Path.of(System.getProperty("user.home"), ".needs-space", "progress.json");
        return new ProgressPlace.SqliteDatabase(
                database != null ? database : file.toAbsolutePath().resolveSibling("progress.db"), file);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a number from 0 to 65535, not " + value);
    }

    private static int positive(String value, String option) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive number, not " + value);
    }

    private static String valueAfter(List<String> args, int index, String option) {
        if (index + 1 >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index + 1);
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
