package org.needsspace.alexa.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.needsspace.alexa.requests.Slots;
import org.needsspace.alexa.requests.StepChoice;
import org.needsspace.alexa.screen.Screen;
import org.needsspace.alexa.turn.PendingQuestion;
import org.needsspace.alexa.turn.Reply;
import org.needsspace.alexa.turn.Speech;
import org.needsspace.alexa.turn.Turn;
import org.needsspace.content.Phrase;
import org.needsspace.domain.Guide;
import org.needsspace.domain.Progress;
import org.needsspace.domain.Section;
import org.needsspace.domain.Step;
import org.needsspace.understanding.Meaning;

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

    /**
     * The headline question. Someone who has not started hears the overview and step one; a returning user
     * starting a session is offered their place; asked again in the same session, it gets the overview and where
     * they are, never a welcome.
     */
    public Reply needsSpace(Turn turn) {
        if (!turn.progress().hasStarted()) {
            return begin(turn);
        }
        if (turn.isNewSession()) {
            return offerResume(turn);
        }
        Section section = currentSection(turn).orElseThrow();
        Step step = turn.content().guide().stepOf(section);
        Speech speech = turn.speech().say(Phrase.HEADLINE_OVERVIEW).say(Phrase.HEADLINE_IN_SESSION,
                "stepWord", word(turn, step.number()), "stepTitle", step.title(), "sectionTitle", section.title());
        return Reply.ask(speech, turn.speech().say(Phrase.HEADLINE_IN_SESSION_REPROMPT, "sectionTitle", section.title()))
                .pending(PendingQuestion.RESUME);
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
                    .pending(PendingQuestion.SELF_CARE_OFFER)
                    .withScreen(Screen.end());
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
            return Reply.ask(lastSpeech.get(), lastReprompt.get()).pending(turn.pending());
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
        return Reply.ask(speech, turn.speech().say(Phrase.STEPS_OVERVIEW_REPROMPT)).pending(PendingQuestion.BEGIN)
                .withScreen(Screen.steps(turn.progress().sectionId()));
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

    /** "Thank you": a warm word, then the way on from where the user is. */
    public Reply thanks(Turn turn) {
        Speech speech = turn.speech().sayWording(Phrase.THANKS, turn.wording(Phrase.THANKS));
        if (!turn.progress().hasStarted()) {
            return Reply.ask(speech.say(Phrase.THANKS_NOT_STARTED), turn.speech().say(Phrase.WELCOME_FIRST_REPROMPT))
                    .pending(PendingQuestion.BEGIN);
        }
        Optional<Section> next = currentSection(turn).flatMap(turn.content().guide()::after);
        if (next.isEmpty()) {
            return Reply.ask(speech.say(Phrase.SECTION_LAST_REPROMPT), turn.speech().say(Phrase.SECTION_LAST_REPROMPT))
                    .pending(PendingQuestion.SELF_CARE_OFFER);
        }
        String title = next.get().title();
        return Reply.ask(speech.say(Phrase.THANKS_IN_GUIDE, "sectionTitle", title),
                        turn.speech().say(Phrase.SECTION_NEXT_REPROMPT, "sectionTitle", title))
                .pending(PendingQuestion.CONTINUE);
    }

    public Reply hello(Turn turn) {
        return Reply.ask(turn.speech().sayWording(Phrase.HELLO, turn.wording(Phrase.HELLO)),
                turn.speech().say(Phrase.HELLO_REPROMPT));
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

    /**
     * A meaning answered from the guide, by its label: "headline" gives the overview, "section:active-listening"
     * reads that section; anything else gets the menu.
     */
    public Reply answerFromGuide(Turn turn, String label) {
        Optional<Meaning> meaning = Meaning.fromLabel(label);
        if (meaning.filter(m -> m.is(Meaning.Kind.HEADLINE)).isPresent()) {
            return needsSpace(turn);
        }
        return meaning.filter(m -> m.is(Meaning.Kind.SECTION))
                .flatMap(section -> turn.content().guide().section(section.value()))
                .map(section -> read(turn, section, turn.speech()))
                .orElseGet(() -> menu(turn));
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
                .withScreen(Screen.section(section.id()))
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
