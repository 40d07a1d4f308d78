package coregulate.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules, read from bundled JSON and checked at start-up; a broken rule names itself in the error. */
public final class RuleBook {
    private final List<Rule> rules;

    private RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public static RuleBook bundled(Set<String> knownExerciseIds) {
        try (InputStream in = RuleBook.class.getResourceAsStream("/coregulate/rules/rules.json")) {
            if (in == null) {
                throw new RuleBookException("The bundled rules file is missing.");
            }
            return load(in, knownExerciseIds);
        } catch (IOException e) {
            throw new RuleBookException("The bundled rules file could not be read: " + e.getMessage());
        }
    }

    public static RuleBook load(InputStream in, Set<String> knownExerciseIds) {
        var mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new RuleBookException("The rules file is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RuleBookException("The rules file could not be read: " + e.getMessage());
        }
        if (root == null || !root.path("rules").isArray()) {
            throw new RuleBookException("The rules file needs a \"rules\" list.");
        }
        var rules = new ArrayList<Rule>();
        var ids = new HashSet<String>();
        int index = 0;
        for (JsonNode node : root.path("rules")) {
            index++;
            String name = node.path("id").asText("rule " + index);
            Rule rule;
            try {
                rule = mapper.treeToValue(node, Rule.class);
            } catch (JsonProcessingException e) {
                throw new RuleBookException("Rule '" + name + "' is wrong: " + e.getOriginalMessage());
            }
            validate(rule, name, knownExerciseIds);
            if (!ids.add(rule.id())) {
                throw new RuleBookException("Rule '" + name + "' appears twice.");
            }
            rules.add(rule);
        }
        return new RuleBook(rules);
    }

    private static void validate(Rule r, String name, Set<String> known) {
        if (r.id() == null || r.id().isBlank()) {
            throw new RuleBookException("Rule " + name + " has no id.");
        }
        if (r.when() == null) {
            throw new RuleBookException("Rule '" + name + "' has no \"when\" conditions.");
        }
        if (r.reason() == null || r.reason().isBlank() || r.describe() == null || r.describe().isBlank()) {
            throw new RuleBookException("Rule '" + name + "' needs a reason and a plain description.");
        }
        for (String id : r.favour().keySet()) {
            if (!known.contains(id)) {
                throw new RuleBookException("Rule '" + name + "' favours an exercise that does not exist: '" + id + "'.");
            }
        }
        for (String id : r.exclude()) {
            if (!known.contains(id)) {
                throw new RuleBookException("Rule '" + name + "' rules out an exercise that does not exist: '" + id + "'.");
            }
        }
        var c = r.when();
        if (c.arousalAtLeast() != null && (c.arousalAtLeast() < -5 || c.arousalAtLeast() > 5)
                || c.arousalAtMost() != null && (c.arousalAtMost() < -5 || c.arousalAtMost() > 5)) {
            throw new RuleBookException("Rule '" + name + "' has an arousal outside -5 to +5.");
        }
        if ((c.hourFrom() == null) != (c.hourTo() == null)) {
            throw new RuleBookException("Rule '" + name + "' needs both hourFrom and hourTo.");
        }
        if (r.favour().values().stream().anyMatch(w -> w == null || w <= 0)) {
            throw new RuleBookException("Rule '" + name + "' has a weight that is not above zero.");
        }
    }

    /** Every rule in plain words, for the "how suggestions are made" page. */
    public List<String> describe() {
        return rules.stream().map(Rule::describe).toList();
    }

    /** A rules file that cannot be used, with the rule that is wrong named in the message. */
    public static final class RuleBookException extends RuntimeException {
        public RuleBookException(String message) {
            super(message);
        }
    }
}
