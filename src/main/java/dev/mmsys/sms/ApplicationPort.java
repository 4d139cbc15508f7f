package dev.mmsys.sms;

/** Application port addressing (TS 23.040 §9.2.3.24.3/4): the destination and originator ports. */
public record ApplicationPort(int destination, int originator, int bits) {

    /** WDP port of the WAP Push connectionless session service (where MMS notifications go). */
    public static final int WAP_PUSH = 2948;
    /** The usual originator port of a WAP Push (WAP connectionless session, WSP). */
    public static final int WAP_WSP = 9200;

    public ApplicationPort {
        if (bits != 8 && bits != 16) {
            throw new IllegalArgumentException("application ports have 8 or 16 bits, not " + bits);
        }
        if (destination < 0 || destination >= 1 << bits || originator < 0 || originator >= 1 << bits) {
            throw new IllegalArgumentException("ports " + destination + "/" + originator + " do not fit in " + bits
                    + " bits");
        }
    }

    public boolean isWapPush() {
        return destination == WAP_PUSH;
    }
}
