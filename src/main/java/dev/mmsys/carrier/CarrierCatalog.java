package dev.mmsys.carrier;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The carrier profiles of one carriers file, in file order. Immutable. */
public final class CarrierCatalog {

    private final String source;
    private final Map<String, CarrierProfile> byId;
    private final List<String> ids;

    CarrierCatalog(String source, List<CarrierProfile> profiles) {
        this.source = source;
        Map<String, CarrierProfile> m = new LinkedHashMap<>();
        for (CarrierProfile p : profiles) {
            if (m.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException("two profiles have the id '" + p.id() + "'");
            }
        }
        this.byId = Map.copyOf(m);
        this.ids = List.copyOf(m.keySet());
    }

    /**
     * Reads and checks a carriers file.
     *
     * @throws CarrierCatalogException naming the file, line, profile and field of the first fault
     */
    public static CarrierCatalog load(Path file) {
        return CarrierCatalogLoader.load(file);
    }

    /** Parses carriers-file text; {@code sourceName} appears in error messages. */
    public static CarrierCatalog parse(String yaml, String sourceName) {
        return CarrierCatalogLoader.parse(yaml, sourceName);
    }

    /** Where the profiles came from (a path, or the name given to {@link #parse}). */
    public String source() {
        return source;
    }

    public Optional<CarrierProfile> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Profile ids in file order. */
    public List<String> ids() {
        return ids;
    }

    /** Profiles in file order. */
    public List<CarrierProfile> profiles() {
        return ids.stream().map(byId::get).toList();
    }
}
