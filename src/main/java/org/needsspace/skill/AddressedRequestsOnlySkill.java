package org.needsspace.skill;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.UnmarshalledRequest;
import org.needsspace.alexa.requests.AlexaRequests;

/**
 * The SDK's skill, except that a request naming no skill at all is refused like a request for another skill
 * (the entry point then answers nothing), where the SDK's own skill-id check would fail on the missing field.
 */
final class AddressedRequestsOnlySkill extends Skill {

    private final boolean checksSkillId;

    private AddressedRequestsOnlySkill(com.amazon.ask.builder.SkillConfiguration configuration) {
        super(configuration);
        this.checksSkillId = configuration.getSkillId() != null;
    }

    @Override
    protected ResponseEnvelope invoke(UnmarshalledRequest<RequestEnvelope> request, Object context) {
        if (checksSkillId && AlexaRequests.applicationId(request.getUnmarshalledRequest()).isEmpty()) {
            return null;
        }
        return super.invoke(request, context);
    }

    /** The SDK's builder, building this skill instead of its own. */
    static final class Builder extends CustomSkillBuilder {

        AddressedRequestsOnlySkill buildSkill() {
            return new AddressedRequestsOnlySkill(getConfigBuilder().build());
        }
    }
}
