package org.needsspace.alexa;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.builder.CustomSkillBuilder;
import java.util.Optional;
import org.needsspace.alexa.handlers.ErrorHandler;
import org.needsspace.alexa.handlers.GoToStepHandler;
import org.needsspace.alexa.handlers.IntentAnswerHandler;
import org.needsspace.alexa.handlers.LaunchHandler;
import org.needsspace.alexa.handlers.NoHandler;
import org.needsspace.alexa.handlers.SessionEndedHandler;
import org.needsspace.alexa.handlers.SkillDisabledHandler;
import org.needsspace.alexa.handlers.TopicHandler;
import org.needsspace.alexa.handlers.UnhandledRequestHandler;
import org.needsspace.alexa.handlers.YesHandler;
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
        Coach coach = new Coach();
        SelfCareAnswer selfCare = new SelfCareAnswer();
        SafetyAnswer safety = new SafetyAnswer();
        CustomSkillBuilder builder = new CustomSkillBuilder();
        builder.addRequestHandlers(
                new IntentAnswerHandler("SafetyIntent", turns, safety::answer),
                new LaunchHandler(turns, coach),
                new IntentAnswerHandler("NeedsSpaceIntent", turns, coach::needsSpace),
                new TopicHandler(turns, coach),
                new GoToStepHandler(turns, coach),
                new IntentAnswerHandler("AMAZON.NextIntent", turns, coach::next),
                new IntentAnswerHandler("AMAZON.PreviousIntent", turns, coach::previous),
                new IntentAnswerHandler("AMAZON.RepeatIntent", turns, coach::repeat),
                new IntentAnswerHandler("AMAZON.StartOverIntent", turns, coach::startOver),
                new IntentAnswerHandler("AMAZON.ResumeIntent", turns, coach::resume),
                new IntentAnswerHandler("WhereAmIIntent", turns, coach::whereAmI),
                new IntentAnswerHandler("ListStepsIntent", turns, coach::listSteps),
                new IntentAnswerHandler("SelfCareIntent", turns, selfCare::answer),
                new YesHandler(turns, coach, selfCare, safety),
                new NoHandler(turns, coach),
                new IntentAnswerHandler("ForgetMeIntent", turns, coach::confirmForget),
                new IntentAnswerHandler("AMAZON.HelpIntent", turns, coach::help),
                new IntentAnswerHandler("AMAZON.StopIntent", turns, coach::goodbye),
                new IntentAnswerHandler("AMAZON.CancelIntent", turns, coach::goodbye),
                new IntentAnswerHandler("AMAZON.NavigateHomeIntent", turns, coach::home),
                new IntentAnswerHandler("AMAZON.FallbackIntent", turns, coach::fallback),
                new SkillDisabledHandler(turns),
                new SessionEndedHandler(turns),
                new UnhandledRequestHandler(turns, coach));
        builder.addExceptionHandler(new ErrorHandler(catalog));
        skillId.filter(id -> !id.isBlank()).ifPresent(builder::withSkillId);
        return builder.build();
    }
}
