package dev.mmsys.carrier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping of the carriers file, read strictly: string keys only, no duplicates, only the fields the
 * caller allows. Every error names the file, the line, the profile and the field.
 */
final class YamlMapping {

    private final String source;
    private final String profile;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMapping(String source, String profile, Node node) {
        this.source = source;
        this.profile = profile;
        this.node = node;
    }

    /** Wraps {@code node}, which must be a mapping; {@code what} names it in the error when it is not. */
    static YamlMapping of(Node node, String source, String profile, String what) {
        YamlMapping m = new YamlMapping(source, profile, node);
        if (!(node instanceof MappingNode map)) {
            throw m.errorAt(node, null, what + " must be a mapping of field: value");
        }
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw m.errorAt(t.getKeyNode(), null, "field names must be plain words");
            }
            if (m.entries.putIfAbsent(key.getValue(), t) != null) {
                throw m.errorAt(key, key.getValue(), "appears twice; keep one");
            }
        }
        return m;
    }

    /** A copy whose errors name {@code id} as the profile. */
    YamlMapping forProfile(String id) {
        YamlMapping m = new YamlMapping(source, id, node);
        m.entries.putAll(entries);
        return m;
    }

    int line() {
        return line(node);
    }

    void allowOnly(List<String> allowed) {
        for (NodeTuple t : entries.values()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                throw errorAt(t.getKeyNode(), key, "unknown field; the fields are " + String.join(", ", allowed));
            }
        }
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** A required, non-empty scalar. */
    String string(String key) {
        return optString(key).orElseThrow(() -> error(null, key, "is missing; every profile needs it"));
    }

    /** A scalar that may be absent (but not empty when present). */
    Optional<String> optString(String key) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            return Optional.empty();
        }
        return Optional.of(scalar(t.getValueNode(), key));
    }

    /** A required value converted by {@code parse}; its {@link IllegalArgumentException} names the field. */
    <T> T value(String key, Function<String, T> parse) {
        String s = string(key);
        return convert(key, s, parse);
    }

    <T> Optional<T> optValue(String key, Function<String, T> parse) {
        return optString(key).map(s -> convert(key, s, parse));
    }

    /** A sequence of scalars; a single scalar counts as a list of one. */
    List<String> strings(String key) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            return List.of();
        }
        Node v = t.getValueNode();
        if (v instanceof ScalarNode) {
            return List.of(scalar(v, key));
        }
        if (!(v instanceof SequenceNode seq)) {
            throw errorAt(v, key, "must be a value or a list of values");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            out.add(scalar(item, key));
        }
        return out;
    }

    /** A required, non-empty sequence of mappings. */
    List<YamlMapping> mappings(String key, String what) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            throw error(null, key, "is missing; every profile needs at least one " + what);
        }
        if (!(t.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            throw errorAt(t.getValueNode(), key, "must be a list of at least one " + what);
        }
        List<YamlMapping> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            out.add(of(item, source, profile, "each " + what));
        }
        return out;
    }

    /** The node of {@code key}'s value, for callers that handle the structure themselves. */
    Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    <T> T convert(String key, String s, Function<String, T> parse) {
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            throw error(entries.get(key), key, e.getMessage());
        }
    }

    CarrierCatalogException error(String key, String problem) {
        return error(entries.get(key), key, problem);
    }

    private CarrierCatalogException error(NodeTuple t, String key, String problem) {
        return errorAt(t == null ? node : t.getValueNode(), key, problem);
    }

    CarrierCatalogException errorAt(Node at, String key, String problem) {
        return new CarrierCatalogException(source, line(at), profile, key, problem);
    }

    private String scalar(Node v, String key) {
        if (!(v instanceof ScalarNode s)) {
            throw errorAt(v, key, "must be a single value, not a list or mapping");
        }
        if (s.getTag().equals(Tag.NULL) || s.getValue().isBlank()) {
            throw errorAt(v, key, "is empty; give a value or leave the field out");
        }
        return s.getValue().strip();
    }

    private static int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

}
