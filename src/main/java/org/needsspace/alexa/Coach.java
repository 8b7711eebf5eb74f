package org.needsspace.alexa;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.needsspace.content.Content;
import org.needsspace.content.Phrase;
import org.needsspace.domain.Guide;
import org.needsspace.domain.Progress;
import org.needsspace.domain.Section;
import org.needsspace.domain.Step;

/**
 * The walk through the guide: reading a section and offering the next, starting, resuming and moving about.
 * Each method answers one thing the user asked, as a {@link Reply}.
 */
public final class Coach {

    public Reply launch(Turn turn) {
        Progress progress = turn.progress();
        if (!progress.visited()) {
            Speech speech = turn.speech().say(Phrase.WELCOME_FIRST, "disclaimer", turn.content().disclaimer());
            return Reply.ask(speech, turn.speech().say(Phrase.WELCOME_FIRST_REPROMPT))
                    .pending(PendingQuestion.BEGIN)
                    .withProgress(progress.visitedAt(turn.now()));
        }
        if (progress.hasStarted()) {
            return offerResume(turn);
        }
        return Reply.ask(turn.speech().say(Phrase.WELCOME_BACK_FRESH), turn.speech().say(Phrase.WELCOME_FIRST_REPROMPT))
                .pending(PendingQuestion.BEGIN);
    }

    /** The headline question: a returning user is offered their place; anyone else starts at step one. */
    public Reply needsSpace(Turn turn) {
        return turn.progress().hasStarted() ? offerResume(turn) : begin(turn);
    }

    /** A short overview, then step one, section one (with the disclaimer for someone who never launched). */
    public Reply begin(Turn turn) {
        Progress progress = turn.progress();
        Speech lead = turn.speech();
        if (!progress.visited()) {
            lead.text(turn.content().disclaimer());
        }
        lead.say(Phrase.HEADLINE_OVERVIEW).pause();
        Reply reply = read(turn, turn.content().guide().firstSection(), lead);
        return reply.withProgress(reply.progress().visitedAt(turn.now()));
    }

    public Reply offerResume(Turn turn) {
        Section section = currentSection(turn).orElseThrow();
        Step step = turn.content().guide().stepOf(section);
        Speech speech = turn.speech().say(Phrase.WELCOME_BACK_RESUME, "stepWord", word(turn, step.number()),
                "stepTitle", step.title(), "sectionTitle", section.title());
        return Reply.ask(speech, turn.speech().say(Phrase.RESUME_REPROMPT, "sectionTitle", section.title()))
                .pending(PendingQuestion.RESUME);
    }

    /** "How do I practice active listening?": the step or section the Topic slot resolved to. */
    public Reply topic(Turn turn) {
        return topic(turn, Slots.resolvedId(turn.input(), "Topic"));
    }

    public Reply topic(Turn turn, Optional<String> topicId) {
        Optional<Section> section = topicId.flatMap(turn.content().guide()::topic);
        if (section.isEmpty()) {
            return Reply.ask(turn.speech().say(Phrase.TOPIC_UNKNOWN), turn.speech().say(Phrase.TOPIC_UNKNOWN_REPROMPT));
        }
        return read(turn, section.get(), turn.speech());
    }

    /** "Go to step three", "the fourth step": read from AMAZON.NUMBER or AMAZON.ORDINAL. */
    public Reply goToStep(Turn turn) {
        List<String> heard = Arrays.asList(Slots.value(turn.input(), "StepNumber").orElse(null),
                Slots.value(turn.input(), "StepOrdinal").orElse(null));
        return goToStep(turn, StepChoice.from(heard, turn.content().numberWords()));
    }

    public Reply goToStep(Turn turn, StepChoice choice) {
        if (choice.isMissing()) {
            return Reply.ask(turn.speech().say(Phrase.STEP_MISSING), turn.speech().say(Phrase.STEP_REPROMPT));
        }
        Optional<Step> step = choice.number().flatMap(turn.content().guide()::step);
        if (step.isEmpty()) {
            Speech speech = turn.speech().say(Phrase.STEP_OUT_OF_RANGE, "number", choice.spoken());
            return Reply.ask(speech, turn.speech().say(Phrase.STEP_REPROMPT));
        }
        return read(turn, step.get().firstSection(), turn.speech());
    }

