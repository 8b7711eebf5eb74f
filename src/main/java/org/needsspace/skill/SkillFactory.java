package org.needsspace.skill;

import static org.needsspace.alexa.handlers.AnswerHandler.forIntent;
import static org.needsspace.alexa.handlers.AnswerHandler.forRequest;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import java.util.List;
import java.util.Optional;
import org.needsspace.alexa.conversation.Answers;
import org.needsspace.alexa.conversation.Coach;
import org.needsspace.alexa.conversation.DangerInWords;
import org.needsspace.alexa.conversation.FreeTextAnswer;
import org.needsspace.alexa.conversation.NavigationAnswers;
import org.needsspace.alexa.conversation.ReminderAnswer;
import org.needsspace.alexa.conversation.SafetyAnswer;
import org.needsspace.alexa.conversation.SelfCareAnswer;
import org.needsspace.alexa.conversation.YesNoAnswers;
import org.needsspace.alexa.handlers.AnswerHandler;
import org.needsspace.alexa.handlers.CanFulfillIntentHandler;
import org.needsspace.alexa.handlers.ErrorHandler;
import org.needsspace.alexa.handlers.ExceptionEncounteredHandler;
import org.needsspace.alexa.handlers.SessionEndedHandler;
import org.needsspace.alexa.handlers.SkillDisabledHandler;
import org.needsspace.alexa.handlers.SkillEventsHandler;
import org.needsspace.alexa.handlers.UnhandledRequestHandler;
import org.needsspace.alexa.turn.RequestRecord;
import org.needsspace.alexa.turn.SessionAttributesBudget;
import org.needsspace.alexa.turn.Turns;
import org.needsspace.content.ContentCatalog;

/** Wires the handlers in order (the first whose canHandle is true answers; the catch-all is last). */
public final class SkillFactory {

    private SkillFactory() {
    }

    /**
     * @param skillId when present, requests for any other skill are refused; an empty id is never configured,
     *                since the SDK would then refuse every request
     */
    public static CustomSkill create(Turns turns, ContentCatalog catalog, Optional<String> skillId) {
        return create(turns, catalog, skillId, new Answers());
    }

    private static CustomSkill finish(AddressedRequestsOnlySkill.Builder builder, ContentCatalog catalog,
            Optional<String> skillId) {
        builder.addExceptionHandler(new ErrorHandler(catalog));
        builder.addRequestInterceptor(new RequestInterceptor() {
            @Override
            public void process(HandlerInput input) {
                RequestRecord.noteRequest(input.getRequestEnvelope());
            }
        });
        builder.addResponseInterceptor(new SessionAttributesBudget());
        skillId.filter(id -> !id.isBlank()).ifPresent(builder::withSkillId);
        return builder.buildSkill();
    }

    /** In the order they are asked; the last one takes whatever the others leave. */
    static List<RequestHandler> requestHandlers(Turns turns, ContentCatalog catalog) {
        return requestHandlers(turns, catalog, new Answers());
    }

    /** With the given answers, such as ones calling Alexa's APIs through a client a test controls. */
    public static CustomSkill create(Turns turns, ContentCatalog catalog, Optional<String> skillId, Answers answers) {
        AddressedRequestsOnlySkill.Builder builder = new AddressedRequestsOnlySkill.Builder();
        requestHandlers(turns, catalog, answers).forEach(builder::addRequestHandler);
        return finish(builder, catalog, skillId);
    }

    static List<RequestHandler> requestHandlers(Turns turns, ContentCatalog catalog, Answers answers) {
        ReminderAnswer reminders = answers.reminders();
        Coach coach = answers.coach();
        SelfCareAnswer selfCare = answers.selfCare();
        SafetyAnswer safety = answers.safety();
        YesNoAnswers yesNo = answers.yesNo();
        NavigationAnswers navigation = answers.navigation();
        FreeTextAnswer freeText = answers.freeText();
        return List.of(
                // First: a nameless intent would make every intentName predicate below throw.
                new AnswerHandler("IntentRequest without a name", SkillFactory::isNamelessIntent, turns,
                        freeText::notUnderstood),
                forIntent("SafetyIntent", turns, safety::answer),
                // Before any other intent: danger in any slot value is answered with the safety guidance.
                new AnswerHandler("Danger in what was said", input -> DangerInWords.in(input, catalog), turns,
                        safety::answer),
                forRequest(LaunchRequest.class, turns, coach::launch),
                forIntent("NeedsSpaceIntent", turns, coach::needsSpace),
                forIntent("TopicIntent", turns, freeText::topic),
                forIntent("FreeTextIntent", turns, freeText::answer),
                forIntent("GoToStepIntent", turns, coach::goToStep),
                forIntent("AMAZON.NextIntent", turns, coach::next),
                forIntent("AMAZON.PreviousIntent", turns, coach::previous),
                forIntent("AMAZON.RepeatIntent", turns, navigation::repeat),
                forIntent("AMAZON.StartOverIntent", turns, coach::startOver),
                forIntent("AMAZON.ResumeIntent", turns, coach::resume),
                forIntent("WhereAmIIntent", turns, coach::whereAmI),
                forIntent("ListStepsIntent", turns, coach::listSteps),
                forIntent("SelfCareIntent", turns, selfCare::answer),
                forIntent("AMAZON.YesIntent", turns, yesNo::yes),
                forIntent("AMAZON.NoIntent", turns, yesNo::no),
                forIntent("ForgetMeIntent", turns, coach::confirmForget),
                forIntent("SetReminderIntent", turns, reminders::set),
                forIntent("ChangeReminderIntent", turns, reminders::set),
                forIntent("ReminderTimeIntent", turns, reminders::when),
                forIntent("CancelReminderIntent", turns, reminders::cancel),
                forIntent("TimeOfDayIntent", turns, turn -> reminders.timeGiven(turn, freeText)),
                new AnswerHandler("Connections.Response to AskFor",
                        input -> ReminderAnswer.isPermissionAnswer(input.getRequestEnvelope()), turns,
                        reminders::permissionAnswered),
                forIntent("AMAZON.HelpIntent", turns, coach::help),
                forIntent("AMAZON.StopIntent", turns, coach::goodbye),
                forIntent("AMAZON.CancelIntent", turns, coach::goodbye),
                forIntent("AMAZON.NavigateHomeIntent", turns, coach::home),
                forIntent("AMAZON.FallbackIntent", turns, freeText::notUnderstood),
                // A touch on a screen: the same calls as the spoken request.
                forRequest(UserEvent.class, turns, answers.touch()::answer),
                new ExceptionEncounteredHandler(),
                new CanFulfillIntentHandler(catalog),
                new SkillEventsHandler(),
                new SkillDisabledHandler(turns),
                new SessionEndedHandler(turns),
                new UnhandledRequestHandler(turns, freeText));
    }

    private static boolean isNamelessIntent(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof IntentRequest request
                && (request.getIntent() == null || request.getIntent().getName() == null);
    }
}
