package org.needsspace.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The local conversation: what the user types, what Alexa would say. */
public final class ConsoleChat {

    private static final Set<String> QUIT = Set.of("quit", "/quit", ":q");

    private final ConsoleSession session;
    private final PrintStream out;
    private final Voice voice;

    public ConsoleChat(ConsoleSession session, PrintStream out, Voice voice) {
        this.session = session;
        this.out = out;
        this.voice = voice;
    }

    /** Runs a scripted conversation: a launch, then each line in turn. */
    public void runScript(List<String> lines) {
        show(session.launch());
        for (String line : lines) {
            out.println("You: " + line);
            show(session.say(line));
        }
        session.end();
    }

    /** Runs until the user types quit or closes the input. */
    public void runInteractive(BufferedReader in) throws IOException {
        out.println("Type what you would say to Alexa, and press Enter. Type quit to leave.");
        show(session.launch());
        while (true) {
            out.print("You: ");
            out.flush();
            String line = in.readLine();
            if (line == null || QUIT.contains(line.trim().toLowerCase(Locale.ROOT))) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            show(session.say(line));
        }
        session.end();
        out.println();
    }

    private void show(ConsoleSession.Answer answer) {
        String spoken = SsmlAsText.of(answer.speechSsml());
        out.println("Alexa: " + (spoken.isEmpty() ? "(says nothing)" : spoken));
        if (answer.cardTitle() != null) {
            out.println("       [card: " + answer.cardTitle() + "]");
        }
        out.println(answer.sessionOpen()
                ? "       (listening; heard as " + answer.intentName() + ")"
                : "       (session ended; say something to start a new one)");
        voice.speak(spoken);
    }
}
