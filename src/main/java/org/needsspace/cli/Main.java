package org.needsspace.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.needsspace.alexa.requests.LocalRequests;
import org.needsspace.console.ConsoleChat;
import org.needsspace.console.ConsoleOptions;
import org.needsspace.console.ConsoleSession;
import org.needsspace.console.UtteranceMapper;
import org.needsspace.console.Voice;
import org.needsspace.http.ServeMode;
import org.needsspace.http.ServeOptions;

/** {@code java -jar needs-space-skill.jar chat|serve ...}: the local ways to run the skill. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.getenv(), System.out, System.err));
    }

    /**
     * Runs a command. {@code --help} on a command prints that command's usage; a mistake in a command's options
     * prints what was wrong and that command's usage, and exits 2; no command at all is a mistake too.
     */
    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        quietLogging();
        if (args.isEmpty()) {
            err.println("Say which command: chat or serve.");
            err.println(ConsoleOptions.USAGE);
            err.println(ServeOptions.USAGE);
            return 2;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        boolean help = rest.contains("--help") || rest.contains("-h");
        switch (command) {
            case "chat" -> {
                return help ? usage(out, ConsoleOptions.USAGE) : run(() -> chat(ConsoleOptions.parse(rest), environment, out), err, ConsoleOptions.USAGE);
            }
            case "serve" -> {
                return help ? usage(out, ServeOptions.USAGE)
                        : run(() -> serve(ServeOptions.parse(rest, environment), out), err, ServeOptions.USAGE);
            }
            case "help", "--help", "-h" -> {
                out.println(ConsoleOptions.USAGE);
                out.println(ServeOptions.USAGE);
                return 0;
            }
            default -> {
                err.println("Unknown command: " + command);
                err.println(ConsoleOptions.USAGE);
                err.println(ServeOptions.USAGE);
                return 2;
            }
        }
    }

    /** A command's work, which may fail on its options (IllegalArgumentException) or while it runs. */
    private interface Command {
        int run() throws Exception;
    }

    private static int run(Command command, PrintStream err, String usage) {
        try {
            return command.run();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(usage);
            return 2;
        } catch (Exception e) {
            err.println("The command stopped: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream out, String usage) {
        out.println(usage);
        return 0;
    }

    private static int chat(ConsoleOptions options, Map<String, String> environment, PrintStream out)
            throws Exception {
        Wiring wiring = Wiring.forConsole(options.progressFile(), environment);
        try (var store = wiring.store()) {
            return chat(wiring, options, out);
        } finally {
            wiring.catalog().awaitUnderstanding();
        }
    }

    private static int chat(Wiring wiring, ConsoleOptions options, PrintStream out) throws Exception {
        LocalRequests requests = new LocalRequests(LocalRequests.userIdFor(options.user()), LocalRequests.LOCAL_SKILL_ID,
                options.locale());
        ConsoleSession session = new ConsoleSession(wiring.skill(), UtteranceMapper.forLocale(options.locale()), requests);
        Voice voice = options.voice() ? Voice.espeakIfInstalled(out) : Voice.silent();
        ConsoleChat chat = new ConsoleChat(session, out, voice);
        out.println(wiring.storeDescription());
        if (!options.scriptedLines().isEmpty()) {
            chat.runScript(options.scriptedLines());
        } else {
            chat.runInteractive(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
        return 0;
    }

    private static int serve(ServeOptions options, PrintStream out) throws Exception {
        Wiring wiring = Wiring.forServe(options.progress(), options.skillId());
        return ServeMode.run(options, wiring.skill(), wiring.storeDescription(), wiring.store(), out);
    }

    /** The console's own log lines would mix with the conversation: only warnings and errors, on stderr. */
    private static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }
}
