package org.needsspace.alexaapi;

import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.system.SystemState;
import java.util.Optional;

/**
 * What a request carries for calling Alexa's APIs on the user's behalf: the endpoint of their region, the token
 * of this request, and the device it came from (its settings hold the time zone).
 */
public record ApiAccess(String endpoint, String token, String deviceId) {

    public static Optional<ApiAccess> of(RequestEnvelope envelope) {
        Optional<SystemState> system = Optional.ofNullable(envelope).map(RequestEnvelope::getContext)
                .map(Context::getSystem);
        Optional<String> endpoint = system.map(SystemState::getApiEndpoint).filter(value -> !value.isBlank());
        Optional<String> token = system.map(SystemState::getApiAccessToken).filter(value -> !value.isBlank());
        Optional<String> device = system.map(SystemState::getDevice).map(Device::getDeviceId)
                .filter(value -> !value.isBlank());
        if (endpoint.isEmpty() || token.isEmpty() || device.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ApiAccess(endpoint.get(), token.get(), device.get()));
    }

    @Override
    public String toString() {
        return "ApiAccess[" + endpoint + ", device " + deviceId + "]";
    }
}
