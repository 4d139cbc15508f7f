package dev.mmsys.mms;

import java.util.Objects;

/**
 * From-value (§7.3.21): the sender's address, or the Insert-address-token asking the MMS Proxy-Relay to insert
 * it (what a handset normally sends).
 */
public final class From {

    public static final From INSERT_ADDRESS = new From(null);

    private final EncodedString address;

    private From(EncodedString address) {
        this.address = address;
    }

    public static From address(EncodedString address) {
        return new From(Objects.requireNonNull(address, "address"));
    }

    /** A checked address: E.164 ({@code +16195550100}) or e-mail, see {@link MmsAddress}. */
    public static From address(String address) {
        return new From(MmsAddress.encode(address));
    }

    public boolean isInsertAddressToken() {
        return address == null;
    }

    /** The address, or null for the Insert-address-token. */
    public EncodedString encodedAddress() {
        return address;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof From f && Objects.equals(f.address, address);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(address);
    }

    @Override
    public String toString() {
        return address == null ? "insert-address-token" : address.toString();
    }
}
