package org.needsspace.alexa;

import java.util.stream.Collectors;
import org.needsspace.content.Content;
import org.needsspace.content.Phrase;
import org.needsspace.content.SafetyGuidance;
import org.needsspace.content.SafetyResource;

/** Emergency guidance with the locale's numbers, each read as a telephone number. Changes nothing stored. */
public final class SafetyAnswer {

    public Reply answer(Turn turn) {
        Content content = turn.content();
        SafetyGuidance safety = content.safety();
        Speech speech = turn.speech().text(safety.intro());
        safety.resources().forEach(resource -> speech.ssml(spoken(resource)));
        speech.text(safety.outro()).say(Phrase.SAFETY_ASK);
        String card = safety.resources().stream().map(SafetyResource::display).collect(Collectors.joining("\n"));
        return Reply.ask(speech, turn.speech().say(Phrase.SAFETY_REPROMPT))
                .pending(PendingQuestion.SAFETY_REPEAT)
                .withCard(Speech.plain(content, Phrase.CARD_SAFETY_TITLE), card);
    }

    private static String spoken(SafetyResource resource) {
        String ssml = Speech.escape(resource.spoken()).replace("{number}", telephone(resource.number()));
        return resource.textNumber() == null ? ssml : ssml.replace("{textNumber}", telephone(resource.textNumber()));
    }

    private static String telephone(String number) {
        return "<say-as interpret-as=\"telephone\">" + Speech.escape(number) + "</say-as>";
    }
}