    public Reply next(Turn turn) {
        Optional<Section> current = currentSection(turn);
        if (current.isEmpty()) {
            return read(turn, turn.content().guide().firstSection(), turn.speech());
        }
        Optional<Section> next = turn.content().guide().after(current.get());
        if (next.isEmpty()) {
            return Reply.ask(turn.speech().say(Phrase.NEXT_AT_END), turn.speech().say(Phrase.SECTION_LAST_REPROMPT))
                    .pending(PendingQuestion.SELF_CARE_OFFER);
        }
        return read(turn, next.get(), turn.speech());
    }

    public Reply previous(Turn turn) {
        Guide guide = turn.content().guide();
        Optional<Section> before = currentSection(turn).flatMap(guide::before);
        if (before.isEmpty()) {
            return read(turn, guide.firstSection(), turn.speech().say(Phrase.PREVIOUS_AT_START));
        }
        return read(turn, before.get(), turn.speech());
    }

    public Reply repeat(Turn turn) {
        Optional<String> lastSpeech = turn.lastSpeech();
        Optional<String> lastReprompt = turn.lastReprompt();
        if (lastSpeech.isPresent() && lastReprompt.isPresent()) {
            return new Reply(lastSpeech.get(), lastReprompt.get(), null, null, turn.pending(), null, false);
        }
        return currentSection(turn)
                .map(section -> read(turn, section, turn.speech()))
                .orElseGet(() -> menu(turn));
    }

    public Reply startOver(Turn turn) {
        return read(turn, turn.content().guide().firstSection(), turn.speech());
    }

    public Reply resume(Turn turn) {
        return currentSection(turn)
                .map(section -> read(turn, section, turn.speech()))
                .orElseGet(() -> Reply.ask(turn.speech().say(Phrase.RESUME_NOTHING_SAVED),
                        turn.speech().say(Phrase.WELCOME_FIRST_REPROMPT)).pending(PendingQuestion.BEGIN));
    }

    public Reply whereAmI(Turn turn) {
        Optional<Section> current = currentSection(turn);
        if (current.isEmpty()) {
            return Reply.ask(turn.speech().say(Phrase.WHERE_AM_I_NOT_STARTED),
                    turn.speech().say(Phrase.WELCOME_FIRST_REPROMPT)).pending(PendingQuestion.BEGIN);
        }
        Section section = current.get();
        Step step = turn.content().guide().stepOf(section);
        Speech lead = turn.speech().say(Phrase.WHERE_AM_I_IN_GUIDE, "stepWord", word(turn, step.number()),
                "stepTitle", step.title(), "sectionTitle", section.title());
        return offerWhatComesAfter(turn, section, lead);
    }

    public Reply listSteps(Turn turn) {
        Speech speech = turn.speech().text(turn.content().stepsOverview()).say(Phrase.STEPS_OVERVIEW_ASK);
        return Reply.ask(speech, turn.speech().say(Phrase.STEPS_OVERVIEW_REPROMPT)).pending(PendingQuestion.BEGIN);
    }

    /** After a self-care prompt the user said no to another: back to the guide where they are. */
    public Reply backToGuide(Turn turn) {
        Optional<Section> current = currentSection(turn);
        if (current.isEmpty()) {
            return Reply.ask(turn.speech().say(Phrase.WHERE_AM_I_NOT_STARTED),
                    turn.speech().say(Phrase.WELCOME_FIRST_REPROMPT)).pending(PendingQuestion.BEGIN);
        }
        Optional<Section> next = turn.content().guide().after(current.get());
        if (next.isEmpty()) {
            return menu(turn);
        }
        String title = next.get().title();
        return Reply.ask(turn.speech().say(Phrase.SELF_CARE_BACK_TO_GUIDE, "sectionTitle", title),
                turn.speech().say(Phrase.SELF_CARE_BACK_TO_GUIDE_REPROMPT, "sectionTitle", title))
                .pending(PendingQuestion.CONTINUE);
    }

