package org.needsspace.alexa.conversation;

import java.util.List;
import java.util.Optional;
import org.needsspace.alexa.requests.Slots;
import org.needsspace.alexa.turn.PendingQuestion;
import org.needsspace.alexa.turn.Reply;
import org.needsspace.alexa.turn.Turn;
import org.needsspace.content.Phrase;
import org.needsspace.domain.Section;
import org.needsspace.understanding.Meaning;

/**
 * Answers words Alexa could not place in a specific intent (the catch-all's phrase slot, a topic the model does not
 * know): the understanding says what they mean, danger first, and the answer follows from that. Words that mean
 * nothing the skill knows get a kind answer that changes as misses repeat.
 */
public final class FreeTextAnswer {

    static final String FREE_TEXT_SLOT = "Text";
    static final String TOPIC_SLOT = "Topic";
    private static final double SURE_ENOUGH_TO_END = 0.4;

    private final Coach coach;
    private final SafetyAnswer safety;
    private final SelfCareAnswer selfCare;
    private final FeelingAnswer feelings;
    private final NavigationAnswers navigation;
    private final ReminderAnswer reminders;

    public FreeTextAnswer(Coach coach, SafetyAnswer safety, SelfCareAnswer selfCare, FeelingAnswer feelings,
                          NavigationAnswers navigation, ReminderAnswer reminders) {
        this.coach = coach;
        this.safety = safety;
        this.selfCare = selfCare;
        this.feelings = feelings;
        this.navigation = navigation;
        this.reminders = reminders;
    }

    /** The catch-all intent: its one slot holds what the user said. */
    public Reply answer(Turn turn) {
        return respondToSlot(turn, FREE_TEXT_SLOT);
    }

    /** "Tell me about ...": a topic the model resolved is read; any other words are understood as free text. */
    public Reply topic(Turn turn) {
        Optional<Section> resolved = Slots.resolvedId(turn.input(), TOPIC_SLOT).flatMap(turn.content().guide()::topic);
        if (resolved.isPresent()) {
            return coach.read(turn, resolved.get(), turn.speech());
        }
        return respondToSlot(turn, TOPIC_SLOT);
    }

    private Reply respondToSlot(Turn turn, String slot) {
        return Slots.value(turn.input(), slot)
                .map(words -> respondTo(turn, words))
                .orElseGet(() -> notUnderstood(turn));
    }

    public Reply respondTo(Turn turn, String words) {
        if (turn.content().understanding().asksWithoutCalling(words)) {
            return safety.withoutCalling(turn);
        }
        Meaning meaning = turn.content().understanding().interpret(words);
        if (!meaning.is(Meaning.Kind.SAFETY) && turn.pending() == PendingQuestion.WHICH_SECTION) {
            Optional<String> chosen = turn.content().understanding().choose(words, turn.memory().choices());
            if (chosen.isPresent()) {
                return coach.answerFromGuide(turn, chosen.get());
            }
        }
        return act(turn, meaning);
    }

    Reply act(Turn turn, Meaning meaning) {
        return switch (meaning.kind()) {
            case SAFETY -> safety.answer(turn);
            case HEADLINE, SECTION -> meaning.alternative().isPresent()
                    ? askWhich(turn, meaning.label(), meaning.alternative().get())
                    : withFeelingAcknowledged(turn, meaning, coach.answerFromGuide(turn, meaning.label()));
            case FEELING -> turn.content().feelings().containsKey(meaning.value())
                    ? feelings.answer(turn, meaning.value()) : notUnderstood(turn);
            case SELF_CARE -> selfCare.answer(turn, SelfCareAnswer.kindMeant(meaning).orElse(null));
            case NAVIGATION -> navigation.answer(turn, meaning.value());
            case SOCIAL -> social(turn, meaning);
            case REMINDER -> reminder(turn, meaning);
            case NOT_UNDERSTOOD -> notUnderstood(turn);
        };
    }

    /**
     * Never "I can't help with that": what the skill can do, in changing words; after a second miss in a row the
     * list of steps is offered, after a third, help and a way to the safety numbers. The session stays open.
     */
    public Reply notUnderstood(Turn turn) {
        int misses = turn.memory().missesInARow();
        Phrase phrase = misses == 0 ? Phrase.NOT_UNDERSTOOD_FIRST
                : misses == 1 ? Phrase.NOT_UNDERSTOOD_SECOND : Phrase.NOT_UNDERSTOOD_THIRD;
        PendingQuestion pending = misses == 0 ? PendingQuestion.NONE
                : misses == 1 ? PendingQuestion.STEPS_OFFER : PendingQuestion.BEGIN;
        return Reply.ask(turn.speech().sayWording(phrase, turn.wording(phrase)),
                        turn.speech().say(Phrase.NOT_UNDERSTOOD_REPROMPT))
                .pending(pending)
                .markedNotUnderstood();
    }

    private Reply withFeelingAcknowledged(Turn turn, Meaning meaning, Reply answer) {
        return meaning.feeling()
                .filter(turn.content().feelings()::containsKey)
                .map(feeling -> answer.withSpeechBefore(feelings.acknowledgement(turn, feeling)))
                .orElse(answer);
    }

    /** @param first the label of a meaning answered from the guide ("section:active-listening", "headline") */
    private Reply askWhich(Turn turn, String first, String second) {
        String firstSummary = turn.content().summaryOf(first);
        String secondSummary = turn.content().summaryOf(second);
        turn.memory().rememberChoices(List.of(first, second));
        return Reply.ask(turn.speech().say(Phrase.WHICH_SECTION, "first", firstSummary, "second", secondSummary),
                        turn.speech().say(Phrase.WHICH_SECTION_REPROMPT, "first", firstSummary, "second", secondSummary))
                .pending(PendingQuestion.WHICH_SECTION);
    }

    /** The daily reminder asked for in the user's own words: a time is asked for, as after "set a reminder". */
    private Reply reminder(Turn turn, Meaning meaning) {
        return switch (meaning.value()) {
            case "set" -> reminders.set(turn);
            case "when" -> reminders.when(turn);
            case "cancel" -> reminders.cancel(turn);
            default -> notUnderstood(turn);
        };
    }

    /** Goodbye ends the session, so words that only might mean it keep the conversation going instead. */
    private Reply social(Turn turn, Meaning meaning) {
        return switch (meaning.value()) {
            case "thanks" -> coach.thanks(turn);
            case "goodbye" -> meaning.confidence() >= SURE_ENOUGH_TO_END ? coach.goodbye(turn) : notUnderstood(turn);
            case "hello" -> coach.hello(turn);
            case "set-aside" -> turn.pending().followsSafetyGuidance() ? safety.setAside(turn)
                    : coach.answer(turn, Phrase.CONTINUE_DECLINED, Phrase.MENU_REPROMPT);
            default -> notUnderstood(turn);
        };
    }
}
