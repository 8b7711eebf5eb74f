package org.needsspace.reference;

import com.amazon.ask.Skills;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.builder.StandardSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Map;
import java.util.Optional;

import static com.amazon.ask.request.Predicates.requestType;

/**
 * The stock-SDK reference: {@code Skills.standard()} answering a LaunchRequest the way the official samples do,
 * reading the user's persistent attributes (and saving them on a first visit). Benchmarks only.
 */
public final class ReferenceSkill {

    private ReferenceSkill() {
    }

    public static StandardSkillBuilder builder(String skillId) {
        StandardSkillBuilder builder = Skills.standard().addRequestHandler(new WelcomeHandler());
        if (skillId != null && !skillId.isBlank()) {
            builder.withSkillId(skillId);
        }
        return builder;
    }

    /**
     * The same launch turn on {@code Skills.custom()}, for the warm benchmark with an in-memory persistence adapter:
     * {@code Skills.standard()} always installs its DynamoDB adapter and refuses another one.
     */
    public static CustomSkillBuilder customBuilder(String skillId) {
        CustomSkillBuilder builder = Skills.custom().addRequestHandler(new WelcomeHandler());
        if (skillId != null && !skillId.isBlank()) {
            builder.withSkillId(skillId);
        }
        return builder;
    }

    static final class WelcomeHandler implements RequestHandler {

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(requestType(com.amazon.ask.model.LaunchRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            Map<String, Object> attributes = input.getAttributesManager().getPersistentAttributes();
            Object step = attributes.get("step");
            if (step == null) {
                attributes.put("step", 1);
                input.getAttributesManager().setPersistentAttributes(attributes);
                input.getAttributesManager().savePersistentAttributes();
                return input.getResponseBuilder()
                        .withSpeech("Welcome. Step one is Communicate. Shall I start?")
                        .withReprompt("Shall I start?")
                        .build();
            }
            return input.getResponseBuilder()
                    .withSpeech("Welcome back. Last time you were on step " + step + ". Want to pick up there?")
                    .withReprompt("Want to pick up where you left off?")
                    .build();
        }
    }
}
