package dev.mmsys.mms;

import java.util.List;
import java.util.Optional;

/**
 * A WSP Content-Type value: the media type, its parameters in wire order, and the wire form. WSP can write the
 * same value in several ways, and devices differ; the form is part of the value so that a decoded PDU encodes
 * back to the same octets.
 *
 * @param mediaType   the media type, e.g. {@code image/jpeg}
 * @param code        the well-known code the media type is written as, or -1 to write its name as text
 * @param generalForm written as Content-general-form (Value-length first) even without parameters
 * @param parameters  the parameters in wire order
 */
public record ContentType(String mediaType, int code, boolean generalForm, List<Parameter> parameters) {

    public ContentType {
        Texts.requireNonEmptyWireText("media type", mediaType);
        parameters = List.copyOf(parameters);
        if (!parameters.isEmpty() && !generalForm) {
            throw new IllegalArgumentException("a Content-Type with parameters is written in the general form");
        }
    }

    /**
     * A content type written the usual way: the well-known code when the media type has one, the general form
     * only when there are parameters.
     */
    public static ContentType of(String mediaType, Parameter... parameters) {
        Texts.requireNonEmptyText("media type", mediaType);
        return new ContentType(mediaType, MediaTypes.code(mediaType), parameters.length > 0, List.of(parameters));
    }

    /** True when the media type is {@code mediaType} (case-insensitive). */
    public boolean is(String mediaType) {
        return this.mediaType.equalsIgnoreCase(mediaType);
    }

    public boolean isMultipart() {
        return MediaTypes.isMultipart(mediaType);
    }

    /** The first parameter called {@code name}. */
    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.is(name)).findFirst();
    }

    /** The value of the first parameter called {@code name}. */
    public Optional<String> parameterValue(String name) {
        return parameter(name).map(Parameter::value);
    }

    /** The charset's MIBenum, or -1 when there is no numeric charset parameter. */
    public int charset() {
        Optional<Parameter> p = parameter("charset");
        if (p.isEmpty()) {
            return -1;
        }
        return p.get().number() != null ? p.get().number().intValue() : Charsets.mib(p.get().text());
    }

    /** {@code name}, else {@code filename}. */
    public Optional<String> fileName() {
        return parameterValue("name").or(() -> parameterValue("filename"));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(mediaType);
        for (Parameter p : parameters) {
            b.append("; ").append(p);
        }
        return b.toString();
    }
}
