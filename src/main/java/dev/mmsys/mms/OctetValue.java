package dev.mmsys.mms;

/** A header value that is one octet from a fixed list (Priority, Status, ...), with the spec's name for it. */
public interface OctetValue {
    int code();

    String label();
}
