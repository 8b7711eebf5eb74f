package org.needsspace.alexa;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.builder.CustomSkillBuilder;
import java.util.Optional;
import org.needsspace.alexa.handlers.AplUserEventHandler;
import org.needsspace.alexa.handlers.CanFulfillIntentHandler;
import org.needsspace.alexa.handlers.ErrorHandler;
import org.needsspace.alexa.handlers.ExceptionEncounteredHandler;
import org.needsspace.alexa.handlers.FallbackHandler;
import org.needsspace.alexa.handlers.ForgetMeHandler;
import org.needsspace.alexa.handlers.GoToStepHandler;
import org.needsspace.alexa.handlers.HelpHandler;
import org.needsspace.alexa.handlers.LaunchHandler;
import org.needsspace.alexa.handlers.ListStepsHandler;
import org.needsspace.alexa.handlers.NavigateHomeHandler;
import org.needsspace.alexa.handlers.NeedsSpaceHandler;
import org.needsspace.alexa.handlers.NextHandler;
import org.needsspace.alexa.handlers.NoHandler;
import org.needsspace.alexa.handlers.PreviousHandler;
import org.needsspace.alexa.handlers.RepeatHandler;
import org.needsspace.alexa.handlers.ResumeHandler;
import org.needsspace.alexa.handlers.SafetyHandler;
import org.needsspace.alexa.handlers.SelfCareHandler;
import org.needsspace.alexa.handlers.SessionEndedHandler;
import org.needsspace.alexa.handlers.SkillEventsHandler;
import org.needsspace.alexa.handlers.StartOverHandler;
import org.needsspace.alexa.handlers.StopHandler;
import org.needsspace.alexa.handlers.TopicHandler;
import org.needsspace.alexa.handlers.UnhandledRequestHandler;
import org.needsspace.alexa.handlers.WhereAmIHandler;
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
                new SafetyHandler(turns, safety),
                new LaunchHandler(turns, coach),
                new NeedsSpaceHandler(turns, coach),
                new TopicHandler(turns, coach),
                new GoToStepHandler(turns, coach),
                new NextHandler(turns, coach),
                new PreviousHandler(turns, coach),
                new RepeatHandler(turns, coach),
                new StartOverHandler(turns, coach),
                new ResumeHandler(turns, coach),
                new WhereAmIHandler(turns, coach),
                new ListStepsHandler(turns, coach),
                new SelfCareHandler(turns, selfCare),
                new YesHandler(turns, coach, selfCare, safety),
                new NoHandler(turns, coach),
                new ForgetMeHandler(turns, coach),
                new HelpHandler(turns, coach),
                new StopHandler(turns),
                new NavigateHomeHandler(turns, coach),
                new FallbackHandler(turns, coach),
                new ExceptionEncounteredHandler(),
                new CanFulfillIntentHandler(catalog),
                new SkillEventsHandler(),
                new AplUserEventHandler(turns, coach),
                new SessionEndedHandler(turns),
                new UnhandledRequestHandler(turns, coach));
        builder.addExceptionHandler(new ErrorHandler(catalog));
        builder.addResponseInterceptor(new SessionAttributesBudget());
        skillId.filter(id -> !id.isBlank()).ifPresent(builder::withSkillId);
        return builder.build();
    }
}
