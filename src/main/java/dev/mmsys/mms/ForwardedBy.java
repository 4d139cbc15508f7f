package dev.mmsys.mms;

/** X-Mms-Previously-Sent-By (§7.3.37): the n-th forwarder's address. */
public record ForwardedBy(long count, EncodedString address) {
    @Override
    public String toString() {
        return count + ": " + address;
    }
}
