package org.needsspace.alexa.screen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A structural check of an APL document against the data source the skill sends with it. It names what it checks:
 * <ol>
 *   <li>the document is APL of the declared version and imports alexa-layouts;</li>
 *   <li>every component is an APL 2023.3 component or one of the alexa-layouts responsive components used here,
 *       and a responsive component has only the parameters Amazon's alexa-layouts reference documents for it;</li>
 *   <li>every command is an APL command of that version;</li>
 *   <li>every data binding ({@code payload.…} and {@code data.…} inside {@code ${…}}) resolves in the data source,
 *       inside each array a {@code data} property iterates over; a component or command whose {@code when} is a
 *       single binding that is false is not inflated or run, so nothing below it is checked, as on a device;</li>
 *   <li>every touchable (a TouchWrapper, an AlexaButton, anything with onPress or primaryAction) has an
 *       accessibilityLabel that resolves to text.</li>
 * </ol>
 * It also collects every SendEvent's arguments, resolved, so a test can send them back as touches.
 */
final class AplDocumentCheck {

    static final String APL_VERSION = "2023.3";

    private static final Set<String> APL_COMPONENTS = Set.of("Container", "EditText", "Frame", "GridSequence", "Image",
            "Pager", "ScrollView", "Sequence", "Text", "TouchWrapper", "VectorGraphic", "Video");
    private static final Set<String> APL_COMMANDS = Set.of("AnimateItem", "AutoPage", "Back", "Clear", "ClearFocus",
            "ControlMedia", "Finish", "Idle", "InsertItem", "OpenURL", "Parallel", "PlayMedia", "Reinflate",
            "RemoveItem", "Scroll", "ScrollToComponent", "ScrollToIndex", "Select", "SendEvent", "Sequential",
            "SetFocus", "SetPage", "SetState", "SetValue", "SpeakItem", "SpeakList");
    /** Parameters of the alexa-layouts 1.7.0 responsive components used here, as Amazon's reference lists them. */
    private static final Map<String, Set<String>> LAYOUT_PARAMETERS = Map.of(
            "AlexaHeader", Set.of("type", "when", "headerTitle", "headerSubtitle", "headerAttributionText",
                    "headerAttributionImage", "headerAttributionPrimacy", "headerAttributionOpacity", "headerBackButton",
                    "headerBackButtonAccessibilityLabel", "headerBackButtonCommand", "headerBackgroundColor",
                    "headerDivider", "headerHorizontalAlignment", "layoutDirection", "lang", "theme"),
            "AlexaButton", Set.of("type", "when", "id", "accessibilityLabel", "buttonIconName", "buttonIconSource",
                    "buttonIconStyle", "buttonStyle", "buttonText", "entities", "lang", "layoutDirection",
                    "primaryAction", "theme", "touchForward"),
            "AlexaProgressBar", Set.of("type", "when", "accessibilityLabel", "bufferValue", "entities", "isLoading",
                    "layoutDirection", "progressBarType", "progressFillColor", "progressValue", "theme",
                    "totalValue"));
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\w.@])(payload|data)((?:\\.[A-Za-z]\\w*)*)");

    private final JsonNode payload;
    private final List<String> problems = new ArrayList<>();
    private final List<List<String>> sentEvents = new ArrayList<>();
    private int touchables;
    private int bindings;

    private AplDocumentCheck(JsonNode payload) {
        this.payload = payload;
    }

    /** @param datasources what the RenderDocument directive sends, bound to the document's {@code payload} */
    static AplDocumentCheck of(JsonNode document, JsonNode datasources) {
        AplDocumentCheck check = new AplDocumentCheck(datasources);
        check.document(document);
        return check;
    }

    List<String> problems() {
        return problems;
    }

    List<List<String>> sentEvents() {
        return sentEvents;
    }

    int touchables() {
        return touchables;
    }

    int bindings() {
        return bindings;
    }

    private void document(JsonNode document) {
        if (!"APL".equals(document.path("type").asText()) || !APL_VERSION.equals(document.path("version").asText())) {
            problems.add("not an APL " + APL_VERSION + " document");
        }
        boolean layouts = false;
        for (JsonNode imported : document.path("import")) {
            layouts |= "alexa-layouts".equals(imported.path("name").asText());
        }
        if (!layouts) {
            problems.add("does not import alexa-layouts");
        }
        if (!document.path("mainTemplate").path("parameters").path(0).asText().equals("payload")) {
            problems.add("mainTemplate does not bind the data source as payload");
        }
        List<JsonNode> top = List.of(JSON_NULL);
        walk(document.path("mainTemplate").path("items"), top, "/mainTemplate/items", Role.COMPONENT);
        walk(document.path("mainTemplate").path("item"), top, "/mainTemplate/item", Role.COMPONENT);
        walk(document.path("onMount"), top, "/onMount", Role.COMMAND);
    }

    private static final JsonNode JSON_NULL = com.fasterxml.jackson.databind.node.NullNode.getInstance();

    /** What an object stands for where it appears: a component, a command, or a property value. */
    private enum Role { COMPONENT, COMMAND, VALUE }

    private static final Set<String> COMPONENT_CHILDREN = Set.of("item", "items", "firstItem", "lastItem");
    private static final Set<String> COMMAND_CHILDREN = Set.of("commands", "onPress", "primaryAction", "onMount",
            "catch", "finally", "headerBackButtonCommand");

    private void walk(JsonNode node, List<JsonNode> scopes, String path, Role role) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), scopes, path + "/" + i, role);
            }
            return;
        }
        if (node.isTextual()) {
            bindings(node.asText(), scopes, path);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (role != Role.VALUE) {
            scopes = inflated(node, scopes, path);
            if (scopes.isEmpty()) {
                return;
            }
        }
        if (role == Role.COMPONENT) {
            component(node, scopes, path);
        } else if (role == Role.COMMAND) {
            command(node, scopes, path);
        }
        List<JsonNode> inner = scopes;
        if (role != Role.VALUE && node.has("data")) {
            inner = iterated(node.path("data").asText(), scopes, path + "/data");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (role != Role.VALUE && name.equals("data")) {
                continue;
            }
            if (COMPONENT_CHILDREN.contains(name) && role == Role.COMPONENT) {
                walk(field.getValue(), inner, path + "/" + name, Role.COMPONENT);
            } else if (COMMAND_CHILDREN.contains(name) && role != Role.VALUE) {
                walk(field.getValue(), name.equals("commands") ? inner : scopes, path + "/" + name, Role.COMMAND);
            } else {
                walk(field.getValue(), scopes, path + "/" + name, Role.VALUE);
            }
        }
    }

    /** The scopes in which a component or command is inflated or run: those where its when is not false. */
    private List<JsonNode> inflated(JsonNode node, List<JsonNode> scopes, String path) {
        if (!node.has("when")) {
            return scopes;
        }
        Matcher single = EXPRESSION.matcher(node.path("when").asText());
        if (!single.matches() || !REFERENCE.matcher(single.group(1).trim()).matches()) {
            bindings(node.path("when").asText(), scopes, path + "/when");
            return scopes;
        }
        List<JsonNode> inflated = new ArrayList<>();
        for (JsonNode scope : scopes) {
            JsonNode condition = value(single.group(1).trim(), scope, path + "/when");
            if (condition != null && !condition.isBoolean()) {
                problems.add(path + "/when: " + single.group(1) + " is not true or false");
            }
            if (condition != null && condition.asBoolean()) {
                inflated.add(scope);
            }
        }
        return inflated;
    }

    private void command(JsonNode node, List<JsonNode> scopes, String path) {
        String type = node.path("type").asText("");
        if (!APL_COMMANDS.contains(type)) {
            problems.add(path + ": " + type + " is no APL " + APL_VERSION + " command");
        }
        if (type.equals("SendEvent")) {
            sent(node.path("arguments"), scopes);
        }
    }

    private void component(JsonNode node, List<JsonNode> scopes, String path) {
        String type = node.path("type").asText("");
        Set<String> parameters = LAYOUT_PARAMETERS.get(type);
        if (parameters == null && !APL_COMPONENTS.contains(type)) {
            problems.add(path + ": " + type + " is neither an APL component nor a responsive component used here");
        }
        if (parameters != null) {
            node.fieldNames().forEachRemaining(name -> {
                if (!parameters.contains(name)) {
                    problems.add(path + ": " + type + " has no parameter " + name);
                }
            });
        }
        if (type.equals("TouchWrapper") || type.equals("AlexaButton") || node.has("onPress") || node.has("primaryAction")) {
            touchables++;
            labelled(node, scopes, path);
        }
    }

    private void labelled(JsonNode touchable, List<JsonNode> scopes, String path) {
        String label = touchable.path("accessibilityLabel").asText("");
        if (label.isBlank()) {
            problems.add(path + ": a touchable without accessibilityLabel");
            return;
        }
        for (JsonNode scope : scopes) {
            if (resolvedText(label, scope).isBlank()) {
                problems.add(path + ": accessibilityLabel " + label + " is empty for " + scope);
            }
        }
    }

    private void sent(JsonNode arguments, List<JsonNode> scopes) {
        for (JsonNode scope : scopes) {
            List<String> event = new ArrayList<>();
            arguments.forEach(argument -> event.add(resolvedText(argument.asText(), scope)));
            sentEvents.add(event);
        }
    }

    /** The elements of the array a data property names, in every scope: the scopes of the children. */
    private List<JsonNode> iterated(String expression, List<JsonNode> scopes, String path) {
        List<JsonNode> elements = new ArrayList<>();
        for (JsonNode scope : scopes) {
            JsonNode array = value(single(expression, path), scope, path);
            if (array != null && !array.isArray()) {
                problems.add(path + ": " + expression + " is no array");
            } else if (array != null) {
                array.forEach(elements::add);
            }
        }
        return elements;
    }

    private String single(String expression, String path) {
        Matcher matcher = EXPRESSION.matcher(expression);
        if (!matcher.matches()) {
            problems.add(path + ": data is not one binding: " + expression);
            return "";
        }
        return matcher.group(1).trim();
    }

    private void bindings(String text, List<JsonNode> scopes, String path) {
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            Matcher reference = REFERENCE.matcher(expression.group(1));
            while (reference.find()) {
                bindings++;
                for (JsonNode scope : scopes) {
                    value(reference.group(), scope, path);
                }
            }
        }
    }

    /** A reference's value in a scope; a reference that does not resolve is a problem. */
    private JsonNode value(String reference, JsonNode scope, String path) {
        String[] parts = reference.split("\\.");
        JsonNode value = switch (parts[0]) {
            case "payload" -> payload;
            case "data" -> scope;
            default -> null;
        };
        if (value == null || value.isNull()) {
            problems.add(path + ": " + reference + " has nothing to bind to");
            return null;
        }
        for (int i = 1; i < parts.length; i++) {
            value = value.get(parts[i]);
            if (value == null) {
                problems.add(path + ": " + reference + " does not resolve in the data source");
                return null;
            }
        }
        return value;
    }

    /** Text with each {@code ${reference}} replaced by its value (for labels and event arguments). */
    private String resolvedText(String text, JsonNode scope) {
        Matcher expression = EXPRESSION.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (expression.find()) {
            JsonNode value = value(expression.group(1).trim(), scope, "text " + text);
            expression.appendReplacement(resolved, Matcher.quoteReplacement(value == null ? "" : value.asText()));
        }
        expression.appendTail(resolved);
        return resolved.toString();
    }
}
