package org.needsspace.alexa.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.needsspace.alexa.screen.Screen;
import org.needsspace.alexa.turn.PendingQuestion;
import org.needsspace.alexa.turn.Reply;
import org.needsspace.alexa.turn.RequestRecord;
import org.needsspace.alexa.turn.Speech;
import org.needsspace.alexa.turn.Turn;
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
        return withCard(turn, Reply.ask(speech, turn.speech().say(Phrase.SAFETY_REPROMPT)), turn.content().safety().resources());
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
        return withCard(turn, Reply.ask(speech, turn.speech().say(Phrase.SAFETY_REPROMPT)), turn.content().safety().resources());
    }

    /**
     * For someone who cannot be heard calling: the ways to reach help without speaking (text, chat, an app), then
     * the emergency number for when calling is possible.
     */
    public Reply withoutCalling(Turn turn) {
        SafetyGuidance safety = turn.content().safety();
        List<SafetyResource> ways = new ArrayList<>(safety.withoutCalling());
        ways.add(safety.resources().get(0));
        Speech speech = turn.speech().say(Phrase.SAFETY_WITHOUT_CALLING);
        ways.forEach(resource -> speech.ssml(spoken(resource)));
        speech.say(Phrase.SAFETY_ASK);
        return withCard(turn, Reply.ask(speech, turn.speech().say(Phrase.SAFETY_REPROMPT)), ways)
                .pending(PendingQuestion.WITHOUT_CALLING_REPEAT);
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

    /** The numbers said, on the card too, and the safety screen; the question asked is whether to say them again. */
    private static Reply withCard(Turn turn, Reply reply, List<SafetyResource> said) {
        RequestRecord.noteOutcome(RequestRecord.Outcome.SAFETY);
        String card = said.stream().map(SafetyResource::display).collect(Collectors.joining("\n"));
        return reply.pending(PendingQuestion.SAFETY_REPEAT)
                .withCard(Speech.plain(turn.content(), Phrase.CARD_SAFETY_TITLE), card).withScreen(Screen.safety());
    }

    private static String spoken(SafetyResource resource) {
        String ssml = Speech.escape(resource.spoken()).replace("{number}", number(resource, resource.number()));
        return resource.textNumber() == null ? ssml
                : ssml.replace("{textNumber}", number(resource, resource.textNumber()));
    }

    private static String number(SafetyResource resource, String number) {
        return PhoneNumberSsml.ssml(number, resource.sayAs(), resource.groupWords());
    }
}
