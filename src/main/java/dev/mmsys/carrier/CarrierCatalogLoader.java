package dev.mmsys.carrier;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code config/carriers.yaml} into a {@link CarrierCatalog}. Strict: unknown fields, missing required
 * fields, bad URLs, sizes, network codes or PDP types, and duplicate profile ids are errors naming the file,
 * the line, the profile and the field. The format is described at the top of the file itself.
 */
final class CarrierCatalogLoader {

    /** A carriers file is a few dozen KB; anything near this is not one. */
    static final int MAX_FILE_SIZE = 2 * 1024 * 1024;

    static final List<String> TOP_FIELDS = List.of("profiles");
    static final List<String> PROFILE_FIELDS = List.of("id", "name", "match", "apn", "apn-user", "apn-password",
            "pdp-type", "mmsc", "proxy", "max-message-size", "max-image-size", "max-image-dimensions",
            "user-agent", "uaprof", "notes", "unconfirmed");
    static final List<String> RULE_FIELDS = List.of("plmn", "gid1", "spn", "imsi-prefix", "iccid-prefix");

    private CarrierCatalogLoader() {
    }

    static CarrierCatalog load(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_SIZE) {
                throw new CarrierCatalogException(name, 0, null, null, "larger than " + MAX_FILE_SIZE
                        + " octets; this is not a carriers file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CarrierCatalogException(name, 0, null, null, "no such file; restore config/carriers.yaml "
                    + "from the repository or point mmsys.carriers-file at your copy");
        } catch (IOException e) {
            throw new CarrierCatalogException(name, "cannot read the carriers file (" + e.getMessage() + ")", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CarrierCatalogException(name, "is not UTF-8 text; save it as UTF-8", e);
        }
        return parse(text, name);
    }

    static CarrierCatalog parse(String yaml, String source) {
        if (yaml.length() > MAX_FILE_SIZE) {
            throw new CarrierCatalogException(source, 0, null, null, "larger than " + MAX_FILE_SIZE
                    + " characters; this is not a carriers file");
        }
        Node root = compose(yaml, source);
        YamlMapping top = YamlMapping.of(root, source, null, "the file");
        top.allowOnly(TOP_FIELDS);
        List<CarrierProfile> profiles = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int index = 0;
        for (YamlMapping p : top.mappings("profiles", "profile")) {
            index++;
            CarrierProfile profile = profile(p, index);
            Integer first = seen.putIfAbsent(profile.id(), p.line());
            if (first != null) {
                throw p.forProfile(profile.id()).error("id", "the id is already used by the profile at line "
                        + first + "; ids must be unique");
            }
            profiles.add(profile);
        }
        return new CarrierCatalog(source, profiles);
    }

    private static Node compose(String yaml, String source) {
        LoadSettings settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(20).setCodePointLimit(MAX_FILE_SIZE).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(yaml);
            return root.orElseThrow(() -> new CarrierCatalogException(source, 0, null, null,
                    "is empty; it needs a 'profiles:' list"));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new CarrierCatalogException(source, line, null, null, "not valid YAML: "
                    + e.getProblem());
        } catch (YamlEngineException e) {
            throw new CarrierCatalogException(source, "not valid YAML: " + e.getMessage(), e);
        }
    }

    private static CarrierProfile profile(YamlMapping raw, int index) {
        String id = raw.optString("id").orElseThrow(() -> raw.forProfile("#" + index)
                .error("id", "is missing; every profile needs an id such as t-mobile-us"));
        YamlMapping p = raw.forProfile(id);
        p.allowOnly(PROFILE_FIELDS);
        if (!id.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?") || id.equals("auto")) {
            throw p.error("id", "'" + id + "' must be lower-case letters, digits and dashes (and not 'auto')");
        }
        List<MatchRule> rules = new ArrayList<>();
        for (YamlMapping r : p.mappings("match", "match rule")) {
            rules.add(rule(r));
        }
        Optional<String> user = p.optValue("apn-user", MmsValues::credential);
        Optional<String> password = p.optValue("apn-password", MmsValues::credential);
        if (user.isPresent() != password.isPresent()) {
            throw p.error(user.isPresent() ? "apn-password" : "apn-user",
                    "is missing; give both apn-user and apn-password, or neither");
        }
        long maxMessage = p.value("max-message-size", ByteSize::parse);
        long maxImage = p.optValue("max-image-size", ByteSize::parse).orElse(maxMessage);
        if (maxImage > maxMessage) {
            throw p.error("max-image-size", "is larger than max-message-size; a picture must fit in a message");
        }
        List<String> unconfirmed = p.strings("unconfirmed");
        for (String f : unconfirmed) {
            if (!CarrierProfile.FIELDS.contains(f)) {
                throw p.error("unconfirmed", "'" + f + "' is not a setting field; list some of "
                        + CarrierProfile.FIELDS);
            }
            if (!p.has(f) && !f.equals("max-image-size")) {
                throw p.error("unconfirmed", "'" + f + "' is listed but the profile does not set it");
            }
        }
        try {
            return new CarrierProfile(id, p.string("name"), rules, p.value("apn", MmsValues::apn),
                    user.map(u -> new ApnCredentials(u, password.get())),
                    p.value("pdp-type", PdpType::parse), p.value("mmsc", MmsValues::mmscUrl),
                    p.value("proxy", MmsProxy::parse), maxMessage, maxImage,
                    p.value("max-image-dimensions", ImageDimensions::parse),
                    p.value("user-agent", MmsValues::headerValue), p.value("uaprof", MmsValues::uaProfUrl),
                    p.optString("notes").orElse(""), new LinkedHashSet<>(unconfirmed));
        } catch (IllegalArgumentException e) {
            throw p.error(null, e.getMessage());
        }
    }

    private static MatchRule rule(YamlMapping r) {
        r.allowOnly(RULE_FIELDS);
        List<String> plmnTexts = r.strings("plmn");
        if (plmnTexts.isEmpty()) {
            throw r.error("plmn", "is missing; a match rule needs the network(s), e.g. plmn: [310-260]");
        }
        List<Plmn> plmns = new ArrayList<>();
        for (String s : plmnTexts) {
            Plmn n = r.convert("plmn", s, Plmn::parse);
            if (n.mnc().length() != Plmn.defaultMncLength(n.mcc())) {
                throw r.error("plmn", "network " + n + ": MCC " + n.mcc() + " uses "
                        + Plmn.defaultMncLength(n.mcc()) + "-digit MNCs");
            }
            plmns.add(n);
        }
        Optional<String> imsiPrefix = r.optValue("imsi-prefix", MatchRule::imsiPattern);
        try {
            return new MatchRule(plmns, r.optValue("gid1", MatchRule::gid1Prefix),
                    r.optValue("spn", MatchRule::spnName), imsiPrefix,
                    r.optValue("iccid-prefix", MatchRule::iccidDigits));
        } catch (IllegalArgumentException e) {
            throw r.error(imsiPrefix.isPresent() ? "imsi-prefix" : null, e.getMessage());
        }
    }
}