    public Reply menu(Turn turn) {
        return Reply.ask(turn.speech().say(Phrase.MENU), turn.speech().say(Phrase.MENU_REPROMPT));
    }

    public Reply answer(Turn turn, Phrase phrase, Phrase reprompt) {
        return Reply.ask(turn.speech().say(phrase), turn.speech().say(reprompt));
    }

    /** What the skill can do, when Alexa matched nothing the skill knows. */
    public Reply fallback(Turn turn) {
        return answer(turn, Phrase.FALLBACK, Phrase.FALLBACK_REPROMPT);
    }

    public Reply home(Turn turn) {
        return answer(turn, Phrase.HOME, Phrase.MENU_REPROMPT);
    }

    /** Stop and Cancel: a short goodbye; the place was saved as it moved (or is saved now, if a save is owed). */
    public Reply goodbye(Turn turn) {
        return Reply.tell(turn.speech().say(Phrase.GOODBYE));
    }

    /** "Forget me": nothing is deleted until the user says yes. */
    public Reply confirmForget(Turn turn) {
        return answer(turn, Phrase.FORGET_CONFIRM, Phrase.FORGET_CONFIRM_REPROMPT).pending(PendingQuestion.FORGET);
    }

    public Reply help(Turn turn) {
        Speech speech = currentSection(turn)
                .map(section -> turn.speech().say(Phrase.HELP_IN_GUIDE, "sectionTitle", section.title()))
                .orElseGet(() -> turn.speech().say(Phrase.HELP_NOT_STARTED));
        return Reply.ask(speech, turn.speech().say(Phrase.HELP_REPROMPT));
    }

    /** Reads one section, moves the user's place there, and says what comes next. */
    public Reply read(Turn turn, Section section, Speech lead) {
        Step step = turn.content().guide().stepOf(section);
        lead.say(Phrase.SECTION_HEADING, "stepWord", word(turn, step.number()), "stepTitle", step.title(),
                        "sectionTitle", section.title())
                .pause()
                .text(section.text())
                .pause();
        String cardTitle = Speech.plain(turn.content(), Phrase.CARD_SECTION_TITLE,
                "stepNumber", Integer.toString(step.number()), "stepTitle", step.title(), "sectionTitle", section.title());
        return offerWhatComesAfter(turn, section, lead)
                .withCard(cardTitle, section.text())
                .withProgress(turn.progress().movedTo(section, turn.now()));
    }

    private Reply offerWhatComesAfter(Turn turn, Section section, Speech lead) {
        Guide guide = turn.content().guide();
        Optional<Section> next = guide.after(section);
        if (next.isEmpty()) {
            lead.say(Phrase.SECTION_LAST);
            return Reply.ask(lead, turn.speech().say(Phrase.SECTION_LAST_REPROMPT)).pending(PendingQuestion.SELF_CARE_OFFER);
        }
        Step nextStep = guide.stepOf(next.get());
        if (nextStep.equals(guide.stepOf(section))) {
            lead.say(Phrase.SECTION_NEXT_SAME_STEP, "sectionTitle", next.get().title());
        } else {
            lead.say(Phrase.SECTION_NEXT_NEW_STEP, "stepWord", word(turn, nextStep.number()), "stepTitle", nextStep.title());
        }
        Speech reprompt = turn.speech().say(Phrase.SECTION_NEXT_REPROMPT, "sectionTitle", next.get().title());
        return Reply.ask(lead, reprompt).pending(PendingQuestion.CONTINUE);
    }

    private static Optional<Section> currentSection(Turn turn) {
        String sectionId = turn.progress().sectionId();
        return sectionId == null ? Optional.empty() : turn.content().guide().section(sectionId);
    }

    private static String word(Turn turn, int number) {
        return turn.content().numberWord(number);
    }
}
