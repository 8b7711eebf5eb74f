package org.needsspace.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.needsspace.console.ConsoleChat;
import org.needsspace.console.ConsoleOptions;
import org.needsspace.console.ConsoleSession;
import org.needsspace.console.LocalRequests;
import org.needsspace.console.UtteranceMapper;
import org.needsspace.console.Voice;

/** {@code java -jar needs-space-skill.jar chat ...}: the local ways to run the skill. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args)));
    }

    static int run(List<String> args) {
        quietLogging();
        String command = args.isEmpty() ? "help" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            switch (command) {
                case "chat" -> {
                    return chat(ConsoleOptions.parse(rest));
                }
                case "help", "--help", "-h" -> {
                    System.out.println(ConsoleOptions.USAGE);
                    return 0;
                }
                default -> {
                    System.err.println("Unknown command: " + command);
                    System.err.println(ConsoleOptions.USAGE);
                    return 2;
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ConsoleOptions.USAGE);
            return 2;
        } catch (Exception e) {
            System.err.println("The console stopped: " + e.getMessage());
            return 1;
        }
    }

    private static int chat(ConsoleOptions options) throws Exception {
        Wiring wiring = Wiring.forConsole(options.progressFile(), System.getenv());
        LocalRequests requests = new LocalRequests(LocalRequests.userIdFor(options.user()), LocalRequests.LOCAL_SKILL_ID);
        ConsoleSession session = new ConsoleSession(wiring.skill(), UtteranceMapper.forLocale("en-US"), requests);
        Voice voice = options.voice() ? Voice.espeakIfInstalled(System.out) : Voice.silent();
        ConsoleChat chat = new ConsoleChat(session, System.out, voice);
        System.out.println(wiring.storeDescription());
        if (!options.scriptedLines().isEmpty()) {
            chat.runScript(options.scriptedLines());
        } else {
            chat.runInteractive(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
        return 0;
    }

    /** The console's own log lines would mix with the conversation: only warnings and errors, on stderr. */
    private static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }
}
