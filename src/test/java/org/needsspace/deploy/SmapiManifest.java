package org.needsspace.deploy;

import com.amazon.ask.smapi.model.v1.skill.Manifest.ModelInterface;
import com.amazon.ask.smapi.model.v1.skill.Manifest.SkillManifestEnvelope;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A skill.json read into the SMAPI model classes Amazon publishes for Java ({@code com.amazon.alexa:ask-smapi-model}),
 * strictly: a field the model does not know fails the read, and {@link #unknownValues} names every enum value the
 * model did not recognise (the model's enums turn those into {@code UNKNOWN_TO_SDK_VERSION} instead of failing).
 */
final class SmapiManifest {

    /**
     * Declared in the manifest by its type alone (Amazon's page on CanFulfillIntentRequest, "Update the skill
     * manifest": {@value #CAN_FULFILL_DOC}). The model's {@code InterfaceType} enum lists it, but
     * {@code ModelInterface}'s {@code @JsonSubTypes} has no class for it, so Jackson could not read it at all.
     */
    static final String CAN_FULFILL = "CAN_FULFILL_INTENT_REQUEST";
    static final String CAN_FULFILL_DOC = "https://developer.amazon.com/en-US/docs/alexa/custom-skills/"
            + "implement-canfulfillintentrequest-for-name-free-interaction.html";

    private static final String MODEL_PACKAGE = "com.amazon.ask.smapi.model.";
    private static final String UNKNOWN = "UNKNOWN_TO_SDK_VERSION";

    private static final ObjectMapper STRICT = strictMapper();

    private SmapiManifest() {
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .addMixIn(ModelInterface.class, TypeIdConsumedByJackson.class);
        mapper.registerSubtypes(new NamedType(CanFulfillIntentRequestInterface.class, CAN_FULFILL));
        return mapper;
    }

    static SkillManifestEnvelope read(Path skillJson) throws IOException {
        return read(Files.readString(skillJson));
    }

    static SkillManifestEnvelope read(String json) throws IOException {
        return STRICT.readValue(json, SkillManifestEnvelope.class);
    }

    /** Paths (such as {@code manifest.apis.custom.interfaces[1].supportedViewports[0].mode}) of unrecognised values. */
    static List<String> unknownValues(SkillManifestEnvelope envelope) {
        List<String> found = new ArrayList<>();
        walk(envelope.getManifest(), "manifest", found, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private static void walk(Object value, String path, List<String> found, Set<Object> seen) {
        if (value instanceof Enum<?> constant) {
            if (constant.name().equals(UNKNOWN)) {
                found.add(path);
            }
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", found, seen);
            }
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> walk(item, path + "." + key, found, seen));
        } else if (value != null && value.getClass().getName().startsWith(MODEL_PACKAGE) && seen.add(value)) {
            for (Method getter : value.getClass().getMethods()) {
                if (isPropertyGetter(getter) && isPresent(value, getter)) {
                    walk(invoke(getter, value), path + "." + propertyName(getter), found, seen);
                }
            }
        }
    }

    private static boolean isPropertyGetter(Method method) {
        return method.getName().startsWith("get") && method.getParameterCount() == 0
                && !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class;
    }

    /** An enum getter of an absent field also answers UNKNOWN_TO_SDK_VERSION; its raw string says it is absent. */
    private static boolean isPresent(Object owner, Method getter) {
        if (!getter.getReturnType().isEnum()) {
            return true;
        }
        try {
            return invoke(owner.getClass().getMethod(getter.getName() + "AsString"), owner) != null;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    private static Object invoke(Method getter, Object owner) {
        try {
            return getter.invoke(owner);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The model marks its type id {@code visible}, which hands {@code type} on to each interface's builder, and the
     * builders have no such property: with unknown fields failing, every interface would fail. Here Jackson's
     * polymorphic handling consumes the id (it still picks the subtype from it and refuses an unknown one).
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private abstract static class TypeIdConsumedByJackson {
    }

    /** The one interface the model predates ({@link #CAN_FULFILL}): it has no fields but its type. */
    static final class CanFulfillIntentRequestInterface extends ModelInterface {
        CanFulfillIntentRequestInterface() {
            this.type = CAN_FULFILL;
        }
    }
}
