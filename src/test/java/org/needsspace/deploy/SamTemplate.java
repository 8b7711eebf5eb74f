package org.needsspace.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * template.yaml as plain maps and lists. CloudFormation's short-form intrinsics ({@code !Ref X},
 * {@code !GetAtt X.Arn}, {@code !Sub ...}) become one-entry maps keyed by the tag: {@code {"!Ref": "X"}}.
 */
record SamTemplate(Map<String, Object> root) {

    static SamTemplate read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new SamTemplate(new Yaml(new IntrinsicTolerantConstructor()).load(reader));
        }
    }

    static Map<String, Object> intrinsic(String tag, Object value) {
        return Map.of(tag, value);
    }

    Map<String, Object> section(String name) {
        return map(root.get(name));
    }

    Map<String, Object> resource(String logicalId) {
        return map(section("Resources").get(logicalId));
    }

    Map<String, Object> properties(String logicalId) {
        return map(resource(logicalId).get("Properties"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new AssertionError("expected a mapping, found " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        if (!(value instanceof List)) {
            throw new AssertionError("expected a sequence, found " + value);
        }
        return (List<Object>) value;
    }

    private static final class IntrinsicTolerantConstructor extends SafeConstructor {

        IntrinsicTolerantConstructor() {
            super(new LoaderOptions());
            yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue();
                    if (node instanceof ScalarNode scalar) {
                        return intrinsic(tag, constructScalar(scalar));
                    }
                    if (node instanceof SequenceNode sequence) {
                        return intrinsic(tag, constructSequence(sequence));
                    }
                    return intrinsic(tag, constructMapping((MappingNode) node));
                }
            });
        }
    }
}
