package org.needsspace.alexa;

import java.util.stream.Collectors;
import org.needsspace.alexa.screen.Screen;
import org.needsspace.content.Content;
import org.needsspace.content.Phrase;
import org.needsspace.content.SafetyGuidance;
import org.needsspace.content.SafetyResource;

/** Emergency guidance with the locale's numbers, each read as people there say it. Changes nothing stored. */
public final class SafetyAnswer {

    public Reply answer(Turn turn) {
        SafetyGuidance safety = turn.content().safety();
        Speech speech = turn.speech().text(safety.intro());
        addNumbers(safety, speech);
        speech.text(safety.outro()).say(Phrase.SAFETY_ASK);
        return withCard(turn, Reply.ask(speech, turn.speech().say(Phrase.SAFETY_REPROMPT)));
    }

    /**
     * "Say those numbers again": the numbers only, not the whole guidance; after the ways to reach help without
     * calling, those ways again.
     */
    public Reply numbers(Turn turn) {
        if (turn.pending() == PendingQuestion.WITHOUT_CALLING_REPEAT) {
            return withoutCalling(turn);
        }
        Speech speech = turn.speech().say(Phrase.SAFETY_NUMBERS_AGAIN);
        addNumbers(turn.content().safety(), speech);
        speech.say(Phrase.SAFETY_ASK);
        return withCard(turn, Reply.ask(speech, turn.speech().say(Phrase.SAFETY_REPROMPT)));
    }

    /**
     * For someone who cannot be heard calling: the ways to reach help without speaking (text, chat, an app), then
     * the emergency number for when calling is possible.
     */
    public Reply withoutCalling(Turn turn) {
        SafetyGuidance safety = turn.content().safety();
        Speech speech = turn.speech().say(Phrase.SAFETY_WITHOUT_CALLING);
        safety.withoutCalling().forEach(resource -> speech.ssml(spoken(resource)));
        speech.ssml(spoken(safety.resources().get(0))).say(Phrase.SAFETY_ASK);
        RequestRecord.noteOutcome(RequestRecord.Outcome.SAFETY);
        String card = safety.withoutCalling().stream().map(SafetyResource::display).collect(Collectors.joining("\n"))
                + "\n" + safety.resources().get(0).display();
        return Reply.ask(speech, turn.speech().say(Phrase.SAFETY_REPROMPT)).pending(PendingQuestion.WITHOUT_CALLING_REPEAT)
                .withCard(Speech.plain(turn.content(), Phrase.CARD_SAFETY_TITLE), card).withScreen(Screen.safety());
    }

    /**
     * Right after the safety guidance, "forget I said anything" or "I'm probably overreacting": no judgement, the
     * person's choice respected, and one reminder that the numbers are there.
     */
    public Reply setAside(Turn turn) {
        return Reply.ask(turn.speech().say(Phrase.SAFETY_SET_ASIDE), turn.speech().say(Phrase.MENU_REPROMPT))
                .pending(PendingQuestion.NONE);
    }

    private static void addNumbers(SafetyGuidance safety, Speech speech) {
        safety.resources().forEach(resource -> speech.ssml(spoken(resource)));
    }

    private static Reply withCard(Turn turn, Reply reply) {
        RequestRecord.noteOutcome(RequestRecord.Outcome.SAFETY);
        Content content = turn.content();
        String card = content.safety().resources().stream().map(SafetyResource::display).collect(Collectors.joining("\n"));
        return reply.pending(PendingQuestion.SAFETY_REPEAT).withCard(Speech.plain(content, Phrase.CARD_SAFETY_TITLE), card)
                .withScreen(Screen.safety());
    }

    private static String spoken(SafetyResource resource) {
        String ssml = Speech.escape(resource.spoken()).replace("{number}", number(resource, resource.number()));
        return resource.textNumber() == null ? ssml
                : ssml.replace("{textNumber}", number(resource, resource.textNumber()));
    }

    private static String number(SafetyResource resource, String number) {
        return SpokenNumber.ssml(number, resource.sayAs(), resource.groupWords());
    }
}
