package org.needsspace.console;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.needsspace.content.ContentCatalog;

/**
 * The console's command line: {@code chat [--user NAME] [--say TEXT]... [--voice] [--progress-file PATH]
 * [--locale LOCALE]}.
 */
public record ConsoleOptions(String user, List<String> scriptedLines, boolean voice, Path progressFile, String locale) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar needs-space-skill.jar chat [options]",
            "  --user NAME           who is talking (default: me); the same name resumes where that user left off",
            "  --say TEXT            say TEXT, then the next --say, and exit (no prompt); repeatable",
            "  --voice               also speak answers aloud with espeak-ng, when it is installed",
            "  --progress-file PATH  where the console keeps progress (default: ~/.needs-space/progress.json)",
            "  --locale LOCALE       the skill of that country, with its model: " + String.join(", ",
                    ContentCatalog.supportedLocales()) + " (default: en-US)",
            "With PROGRESS_TABLE_NAME set, progress is kept in that DynamoDB table instead (AWS_REGION, credentials",
            "and AWS_ENDPOINT_URL_DYNAMODB as usual for the AWS SDK).");

    public static ConsoleOptions parse(List<String> args) {
        String user = "me";
        List<String> lines = new ArrayList<>();
        boolean voice = false;
        Path progressFile = Path.of(System.getProperty("user.home"), ".needs-space", "progress.json");
        String locale = ContentCatalog.DEFAULT_LOCALE;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--user" -> user = valueAfter(args, i++, arg);
                case "--say" -> lines.add(valueAfter(args, i++, arg));
                case "--voice" -> voice = true;
                case "--progress-file" -> progressFile = Path.of(valueAfter(args, i++, arg));
                case "--locale" -> locale = valueAfter(args, i++, arg);
                default -> throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        if (!user.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("A user name is 1 to 64 letters, digits, dots, dashes or underscores");
        }
        if (!ContentCatalog.supportedLocales().contains(locale)) {
            throw new IllegalArgumentException("The skill speaks " + String.join(", ", ContentCatalog.supportedLocales()));
        }
        return new ConsoleOptions(user, List.copyOf(lines), voice, progressFile, locale);
    }

    private static String valueAfter(List<String> args, int index, String option) {
        if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index + 1);
    }
}
